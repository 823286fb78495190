package com.neckcheck.dialog;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;
import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.screening.Summary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shorter screening costs: 1,000 seeded visitors, each with a hidden truth for every yes/no finding
 * the script can ask, answer every question they are shown from that truth. Their summary is compared with
 * the outcome of the same visitor had every finding been asked (the screening's findings, plus the truth of
 * each finding it left unasked that the script would have asked). The planner leaves a question out only
 * when no answers to what is still open could change the pattern, the neck band (bounds on the log-odds) or
 * the overuse verdict, so all three must agree with the complete screening for every visitor.
 */
class ShortScreeningFidelityTests {

	private static final List<String> STORIES = List.of("skip",
			"headaches at the back of my head most days, worse at the computer",
			"throbbing on the left with nausea, maybe 6 days a month, I take ibuprofen",
			"a tight band around my head in the afternoons, both sides, a few times a week",
			"it starts in my neck on the right and goes up behind the eye, it lasts all day");

	@Test
	void aShortScreeningReachesTheOutcomeOfTheCompleteOne() {
		int visitors = 0;
		int bandAgrees = 0;
		int patternAgrees = 0;
		int overuseAgrees = 0;
		int asked = 0;
		Map<String, Integer> bandMoves = new HashMap<>();
		for (int seed = 1; seed <= 1000; seed++) {
			Random random = new Random(seed);
			Map<String, Boolean> truth = truth(random);
			Dialogs.Chat chat = new Dialogs.Chat();
			int questions = 0;
			while (!chat.ended()) {
				assertThat(questions++).as("seed %d: the screening ends", seed).isLessThan(80);
				answer(chat, Dialogs.KNOWLEDGE.script().question(chat.pending()), truth, new Random(seed * 31L + questions));
			}
			Summary summary = chat.replies.stream().filter(Reply.End.class::isInstance).map(r -> ((Reply.End) r).summary())
				.findFirst().orElseThrow();
			if (summary.triage() != TriageLevel.ROUTINE) {
				continue;
			}
			visitors++;
			asked += questions;
			Findings complete = complete(chat.state.findings(), truth);
			NeckBand band = Dialogs.KNOWLEDGE.likelihood().estimate(complete).band();
			HeadachePattern pattern = Dialogs.KNOWLEDGE.patterns().classify(complete);
			boolean overuse = Dialogs.KNOWLEDGE.medication().judge(complete).overuse();
			if (band == summary.neck().band()) {
				bandAgrees++;
			}
			else {
				bandMoves.merge(summary.neck().band() + " -> " + band, 1, Integer::sum);
			}
			patternAgrees += summary.pattern() == pattern ? 1 : 0;
			overuseAgrees += summary.medicationOveruse() == overuse ? 1 : 0;
		}
		System.out.printf("%nShort against complete screening, %d routine visitors (mean %.1f questions): neck band "
				+ "agrees %d (%.1f %%), pattern %d, overuse %d; bands that differ (short -> complete): %s%n", visitors,
				asked / (double) visitors, bandAgrees, 100.0 * bandAgrees / visitors, patternAgrees, overuseAgrees,
				bandMoves);
		assertThat(visitors).isGreaterThan(500);
		assertThat(bandAgrees).as("neck band as the complete screening's").isEqualTo(visitors);
		assertThat(patternAgrees).as("pattern as the complete screening's").isEqualTo(visitors);
		assertThat(overuseAgrees).as("overuse verdict as the complete screening's").isEqualTo(visitors);
	}

	/** A yes or no for every finding a yes/no question or a checklist item asks; warning signs are rare. */
	private static Map<String, Boolean> truth(Random random) {
		Map<String, Boolean> truth = new HashMap<>();
		for (Question q : Dialogs.KNOWLEDGE.script().questions()) {
			for (String id : asks(q)) {
				boolean warning = Dialogs.KNOWLEDGE.catalogue().isRedFlag(id);
				truth.putIfAbsent(id, random.nextDouble() < (warning ? 0.01 : 0.35));
			}
		}
		return truth;
	}

	/** The yes/no findings a question asks: its own for a yes/no question, its items for a checklist. */
	private static Set<String> asks(Question q) {
		Set<String> ids = new LinkedHashSet<>(q.optionFindings());
		if (q.kind() == QuestionKind.YESNO) {
			ids.add(q.finding());
		}
		return ids;
	}

	private static void answer(Dialogs.Chat chat, Question question, Map<String, Boolean> truth, Random random) {
		switch (question.kind()) {
			case YESNO -> chat.pick(truth.getOrDefault(question.finding(), false) ? "yes" : "no");
			case CHOICE -> chat.pick(question.options().get(random.nextInt(question.options().size())).value());
			case NUMBER, SCALE -> chat.number(Math.round(question.min()
					+ random.nextDouble() * Math.min(40, question.max() - question.min())));
			case PAINMAP -> chat.pick(List.copyOf(Dialogs.KNOWLEDGE.catalogue().regions().keySet())
				.get(random.nextInt(Dialogs.KNOWLEDGE.catalogue().regions().size())));
			case TEXT -> {
				String story = STORIES.get(random.nextInt(STORIES.size()));
				if (story.equals("skip")) {
					chat.pick("skip");
				}
				else {
					chat.say(story);
				}
			}
			case MULTI -> {
				List<String> shown = chat.shown();
				List<String> ticked = question.options().stream()
					.filter(o -> o.finding() != null && shown.contains(o.value()) && truth.getOrDefault(o.finding(), false))
					.map(Option::value)
					.toList();
				String none = question.options().stream().filter(Option::exclusive).map(Option::value).findFirst().orElse(null);
				if (!ticked.isEmpty()) {
					chat.pick(ticked.toArray(String[]::new));
				}
				else if (none != null) {
					chat.pick(none);
				}
				else {
					chat.pick(shown.get(random.nextInt(shown.size())));
				}
			}
		}
	}

	/**
	 * The screening's findings, and the truth of every yes/no finding it did not ask that the script would
	 * have asked (a question whose condition holds: the vomiting question only for a visitor who feels sick).
	 */
	private static Findings complete(Findings screened, Map<String, Boolean> truth) {
		Findings complete = new Findings(Dialogs.KNOWLEDGE.catalogue());
		screened.all().forEach(complete::record);
		for (int round = 0; round < 3; round++) {
			for (Question q : Dialogs.KNOWLEDGE.script().questions()) {
				if (q.confirmOnly() || q.when() != null && !q.when().test(complete)) {
					continue;
				}
				for (String id : asks(q)) {
					if (truth.containsKey(id) && !complete.isKnown(id) && !Dialogs.KNOWLEDGE.catalogue().isRedFlag(id)) {
						complete.record(Finding.of(id, truth.get(id) ? FindingStatus.PRESENT : FindingStatus.ABSENT));
					}
				}
			}
		}
		return complete;
	}

}
