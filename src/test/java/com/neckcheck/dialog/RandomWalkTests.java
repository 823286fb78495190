package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.neckcheck.finding.Findings;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.screening.Summary;
import com.neckcheck.screening.TriageRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of the script, walked with random answers (1,000 seeded runs on the real dialogs/ and language
 * pipeline): no run ends in an error or without a summary, and in every summary but an emergency (which stops
 * the screening at once) every warning sign of the catalogue is established (present, absent or unsure), or no answer about it could change the triage: each
 * triage rule that reads it is decided whatever it would be (a stiff neck once the fever is denied).
 */
class RandomWalkTests {

	private static final List<String> STORIES = List.of("skip",
			"headaches at the back of my head most days, worse at the computer",
			"throbbing on the left with nausea, maybe 6 days a month, I take ibuprofen",
			"not sure, my head hurts a lot", "my neck is stiff and I had a fever yesterday, I think",
			"I'm 34 weeks pregnant and the headache won't go with paracetamol");

	@Test
	void everyRandomWalkEndsInASummaryWithEveryWarningSignSettled() {
		Map<String, Integer> questions = new TreeMap<>();
		List<Integer> lengths = new ArrayList<>();
		int established = 0;
		int settledWithoutAsking = 0;
		int emergencies = 0;
		int shortCounts = 0;
		List<Boolean> lastSteps = new ArrayList<>();
		for (int seed = 1; seed <= 1000; seed++) {
			Random random = new Random(seed);
			Dialogs.Chat chat = new Dialogs.Chat();
			int asked = 0;
			while (!chat.ended()) {
				String pending = chat.pending();
				assertThat(pending).as("seed %d: a question is waiting", seed).isNotNull();
				assertThat(asked++).as("seed %d: the screening ends", seed).isLessThan(80);
				questions.merge(pending, 1, Integer::sum);
				chat.replies.stream().filter(r -> r instanceof Reply.Say say && say.progress() != null)
					.map(r -> ((Reply.Say) r).progress())
					.forEach(p -> lastSteps.add(p.of() == p.step()));
				answer(chat, Dialogs.KNOWLEDGE.script().question(pending), random);
			}
			lengths.add(asked);
			// "n of n" before the last question: the count ran out while questions were still to come
			if (lastSteps.size() > 1 && lastSteps.subList(0, lastSteps.size() - 1).contains(true)) {
				shortCounts++;
			}
			lastSteps.clear();
			Summary summary = chat.replies.stream().filter(Reply.End.class::isInstance).map(r -> ((Reply.End) r).summary())
				.findFirst().orElseThrow();
			assertThat(summary.text()).as("seed %d", seed).contains("This is not a diagnosis");
			if (summary.triage() == TriageLevel.EMERGENCY) {
				// an emergency stops the screening at once: the advice is all that matters then
				emergencies++;
				continue;
			}
			Findings findings = chat.state.findings();
			// every warning sign: no rule may still wait on it
			for (String sign : Dialogs.KNOWLEDGE.catalogue().ids()) {
				if (!Dialogs.KNOWLEDGE.catalogue().isRedFlag(sign)) {
					continue;
				}
				if (findings.isKnown(sign)) {
					established++;
					continue;
				}
				for (TriageRule rule : Dialogs.KNOWLEDGE.triage().rules()) {
					assertThat(rule.when().decide(findings, sign::equals).decided())
						.as("seed %d: warning sign '%s' never asked, yet rule '%s' could still change with it", seed, sign,
								rule.id())
						.isTrue();
				}
				settledWithoutAsking++;
			}
			// every other finding a rule reads beside a warning sign (a stiff neck with a fever): none left open
			// that could still raise the triage above what the visitor was told
			for (String read : Dialogs.KNOWLEDGE.triage().reads()) {
				if (findings.isKnown(read) || Dialogs.KNOWLEDGE.catalogue().isRedFlag(read)) {
					continue;
				}
				for (TriageRule rule : Dialogs.KNOWLEDGE.triage().rules()) {
					if (rule.level().compareTo(summary.triage()) > 0) {
						assertThat(rule.when().decide(findings, read::equals).decided())
							.as("seed %d: '%s' never asked, yet rule '%s' (%s) could still fire with it", seed, read,
									rule.id(), rule.level())
							.isTrue();
					}
				}
			}
		}
		lengths.sort(Integer::compare);
		System.out.printf("%nRandom walks: 1000 runs (%d ended in emergency advice), questions median %d, max %d; in the "
				+ "other summaries, warning signs established %d, settled without asking (their rules decided by other "
				+ "answers) %d%n", emergencies, lengths.get(500), lengths.get(999), established, settledWithoutAsking);
		System.out.printf("Walks whose progress read 'n of n' before their last question: %d%n", shortCounts);
		System.out.println("Questions reached (of " + Dialogs.KNOWLEDGE.script().questions().size() + "): " + questions.size());
	}

	private static void answer(Dialogs.Chat chat, Question question, Random random) {
		switch (question.kind()) {
			// warning signs are mostly denied, so that most walks go on past them
			case YESNO -> chat.pick(question.redFlagSection()
					? pickOne(random, List.of("no", "no", "no", "no", "no", "no", "no", "no", "yes", "unsure"))
					: pickOne(random, List.of("yes", "no", "unsure")));
			case CHOICE -> chat.pick(pickOne(random, question.options().stream().map(Option::value).toList()));
			case NUMBER, SCALE -> chat.number(Math.round(question.min() + random.nextDouble() * Math.min(60, question.max() - question.min())));
			case PAINMAP -> chat.pick(pickOne(random, List.copyOf(Dialogs.KNOWLEDGE.catalogue().regions().keySet())));
			case TEXT -> {
				String story = pickOne(random, STORIES);
				if (story.equals("skip")) {
					chat.pick("skip");
				}
				else {
					chat.say(story);
				}
			}
			case MULTI -> {
				// a visitor picks among what the checklist shows (a paged one shows only its page)
				List<String> shown = chat.shown();
				double roll = random.nextDouble() * (question.redFlagSection() ? 0.3 : 1) + (question.redFlagSection() ? 0.05 : 0);
				List<String> plain = question.options().stream()
					.filter(o -> !o.exclusive() && !o.value().equals("unsure") && shown.contains(o.value()))
					.map(Option::value)
					.toList();
				boolean offersUnsure = shown.contains("unsure");
				String none = question.options().stream().filter(Option::exclusive).map(Option::value).findFirst().orElse(null);
				if (roll < 0.07 && offersUnsure) {
					chat.pick("unsure");
				}
				else if (roll < 0.085 && offersUnsure && !plain.isEmpty()) {
					// a tick, and not sure about the rest
					chat.pick(pickOne(random, plain), "unsure");
				}
				else if (roll < 0.75 && none != null || plain.isEmpty()) {
					chat.pick(none != null ? none : shown.get(0));
				}
				else {
					chat.pick(pickOne(random, plain));
				}
			}
		}
	}

	private static <T> T pickOne(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
