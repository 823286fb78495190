package com.neckcheck.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

import com.neckcheck.ChatServerTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the team's evaluation set (src/test/resources/vignettes.yaml) through the real server over
 * WebSocket and prints the agreement table. Every red-flag case must be triaged at or above its expected
 * level, routine cases must stay routine, at least 90 % of patterns and every overuse verdict must agree.
 * A vignette may name a rule of dialogs/red-flags.yaml that it must fire ({@code expect.rule}) or that it, a
 * close neighbour, must not fire ({@code expect.spares}); both are checked answering by buttons only and
 * telling the story first, and every rule needs at least one of each.
 */
@ChatServerTest
class VignetteTests {

	@LocalServerPort
	int port;

	record Vignette(String id, Map<String, Object> answers, Map<String, Object> expect) {

		/** The rule ids under an expect key ({@code rule} or {@code spares}): one id or a list of them. */
		List<String> rules(String key) {
			Object value = expect.get(key);
			if (value == null) {
				return List.of();
			}
			if (value instanceof List<?> list) {
				return list.stream().map(String::valueOf).toList();
			}
			return List.of(String.valueOf(value));
		}

	}

	record Row(Vignette vignette, JsonNode summary, int questions) {

		String expected(String key) {
			return String.valueOf(vignette.expect().get(key));
		}

		boolean triageSafe() {
			String expected = expected("triage");
			String got = summary.path("triage").asString();
			return expected.equals("routine") ? got.equals("routine") : rank(got) >= rank(expected);
		}

		boolean patternCounts() {
			return !"any".equals(expected("pattern"));
		}

		boolean patternAgrees() {
			return expected("pattern").equals(summary.path("pattern").asString());
		}

		/** Agrees, or the vignette expects no pattern (a red flag stops the screening early). */
		boolean patternOk() {
			return !patternCounts() || patternAgrees();
		}

		boolean overuseAgrees() {
			return Boolean.parseBoolean(expected("overuse")) == summary.path("medicationOveruse").asBoolean();
		}

		boolean bandCounts() {
			return vignette.expect().containsKey("band");
		}

		boolean bandAgrees() {
			return expected("band").equals(summary.path("neck").path("band").asString());
		}

		/** The rule ids of dialogs/red-flags.yaml that fired (summary.advice.rules). */
		List<String> rulesFired() {
			return StreamSupport.stream(summary.path("advice").path("rules").spliterator(), false)
				.map(JsonNode::asString)
				.toList();
		}

		/**
		 * What is wrong with the rules that fired against expect.rule and expect.spares, one message each,
		 * naming the vignette, the mode and the rules that fired.
		 */
		List<String> ruleProblems(String mode) {
			List<String> problems = new ArrayList<>();
			List<String> fired = rulesFired();
			for (String rule : vignette.rules("rule")) {
				if (!fired.contains(rule)) {
					problems.add(String.format("vignette %s (%s): rule '%s' should fire but did not; rules fired: %s (triage %s)",
							vignette.id(), mode, rule, fired, summary.path("triage").asString()));
				}
			}
			for (String rule : vignette.rules("spares")) {
				if (fired.contains(rule)) {
					problems.add(String.format("vignette %s (%s): rule '%s' should be spared but fired; rules fired: %s (triage %s)",
							vignette.id(), mode, rule, fired, summary.path("triage").asString()));
				}
			}
			return problems;
		}

		private static int rank(String triage) {
			return List.of("routine", "urgent", "emergency").indexOf(triage);
		}

	}

	@Test
	void everyVignetteEndsInASummaryThatFollowsTheCriteria() {
		Evaluation evaluation = load();
		List<Row> rows = run(evaluation, Map.of());
		print(rows);
		printRuleCoverage(evaluation.vignettes());
		assertRules(Map.of("buttons only", rows));
		assertAgreement(rows);
	}

	/**
	 * Every rule of dialogs/red-flags.yaml is fired by at least one named vignette (expect.rule) and spared by
	 * at least one close neighbour (expect.spares); a rule id named by a vignette must exist. That the named
	 * vignettes really fire and spare them is checked by the two tests that run the vignettes.
	 */
	@Test
	void everyTriageRuleIsFiredAndSparedByANamedVignette() {
		List<String> ruleIds = ruleIds();
		List<Vignette> vignettes = load().vignettes();
		List<String> unknown = vignettes.stream()
			.flatMap(v -> Stream.concat(v.rules("rule").stream(), v.rules("spares").stream())
				.filter(rule -> !ruleIds.contains(rule))
				.map(rule -> v.id() + " names unknown rule '" + rule + "'"))
			.toList();
		assertThat(unknown).as("rule ids named in vignettes.yaml that dialogs/red-flags.yaml does not have").isEmpty();
		List<String> both = vignettes.stream()
			.flatMap(v -> v.rules("rule").stream()
				.filter(v.rules("spares")::contains)
				.map(rule -> v.id() + " both fires and spares '" + rule + "'"))
			.toList();
		assertThat(both).as("vignettes whose expect.rule and expect.spares name the same rule").isEmpty();
		List<String> unfired = ruleIds.stream().filter(rule -> firing(vignettes, rule).isEmpty()).toList();
		List<String> unspared = ruleIds.stream().filter(rule -> sparing(vignettes, rule).isEmpty()).toList();
		assertThat(unfired).as("rules of dialogs/red-flags.yaml that no vignette fires (expect.rule)").isEmpty();
		assertThat(unspared).as("rules of dialogs/red-flags.yaml that no vignette spares (expect.spares)").isEmpty();
	}

	/**
	 * The same visitors telling their story in their own words first: far fewer questions, and outcomes no
	 * worse than answering by buttons only.
	 */
	@Test
	void freeTextStoriesShortenTheScreeningWithOutcomesNoWorse() {
		Evaluation evaluation = load();
		List<Row> buttons = run(evaluation, Map.of());
		List<Row> stories = run(evaluation, stories());
		double buttonMedian = median(buttons);
		double storyMedian = median(stories);
		StringBuilder table = new StringBuilder("\nFree-text stories against buttons only\n");
		table.append(String.format("%-34s %9s %7s  %-26s %s%n", "vignette", "buttons", "story", "story pattern", "story triage"));
		for (int i = 0; i < stories.size(); i++) {
			Row story = stories.get(i);
			table.append(String.format("%-34s %9d %7d  %-26s %s%n", story.vignette().id(), buttons.get(i).questions(),
					story.questions(), (story.patternOk() ? "ok " : "XX ")
							+ story.summary().path("pattern").asString(),
					(story.triageSafe() ? "ok " : "XX ") + story.summary().path("triage").asString()));
		}
		table.append(String.format("median questions: buttons %.1f, story %.1f (%.0f %%)%n", buttonMedian, storyMedian,
				100 * storyMedian / buttonMedian));
		table.append(String.format("safe triage: buttons %d, story %d; pattern agreement: buttons %d, story %d; overuse agreement: buttons %d, story %d (of %d)%n",
				count(buttons, Row::triageSafe), count(stories, Row::triageSafe), count(buttons, Row::patternOk),
				count(stories, Row::patternOk), count(buttons, Row::overuseAgrees), count(stories, Row::overuseAgrees),
				stories.size()));
		System.out.println(table);
		assertRules(Map.of("buttons only", buttons, "free-text story", stories));
		// The shorter screening: at most 20 by buttons only (36 in script order), at most 10 with a story (14).
		assertThat(buttonMedian).as("median questions by buttons only").isLessThanOrEqualTo(20);
		assertThat(storyMedian).as("median questions with a story").isLessThanOrEqualTo(10).isLessThan(buttonMedian - 5);
		assertThat(count(stories, Row::triageSafe)).as("safe triage").isGreaterThanOrEqualTo(count(buttons, Row::triageSafe));
		assertThat(count(stories, Row::patternOk)).as("pattern agreement").isGreaterThanOrEqualTo(count(buttons, Row::patternOk));
		assertThat(count(stories, Row::overuseAgrees)).as("overuse agreement").isGreaterThanOrEqualTo(count(buttons, Row::overuseAgrees));
	}

	private List<Row> run(Evaluation evaluation, Map<String, String> stories) {
		List<Row> rows = new ArrayList<>();
		for (Vignette vignette : evaluation.vignettes()) {
			Map<String, Object> answers = new LinkedHashMap<>(evaluation.defaults());
			answers.putAll(vignette.answers());
			if (stories.containsKey(vignette.id())) {
				answers.put("q_story", "say:" + stories.get(vignette.id()));
			}
			Map<String, Object> byFinding = new LinkedHashMap<>();
			answers.forEach((question, answer) -> SCRIPT.questions().stream()
				.filter(q -> q.id().equals(question))
				.forEach(q -> byFinding.put(q.finding(), answer)));
			// what a checklist answer picked is a yes to each of those findings, in any other checklist too
			answers.values().stream().filter(List.class::isInstance).flatMap(a -> ((List<?>) a).stream())
				.forEach(value -> byFinding.put(String.valueOf(value), "yes"));
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				visitor.start();
				ScriptedVisitor.Outcome outcome = visitor.complete(answers, ask -> checklist(ask, byFinding));
				rows.add(new Row(vignette, outcome.summary(), outcome.askedQuestions().size()));
			}
		}
		return rows;
	}

	private static final com.neckcheck.dialog.DialogScript SCRIPT = com.neckcheck.knowledge.KnowledgeLoader
		.load(new org.springframework.core.io.DefaultResourceLoader(), "file:dialogs/").script();

	/**
	 * A checklist of findings (the warning signs after a story) is answered from what the vignette says of
	 * each finding's own question: picked when yes, "not sure" when unsure, else "None of these".
	 */
	private static Object checklist(JsonNode ask, Map<String, Object> byFinding) {
		if (!"multi".equals(ask.path("kind").asString())) {
			return ScriptedVisitor.negative(ask);
		}
		List<String> picked = new ArrayList<>();
		boolean offersUnsure = ask.path("options").valueStream().anyMatch(o -> o.path("value").asString().equals("unsure"));
		boolean unsure = false;
		for (JsonNode option : ask.path("options")) {
			Object answer = byFinding.get(option.path("value").asString());
			String said = answer instanceof String text ? text.toLowerCase() : "";
			if (said.contains("not sure") || said.contains("not really") || said.equals("unsure")) {
				if (!offersUnsure) {
					return "say:not sure";
				}
				unsure = true;
			}
			if (said.equals("yes") || said.startsWith("say:yes") || said.startsWith("say:yeah")) {
				picked.add(option.path("value").asString());
			}
		}
		if (unsure) {
			picked.add("unsure");
		}
		return picked.isEmpty() ? ScriptedVisitor.negative(ask) : picked;
	}

	private static double median(List<Row> rows) {
		List<Integer> counts = rows.stream().map(Row::questions).sorted().toList();
		int n = counts.size();
		return n % 2 == 1 ? counts.get(n / 2) : (counts.get(n / 2 - 1) + counts.get(n / 2)) / 2.0;
	}

	private static long count(List<Row> rows, java.util.function.Predicate<Row> test) {
		return rows.stream().filter(test).count();
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> stories() {
		try (InputStream in = VignetteTests.class.getResourceAsStream("/vignette-stories.yaml")) {
			return new Yaml().load(in);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertAgreement(List<Row> rows) {
		assertThat(rows).as("red-flag cases triaged at or above expected, routine cases routine")
			.allMatch(Row::triageSafe);
		List<Row> patterned = rows.stream().filter(Row::patternCounts).toList();
		double patternAgreement = patterned.stream().filter(Row::patternAgrees).count() / (double) patterned.size();
		assertThat(patternAgreement).as("pattern agreement").isGreaterThanOrEqualTo(0.90);
		assertThat(rows).as("medication-overuse agreement").allMatch(Row::overuseAgrees);
		assertThat(rows).as("every summary says it is not a diagnosis and starts with the triage instruction")
			.allSatisfy(row -> assertThat(row.summary().path("text").asString())
				.contains("This is not a diagnosis")
				.startsWith(row.summary().path("advice").path("heading").asString()));
		assertThat(rows).as("an emergency tells to call the emergency number first")
			.filteredOn(row -> "emergency".equals(row.summary().path("triage").asString()))
			.allSatisfy(row -> assertThat(row.summary().path("text").asString()).startsWith("Call 911 now"));
		assertThat(rows.size()).isGreaterThanOrEqualTo(40);
		assertThat(rows.stream().filter(r -> !"routine".equals(r.expected("triage"))).count()).isGreaterThanOrEqualTo(10);
	}

	private static void print(List<Row> rows) {
		StringBuilder table = new StringBuilder("\nVignette agreement (expected -> screener)\n");
		table.append(String.format("%-34s %-22s %-44s %-18s %-14s %s%n", "vignette", "triage", "pattern", "band",
				"overuse", "questions"));
		for (Row row : rows) {
			JsonNode s = row.summary();
			table.append(String.format("%-34s %-22s %-44s %-18s %-14s %d%n", row.vignette().id(),
					cell(row.expected("triage"), s.path("triage").asString(), row.triageSafe()),
					row.patternCounts() ? cell(row.expected("pattern"), s.path("pattern").asString(), row.patternAgrees())
							: "(any) " + s.path("pattern").asString(),
					row.bandCounts() ? cell(row.expected("band"), s.path("neck").path("band").asString(), row.bandAgrees())
							: "(-) " + s.path("neck").path("band").asString(),
					cell(row.expected("overuse"), s.path("medicationOveruse").asString(), row.overuseAgrees()),
					row.questions()));
		}
		long redFlags = rows.stream().filter(r -> !"routine".equals(r.expected("triage"))).count();
		long redSafe = rows.stream().filter(r -> !"routine".equals(r.expected("triage"))).filter(Row::triageSafe).count();
		List<Row> patterned = rows.stream().filter(Row::patternCounts).toList();
		List<Row> banded = rows.stream().filter(Row::bandCounts).toList();
		table.append(String.format("red flags triaged safely: %d/%d; routine kept routine: %d/%d%n", redSafe, redFlags,
				rows.stream().filter(r -> "routine".equals(r.expected("triage"))).filter(Row::triageSafe).count(),
				rows.size() - redFlags));
		table.append(String.format("pattern agreement: %d/%d (%.1f %%)%n", patterned.stream().filter(Row::patternAgrees).count(),
				patterned.size(), 100.0 * patterned.stream().filter(Row::patternAgrees).count() / patterned.size()));
		table.append(String.format("band agreement (where expected): %d/%d%n", banded.stream().filter(Row::bandAgrees).count(),
				banded.size()));
		table.append(String.format("medication-overuse agreement: %d/%d%n",
				rows.stream().filter(Row::overuseAgrees).count(), rows.size()));
		System.out.println(table);
	}

	/** After the agreement table: for every rule of dialogs/red-flags.yaml the vignettes that fire and spare it. */
	private static void printRuleCoverage(List<Vignette> vignettes) {
		StringBuilder lines = new StringBuilder("\nTriage rules fired and spared by named vignettes\n");
		for (String rule : ruleIds()) {
			lines.append(String.format("rule %s: fired by %s; spared by %s%n", rule, names(firing(vignettes, rule)),
					names(sparing(vignettes, rule))));
		}
		System.out.println(lines);
	}

	private static String names(List<String> ids) {
		return ids.isEmpty() ? "(none)" : String.join(", ", ids);
	}

	private static List<String> firing(List<Vignette> vignettes, String rule) {
		return vignettes.stream().filter(v -> v.rules("rule").contains(rule)).map(Vignette::id).toList();
	}

	private static List<String> sparing(List<Vignette> vignettes, String rule) {
		return vignettes.stream().filter(v -> v.rules("spares").contains(rule)).map(Vignette::id).toList();
	}

	/** expect.rule fired and expect.spares spared in every run given (by mode), all problems listed at once. */
	private static void assertRules(Map<String, List<Row>> runs) {
		Map<String, List<Row>> ordered = new TreeMap<>(runs);
		List<String> problems = ordered.entrySet()
			.stream()
			.flatMap(run -> run.getValue().stream().flatMap(row -> row.ruleProblems(run.getKey()).stream()))
			.toList();
		assertThat(problems).as("expect.rule fired and expect.spares spared (%s):%n%s", String.join(", ", ordered.keySet()),
				problems.stream().collect(Collectors.joining(System.lineSeparator()))).isEmpty();
	}

	/** The rule ids of dialogs/red-flags.yaml, in file order. */
	@SuppressWarnings("unchecked")
	static List<String> ruleIds() {
		try (InputStream in = Files.newInputStream(Path.of("dialogs", "red-flags.yaml"))) {
			Map<String, Object> root = new Yaml().load(in);
			return ((List<Map<String, Object>>) root.get("rules")).stream()
				.map(rule -> String.valueOf(rule.get("id")))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String cell(String expected, String got, boolean ok) {
		return (ok ? "ok " : "XX ") + expected + (expected.equals(got) ? "" : "->" + got);
	}

	record Evaluation(Map<String, Object> defaults, List<Vignette> vignettes) {
	}

	@SuppressWarnings("unchecked")
	static Evaluation load() {
		try (InputStream in = VignetteTests.class.getResourceAsStream("/vignettes.yaml")) {
			Map<String, Object> root = new Yaml().load(in);
			List<Vignette> vignettes = new ArrayList<>();
			for (Map<String, Object> v : (List<Map<String, Object>>) root.get("vignettes")) {
				vignettes.add(new Vignette((String) v.get("id"), answers((Map<String, Object>) v.get("answers")),
						(Map<String, Object>) v.get("expect")));
			}
			return new Evaluation(answers((Map<String, Object>) root.get("defaults")), vignettes);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** YAML reads a bare yes/no as a boolean; the wire contract's yes/no answers are the strings. */
	private static Map<String, Object> answers(Map<String, Object> raw) {
		Map<String, Object> answers = new LinkedHashMap<>();
		raw.forEach((question, answer) -> answers.put(question,
				answer instanceof Boolean b ? (b ? "yes" : "no") : answer));
		return answers;
	}

}
