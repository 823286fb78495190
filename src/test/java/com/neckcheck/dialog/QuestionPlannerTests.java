package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.screening.Summary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next question by what an answer could change, on the real dialogs/: urgent advice does not end the
 * screening, the summary says why each question was left out, and progress never rises.
 */
class QuestionPlannerTests {

	@Test
	void afterUrgentAdviceTheVisitorMayGoOnForTheDoctorOrStop() {
		Dialogs.Chat going = untilAfterUrgent();
		going.pick("continue");
		assertThat(going.ended()).isFalse();
		assertThat(Dialogs.KNOWLEDGE.script().question(going.pending()).redFlagSection()).as("the pattern questions follow")
			.isFalse();

		Dialogs.Chat stopping = untilAfterUrgent();
		stopping.pick("stop");
		Summary summary = summary(stopping);
		assertThat(summary.triage()).isEqualTo(TriageLevel.URGENT);
		assertThat(summary.skipped()).anySatisfy(s -> {
			assertThat(s.question()).isEqualTo("q_quality");
			assertThat(s.reason()).isEqualTo("stopped_after_urgent");
		});
	}

	/** A new kind of headache (urgent), every other warning sign denied, until the choice after the advice. */
	private static Dialogs.Chat untilAfterUrgent() {
		Dialogs.Chat chat = new Dialogs.Chat().pick("skip").pick("none").pick("new_headache");
		assertThat(chat.said()).contains("within 24 hours");
		for (int i = 0; i < 10 && !"q_after_urgent".equals(chat.pending()); i++) {
			Question q = Dialogs.KNOWLEDGE.script().question(chat.pending());
			if (q.kind() == QuestionKind.NUMBER) {
				chat.number(40);
			}
			else {
				chat.pick(q.kind() == QuestionKind.MULTI ? "none" : "no");
			}
		}
		assertThat(chat.pending()).isEqualTo("q_after_urgent");
		return chat;
	}

	@Test
	void theSummaryTellsStaffWhyEachQuestionWasLeftOutAndProgressNeverRises() {
		Dialogs.Chat chat = new Dialogs.Chat().say("Throbbing headaches on the left with nausea and light bothering me, "
				+ "about 6 days a month, they last most of the day. I'm 35.");
		List<Integer> totals = new ArrayList<>();
		for (int i = 0; i < 40 && !chat.ended(); i++) {
			chat.replies.stream().filter(Reply.Say.class::isInstance).map(r -> ((Reply.Say) r).progress())
				.filter(p -> p != null).forEach(p -> totals.add(p.of()));
			Question q = Dialogs.KNOWLEDGE.script().question(chat.pending());
			switch (q.kind()) {
				case NUMBER, SCALE -> chat.number(5);
				case MULTI -> chat.pick(q.options().stream().anyMatch(o -> o.value().equals("none")) ? "none"
						: q.options().get(0).value());
				case PAINMAP -> chat.pick("temple");
				case CHOICE -> chat.pick(q.options().get(0).value());
				default -> chat.pick("no");
			}
		}
		Summary summary = summary(chat);
		assertThat(totals).as("question n of about m: m never rises").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(summary.skipped()).anySatisfy(s -> assertThat(s.reason()).isEqualTo("already_known"));
		assertThat(summary.skipped()).anySatisfy(s -> {
			assertThat(s.reason()).isEqualTo("could_not_change");
			assertThat(s.why()).startsWith("could not change ");
		});
		assertThat(summary.skipped()).extracting(Summary.Skipped::question).doesNotContain("q_signs_now", "q_signs_recent");
	}

	/**
	 * After a story the features it left open come as one checklist a page at a time: at most 5 items, each
	 * still unknown, none shown twice, and "none of these" on a page denies only that page's items.
	 */
	@Test
	void aPagedChecklistShowsAtMostFiveOpenItemsAndNeverAnItemTwice() {
		Dialogs.Chat chat = new Dialogs.Chat().say("Pressing headaches on both sides, about 6 days a month. I'm 35.");
		Set<String> shownBefore = new HashSet<>();
		int pages = 0;
		for (int i = 0; i < 30 && !chat.ended(); i++) {
			Question q = Dialogs.KNOWLEDGE.script().question(chat.pending());
			if (q.paged()) {
				pages++;
				List<String> items = chat.shown().stream().filter(v -> !v.equals("none")).toList();
				assertThat(items).as("page %d", pages).isNotEmpty().hasSizeLessThanOrEqualTo(5);
				assertThat(items).as("page %d shows nothing shown before", pages).noneMatch(shownBefore::contains);
				assertThat(items).as("page %d shows only what is still unknown", pages)
					.allSatisfy(value -> assertThat(chat.state.findings().isKnown(q.option(value).orElseThrow().finding())).isFalse());
				shownBefore.addAll(items);
				Set<String> offPage = q.options().stream()
					.filter(o -> o.finding() != null && !items.contains(o.value()) && !chat.state.findings().isKnown(o.finding()))
					.map(Option::finding)
					.collect(Collectors.toSet());
				chat.pick("none");
				assertThat(offPage).as("items not on the page stay open after 'none of these'")
					.noneMatch(chat.state.findings()::isKnown);
				continue;
			}
			switch (q.kind()) {
				case NUMBER, SCALE -> chat.number(5);
				case MULTI -> chat.pick("none");
				case PAINMAP -> chat.pick("temple");
				case CHOICE -> chat.pick(q.options().get(0).value());
				default -> chat.pick("no");
			}
		}
		assertThat(chat.ended()).isTrue();
		assertThat(pages).as("pages of the story checklist").isBetween(2, 3);
	}

	/**
	 * A tap on an item of another page is not an answer to this one; words about an item not on the page are
	 * kept as told, while "none" on the page denies only the page; a replay answers the page the visitor saw.
	 */
	@Test
	void aPageIsAnsweredOnlyForWhatItShows() {
		Dialogs.Chat chat = untilFirstPage();
		Question details = Dialogs.KNOWLEDGE.script().question(chat.pending());
		List<String> page = chat.shown();
		String elsewhere = details.options().stream().map(Option::value)
			.filter(v -> !page.contains(v) && !v.equals("none") && !chat.state.findings().isKnown(details.option(v).get().finding()))
			.findFirst().orElseThrow();
		chat.pick(elsewhere);
		assertThat(chat.pending()).as("asked again").isEqualTo(details.id());
		assertThat(chat.shown()).as("the same page").isEqualTo(page);
		assertThat(chat.state.findings().isKnown(details.option(elsewhere).get().finding())).isFalse();

		Dialogs.Chat typed = untilFirstPage();
		assertThat(typed.shown()).doesNotContain("photophobia");
		typed.say("none of those, but light really bothers me during them");
		assertThat(typed.state.findings().get("photophobia")).as("told in words, though not on the page")
			.hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(FindingStatus.PRESENT));
		for (String value : page) {
			details.option(value).map(Option::finding).ifPresent(finding -> assertThat(typed.state.findings().get(finding))
				.as("'none' denies %s on the page", finding)
				.hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(FindingStatus.ABSENT)));
		}

		Dialogs.Chat replayed = untilFirstPage();
		List<String> seen = List.of("neck_injury_history", "nausea", "none");
		Dialogs.ENGINE.shown(replayed.state, details.id(), seen);
		assertThat(replayed.state.showing()).containsExactly("neck_injury_history", "nausea");
		replayed.pick("none");
		assertThat(replayed.state.findings().get("neck_injury_history")).hasValueSatisfying(f -> assertThat(f.status())
			.isEqualTo(FindingStatus.ABSENT));
		assertThat(replayed.state.findings().isKnown("starts_in_neck")).as("not on the page the visitor saw").isFalse();
	}

	/** A story that leaves the neck and the features open, warning signs denied, until the story checklist. */
	private static Dialogs.Chat untilFirstPage() {
		Dialogs.Chat chat = new Dialogs.Chat().say("Pressing headaches on both sides, about 6 days a month. I'm 35.");
		for (int i = 0; i < 20 && !Dialogs.KNOWLEDGE.script().question(chat.pending()).paged(); i++) {
			Question q = Dialogs.KNOWLEDGE.script().question(chat.pending());
			switch (q.kind()) {
				case NUMBER, SCALE -> chat.number(5);
				case MULTI -> chat.pick("none");
				case PAINMAP -> chat.pick("temple");
				case CHOICE -> chat.pick(q.options().get(0).value());
				default -> chat.pick("no");
			}
		}
		assertThat(Dialogs.KNOWLEDGE.script().question(chat.pending()).paged()).isTrue();
		return chat;
	}

	/**
	 * "Not sure about one of these" asks each sign on its own: the progress counts every one of them, so the
	 * count does not run down to "n of n" while questions are still to come.
	 */
	@Test
	void progressCountsTheSignsWaitingToBeAskedOnTheirOwn() {
		Dialogs.Chat chat = new Dialogs.Chat().say("Pressing headaches on both sides, about 6 days a month. I'm 35.").pick("unsure");
		assertThat(chat.state.waitingToConfirm()).isEqualTo(5);
		List<int[]> shown = new ArrayList<>();
		for (int i = 0; i < 40 && !chat.ended(); i++) {
			chat.replies.stream().filter(r -> r instanceof Reply.Say say && say.progress() != null)
				.map(r -> ((Reply.Say) r).progress())
				.forEach(p -> shown.add(new int[] { p.step(), p.of() }));
			Question q = Dialogs.KNOWLEDGE.script().question(chat.pending());
			switch (q.kind()) {
				case NUMBER, SCALE -> chat.number(5);
				case MULTI -> chat.pick("none");
				case PAINMAP -> chat.pick("temple");
				case CHOICE -> chat.pick(q.options().get(0).value());
				default -> chat.pick("no");
			}
		}
		assertThat(chat.ended()).isTrue();
		for (int i = 0; i < shown.size() - 1; i++) {
			assertThat(shown.get(i)[1]).as("question %d of %d is not the last one asked", shown.get(i)[0], shown.get(i)[1])
				.isGreaterThan(shown.get(i)[0]);
		}
	}

	private static Summary summary(Dialogs.Chat chat) {
		return chat.replies.stream().filter(Reply.End.class::isInstance).map(r -> ((Reply.End) r).summary()).findFirst()
			.orElseThrow();
	}

}
