package com.neckcheck.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.neckcheck.finding.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the language pipeline on the hand-written held-out corpus (src/test/resources/nlp/evaluation.txt):
 * precision, recall and F1 per finding and overall, polarity accuracy, side and region accuracy. The build
 * fails below F1 0.90, polarity 0.95 or side 0.90. Run alone with
 * {@code mvn -B test -Dtest=ExtractionEvaluationTests}.
 */
class ExtractionEvaluationTests {


	private static SymptomExtractor extractor;

	record Gold(String finding, String status, String side, Set<String> regions) {
	}

	record Utterance(int line, String text, Map<String, Gold> gold) {
	}

	private static final class Counts {

		int truePositive;

		int falsePositive;

		int falseNegative;

		double precision() {
			return truePositive + falsePositive == 0 ? 1 : truePositive / (double) (truePositive + falsePositive);
		}

		double recall() {
			return truePositive + falseNegative == 0 ? 1 : truePositive / (double) (truePositive + falseNegative);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	@BeforeAll
	static void build() {
		extractor = Extractors.shipped();
	}

	@Test
	void theHeldOutCorpusMeetsTheTargets() throws IOException {
		List<Utterance> corpus = corpus();
		Map<String, Counts> perFinding = new TreeMap<>();
		Counts overall = new Counts();
		int polarityRight = 0;
		int polarityTotal = 0;
		int sideRight = 0;
		int sideTotal = 0;
		int regionRight = 0;
		int regionTotal = 0;
		List<String> misses = new ArrayList<>();
		for (Utterance utterance : corpus) {
			Map<String, Finding> found = new HashMap<>();
			for (Finding finding : com.neckcheck.dialog.MentionsForTests.merge(extractor.extract(utterance.text()))) {
				found.put(finding.id(), finding);
			}
			Set<String> ids = new HashSet<>(found.keySet());
			ids.addAll(utterance.gold().keySet());
			for (String id : ids) {
				Counts counts = perFinding.computeIfAbsent(id, k -> new Counts());
				Gold gold = utterance.gold().get(id);
				Finding got = found.get(id);
				if (gold != null && got != null) {
					counts.truePositive++;
					overall.truePositive++;
					polarityTotal++;
					if (gold.status().equals(got.status().wire())) {
						polarityRight++;
					}
					else {
						misses.add("line " + utterance.line() + " polarity " + id + " " + gold.status() + "->" + got.status().wire() + ": " + utterance.text());
					}
					if (gold.side() != null) {
						sideTotal++;
						if (gold.side().equals(got.side())) {
							sideRight++;
						}
						else {
							misses.add("line " + utterance.line() + " side " + id + " " + gold.side() + "->" + got.side() + ": " + utterance.text());
						}
					}
					if (!gold.regions().isEmpty()) {
						regionTotal++;
						if (gold.regions().equals(new HashSet<>(got.regions()))) {
							regionRight++;
						}
						else {
							misses.add("line " + utterance.line() + " regions " + gold.regions() + "->" + got.regions() + ": " + utterance.text());
						}
					}
				}
				else if (gold != null) {
					counts.falseNegative++;
					overall.falseNegative++;
					misses.add("line " + utterance.line() + " missed " + id + ": " + utterance.text());
				}
				else {
					counts.falsePositive++;
					overall.falsePositive++;
					misses.add("line " + utterance.line() + " extra " + id + "=" + got.status().wire() + ": " + utterance.text());
				}
			}
		}
		double polarity = polarityRight / (double) polarityTotal;
		double side = sideRight / (double) sideTotal;
		double region = regionRight / (double) regionTotal;
		StringBuilder report = new StringBuilder("\nExtraction on the held-out corpus (" + corpus.size() + " utterances)\n");
		report.append(String.format("%-28s %6s %6s %6s %5s %5s %5s%n", "finding", "P", "R", "F1", "TP", "FP", "FN"));
		perFinding.forEach((id, c) -> report.append(String.format("%-28s %6.2f %6.2f %6.2f %5d %5d %5d%n", id, c.precision(),
				c.recall(), c.f1(), c.truePositive, c.falsePositive, c.falseNegative)));
		report.append(String.format("%-28s %6.3f %6.3f %6.3f %5d %5d %5d%n", "OVERALL (micro)", overall.precision(),
				overall.recall(), overall.f1(), overall.truePositive, overall.falsePositive, overall.falseNegative));
		report.append(String.format("polarity accuracy %.3f (%d/%d), side accuracy %.3f (%d/%d), region accuracy %.3f (%d/%d)%n",
				polarity, polarityRight, polarityTotal, side, sideRight, sideTotal, region, regionRight, regionTotal));
		report.append("errors:\n  ").append(String.join("\n  ", misses)).append('\n');
		System.out.println(report);
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		assertThat(overall.f1()).as("overall F1").isGreaterThanOrEqualTo(0.90);
		assertThat(polarity).as("polarity accuracy").isGreaterThanOrEqualTo(0.95);
		assertThat(side).as("side accuracy").isGreaterThanOrEqualTo(0.90);
	}

	static List<Utterance> corpus() throws IOException {
		List<Utterance> corpus = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				ExtractionEvaluationTests.class.getResourceAsStream("/nlp/evaluation.txt"), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = in.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|\\|", 2);
				Map<String, Gold> gold = new HashMap<>();
				for (String item : parts[1].split(";")) {
					if (item.isBlank()) {
						continue;
					}
					String[] idAndRest = item.strip().split("=", 2);
					String rest = idAndRest[1];
					Set<String> regions = new HashSet<>();
					if (rest.contains("@")) {
						regions.addAll(List.of(rest.substring(rest.indexOf('@') + 1).split("\\+")));
						rest = rest.substring(0, rest.indexOf('@'));
					}
					String side = null;
					if (rest.contains(":")) {
						side = rest.substring(rest.indexOf(':') + 1);
						rest = rest.substring(0, rest.indexOf(':'));
					}
					gold.put(idAndRest[0], new Gold(idAndRest[0], rest, side, regions));
				}
				corpus.add(new Utterance(number, parts[0].strip(), gold));
			}
		}
		return corpus;
	}

}
