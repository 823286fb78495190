package com.neckcheck.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;
import com.neckcheck.chat.CorpusVisitor.Mode;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole conversations, as people chat, over the real socket: every visitor of the corpus
 * (src/test/resources/conversations/) tells their story in three ways (all messages at once, one message
 * each time a question is shown, all joined in one) and then answers the rest by buttons; and once by
 * buttons only, for the number of questions. The build fails on any triage below the visitor's lowest safe
 * level and on any emergency for a visitor who reported no warning sign. {@code heldout} was kept aside
 * while the rules and the lexicon were written; its figures are printed apart.
 */
@ChatServerTest
class ConversationEvaluationTests {

	private static final List<String> LEVELS = List.of("routine", "urgent", "emergency");

	private static final Set<String> NEUTRAL_NOTES = Set.of("headache", "story_told");

	/**
	 * Where-and-which-side notes: the corpus lists them loosely ("my neck hurts" states neck pain, and a
	 * writer may or may not add the back of the neck to the regions), so only a contradiction is wrong.
	 */
	private static final Set<String> LOOSE_NOTES = Set.of("pain_regions", "side");

	@LocalServerPort
	int port;

	record Result(ConversationCorpus.Visitor visitor, Mode mode, CorpusVisitor.Outcome outcome) {

		String triage() {
			return outcome.summary().path("triage").asString();
		}

		boolean underTriaged() {
			return LEVELS.indexOf(triage()) < LEVELS.indexOf(visitor.expected("triage"));
		}

		boolean triageAgrees() {
			return triage().equals(visitor.expected("triage"));
		}

		boolean falseEmergency() {
			return !visitor.reportedWarning() && "emergency".equals(triage());
		}

	}

	@Test
	void tuningCorpus() {
		evaluate("tuning");
	}

	/** The first held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void formerHeldOutCorpus() {
		evaluate("tuning-2");
	}

	/** The second held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void secondFormerHeldOutCorpus() {
		evaluate("tuning-3");
	}

	/** The third held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void thirdFormerHeldOutCorpus() {
		evaluate("tuning-4");
	}

	/** The fourth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void fourthFormerHeldOutCorpus() {
		evaluate("tuning-5");
	}

	/** The fifth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void fifthFormerHeldOutCorpus() {
		evaluate("tuning-6");
	}

	/** The sixth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void sixthFormerHeldOutCorpus() {
		evaluate("tuning-7");
	}

	/** The seventh held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void seventhFormerHeldOutCorpus() {
		evaluate("tuning-8");
	}

	/** The eighth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void eighthFormerHeldOutCorpus() {
		evaluate("tuning-9");
	}

	/** The ninth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void ninthFormerHeldOutCorpus() {
		evaluate("tuning-10");
	}

	/** The tenth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void tenthFormerHeldOutCorpus() {
		evaluate("tuning-11");
	}

	/** The eleventh held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void eleventhFormerHeldOutCorpus() {
		evaluate("tuning-12");
	}

	/** The twelfth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void twelfthFormerHeldOutCorpus() {
		evaluate("tuning-13");
	}

	/** The thirteenth held-out set: kept aside until its first run, then read and fixed (docs/nlp.md). */
	@Test
	void thirteenthFormerHeldOutCorpus() {
		evaluate("tuning-14", 50);
	}

	// A new blind set goes in as conversations/heldout.yaml with its own test here, committed before its first
	// run (docs/nlp.md, "How the corpora were kept honest"); none is waiting at the moment.

	private void evaluate(String name) {
		evaluate(name, 50);
	}

	private void evaluate(String name, int atLeast) {
		ConversationCorpus corpus = ConversationCorpus.load(name);
		Map<Mode, List<Result>> byMode = new EnumMap<>(Mode.class);
		for (Mode mode : Mode.values()) {
			List<Result> results = new ArrayList<>();
			for (ConversationCorpus.Visitor visitor : corpus.visitors()) {
				if (!System.getProperty("neckcheck.visitors", "").isBlank()
						&& !System.getProperty("neckcheck.visitors").contains(visitor.id())) {
					continue;
				}
				try (ChatTestClient client = ChatTestClient.connect(port)) {
					results.add(new Result(visitor, mode, new CorpusVisitor(visitor, client).run(mode)));
				}
			}
			byMode.put(mode, results);
		}
		String report = report(corpus, byMode);
		System.out.println(report);
		for (Mode mode : Mode.values()) {
			assertThat(byMode.get(mode)).as(name + " " + mode + ": triage below the lowest safe level\n" + report)
				.noneMatch(Result::underTriaged);
			assertThat(byMode.get(mode)).as(name + " " + mode + ": emergency for a visitor who reported no warning sign\n"
					+ report)
				.noneMatch(Result::falseEmergency);
		}
		assertThat(corpus.visitors()).as("conversations in " + name).hasSizeGreaterThanOrEqualTo(atLeast);
	}

	private static String report(ConversationCorpus corpus, Map<Mode, List<Result>> byMode) {
		StringBuilder out = new StringBuilder("\nConversation evaluation, corpus '" + corpus.name() + "' ("
				+ corpus.visitors().size() + " visitors)\n");
		out.append(String.format("%-17s %8s %9s %9s %11s %14s %14s %14s %10s%n", "mode", "messages", "agree", "under",
				"false emerg", "flags in text", "wrong noted", "not in facts", "questions"));
		for (Mode mode : Mode.values()) {
			List<Result> results = byMode.get(mode);
			int messages = results.stream().mapToInt(r -> r.outcome().typed().size()).sum();
			int[] flags = flagsRecognised(results);
			int wrong = results.stream().mapToInt(r -> wrongNoted(r).size()).sum();
			int beyond = results.stream().mapToInt(r -> unlisted(r).size()).sum();
			out.append(String.format("%-17s %8d %8.1f%% %9d %11d %14s %14s %14s %10.1f%n", mode, messages,
					100.0 * count(results, Result::triageAgrees) / results.size(), count(results, Result::underTriaged),
					count(results, Result::falseEmergency),
					mode == Mode.BUTTONS_ONLY ? "-" : String.format("%d/%d %.0f%%", flags[0], flags[1], 100.0 * flags[0] / Math.max(1, flags[1])),
					mode == Mode.BUTTONS_ONLY ? "-" : String.format("%d (%.1f/50)", wrong, 50.0 * wrong / Math.max(1, messages)),
					mode == Mode.BUTTONS_ONLY ? "-" : String.format("%d (%.1f/50)", beyond, 50.0 * beyond / Math.max(1, messages)),
					median(results, r -> true)));
		}
		List<Result> buttons = byMode.get(Mode.BUTTONS_ONLY);
		for (Mode mode : List.of(Mode.ALL_AT_ONCE, Mode.ONE_PER_QUESTION, Mode.JOINED)) {
			out.append(String.format("routine storytellers, median questions: %s %.1f vs buttons only %.1f%n", mode,
					median(byMode.get(mode), r -> r.visitor().routineStoryteller()),
					median(buttons, r -> r.visitor().routineStoryteller())));
		}
		out.append("Disagreements and wrong notes:\n");
		for (Mode mode : Mode.values()) {
			for (Result r : byMode.get(mode)) {
				List<String> wrong = mode == Mode.BUTTONS_ONLY ? List.of() : wrongNoted(r);
				List<String> beyond = mode == Mode.BUTTONS_ONLY ? List.of() : unlisted(r);
				if (!r.triageAgrees() || !wrong.isEmpty() || !beyond.isEmpty() || (mode != Mode.BUTTONS_ONLY && missedFlags(r).size() > 0)) {
					out.append(String.format("  %-16s %-28s expected %-9s got %-9s%s%s%s%s%n", mode, r.visitor().id(),
							r.visitor().expected("triage"), r.triage(),
							r.triageAgrees() ? "" : " by " + r.outcome().summary().path("advice").path("rules").valueStream()
								.map(tools.jackson.databind.JsonNode::asString).toList(),
							r.underTriaged() ? " UNDER" : "",
							r.falseEmergency() ? " FALSE-EMERGENCY" : "",
							(wrong.isEmpty() ? "" : " wrong noted " + wrong) + (beyond.isEmpty() ? "" : " not in facts " + beyond)
									+ (missedFlags(r).isEmpty() ? "" : " flags not heard " + missedFlags(r))));
				}
			}
		}
		return out.toString();
	}

	/** Red flags the visitor's messages state (present or hedged) and how many the screener noted from them. */
	private static int[] flagsRecognised(List<Result> results) {
		int heard = 0;
		int stated = 0;
		for (Result r : results) {
			List<String> flags = statedFlags(r.visitor());
			stated += flags.size();
			heard += flags.size() - missedFlags(r).size();
		}
		return new int[] { heard, stated };
	}

	private static List<String> statedFlags(ConversationCorpus.Visitor visitor) {
		return visitor.facts().entrySet().stream()
			.filter(e -> RedFlags.IDS.contains(e.getKey()))
			.filter(e -> "present".equals(e.getValue()) || "uncertain".equals(e.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static List<String> missedFlags(Result r) {
		if (r.mode() == Mode.BUTTONS_ONLY) {
			return List.of();
		}
		return statedFlags(r.visitor()).stream()
			.filter(flag -> r.outcome().typed().stream().flatMap(t -> t.noted().stream())
				.noneMatch(n -> n.path("finding").asString().equals(flag) && !"absent".equals(n.path("status").asString())))
			.toList();
	}

	/**
	 * Noted items that are wrong: a status, number or side that contradicts what the messages state, a warning
	 * sign noted as present or unsure that the visitor did not tell, or a span that is not the words at its
	 * offsets. Items the corpus writer left out of the facts are counted apart ({@link #unlisted}): many are
	 * findings the messages do state ("most days", "physio helped") and the writer did not list.
	 */
	private static List<String> wrongNoted(Result r) {
		return notes(r, true);
	}

	private static List<String> unlisted(Result r) {
		return notes(r, false);
	}

	private static List<String> notes(Result r, boolean wrong) {
		List<String> found = new ArrayList<>();
		for (CorpusVisitor.Typed typed : r.outcome().typed()) {
			for (JsonNode noted : typed.noted()) {
				String id = noted.path("finding").asString();
				String status = noted.path("status").asString();
				String words = id + ":" + status + "'" + noted.path("text").asString() + "'";
				int start = noted.path("start").asInt(-1);
				int end = noted.path("end").asInt(-1);
				boolean spanOk = start >= 0 && end <= typed.text().length() && start < end
						&& typed.text().substring(start, end).equals(noted.path("text").asString());
				if (!spanOk) {
					if (wrong) {
						found.add(id + "@span");
					}
					continue;
				}
				if (NEUTRAL_NOTES.contains(id)) {
					continue;
				}
				Object fact = r.visitor().facts().get(id);
				boolean warningNotTold = fact == null && RedFlags.IDS.contains(id) && !"absent".equals(status);
				boolean contradiction = fact != null && contradicts(fact, status, noted);
				if (wrong && (warningNotTold || contradiction)) {
					found.add(words + (fact != null ? "!=" + fact : ""));
				}
				boolean regionsBeyond = fact instanceof List<?> values && noted.path("regions").valueStream()
					.anyMatch(x -> !values.contains(x.asString()));
				if (!wrong && ((fact == null && !warningNotTold && !LOOSE_NOTES.contains(id)) || regionsBeyond)) {
					found.add(words);
				}
			}
		}
		return found;
	}

	private static boolean contradicts(Object fact, String status, JsonNode noted) {
		if (fact instanceof List<?>) {
			return false;
		}
		if (noted.has("side") && !(fact instanceof Number) && Set.of("left", "right", "both", "alternating").contains(String.valueOf(fact))) {
			return !String.valueOf(fact).equals(noted.path("side").asString());
		}
		if (fact instanceof Number number) {
			return noted.has("value") && Math.abs(noted.path("value").asDouble() - number.doubleValue()) > Math.max(1.5,
					0.25 * number.doubleValue());
		}
		String said = String.valueOf(fact);
		if (said.equals("absent")) {
			return !status.equals("absent");
		}
		if (said.equals("present") || said.equals("uncertain")) {
			return status.equals("absent");
		}
		return false;
	}

	private static long count(List<Result> results, Predicate<Result> test) {
		return results.stream().filter(test).count();
	}

	private static double median(List<Result> results, Predicate<Result> which) {
		List<Integer> counts = results.stream().filter(which).map(r -> r.outcome().questions()).sorted().toList();
		if (counts.isEmpty()) {
			return 0;
		}
		int n = counts.size();
		return n % 2 == 1 ? counts.get(n / 2) : (counts.get(n / 2 - 1) + counts.get(n / 2)) / 2.0;
	}

	/** The catalogue's warning signs (dialogs/findings.yaml, redFlag: true). */
	static final class RedFlags {

		private static final com.neckcheck.finding.FindingCatalogue CATALOGUE = com.neckcheck.knowledge.KnowledgeLoader
			.load(new org.springframework.core.io.DefaultResourceLoader(), "file:dialogs/")
			.catalogue();

		static final Set<String> IDS = CATALOGUE.ids().stream().filter(CATALOGUE::isRedFlag)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());

	}

}
