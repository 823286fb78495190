package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * Extraction speed on one thread (one core): every utterance of the held-out corpus and every vignette
 * story, timed one by one. The first pass runs with an empty lemma cache (what a new node sees); the
 * measured passes follow a warm-up. Prints utterances per second and p50/p95/p99/max per utterance.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.neckcheck.nlp.ExtractionBenchmark
 * </pre>
 */
public final class ExtractionBenchmark {

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int passes = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		long started = System.nanoTime();
		SymptomExtractor extractor = Extractors.shipped();
		System.out.printf("extractor built (models loaded, name finder trained) in %.0f ms%n", (System.nanoTime() - started) / 1e6);
		List<String> utterances = utterances();
		long[] cold = time(extractor, utterances);
		for (int i = 0; i < 20; i++) {
			time(extractor, utterances);
		}
		List<Long> samples = new ArrayList<>();
		List<Long> shortSamples = new ArrayList<>();
		List<Long> longSamples = new ArrayList<>();
		long total = 0;
		for (int pass = 0; pass < passes; pass++) {
			long[] times = time(extractor, utterances);
			for (int i = 0; i < times.length; i++) {
				samples.add(times[i]);
				(utterances.get(i).length() <= 120 ? shortSamples : longSamples).add(times[i]);
				total += times[i];
			}
		}
		long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
		Arrays.sort(cold);
		System.out.printf("%d distinct utterances (mean %.0f characters), %d timed extractions on one thread%n",
				utterances.size(), utterances.stream().mapToInt(String::length).average().orElse(0), sorted.length);
		System.out.printf("first pass, empty lemma cache: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", ms(cold, 0.50),
				ms(cold, 0.99), cold[cold.length - 1] / 1e6);
		System.out.printf("warm: %.0f utterances/s, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
				sorted.length / (total / 1e9), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
				sorted[sorted.length - 1] / 1e6);
		long[] shortSorted = shortSamples.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] longSorted = longSamples.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("warm, messages up to 120 characters (%d%%): p50 %.3f ms, p99 %.3f ms; longer stories: p50 %.3f ms, p99 %.3f ms%n",
				100 * shortSorted.length / sorted.length, ms(shortSorted, 0.50), ms(shortSorted, 0.99), ms(longSorted, 0.50),
				ms(longSorted, 0.99));
	}

	private static long[] time(SymptomExtractor extractor, List<String> utterances) {
		long[] nanos = new long[utterances.size()];
		for (int i = 0; i < utterances.size(); i++) {
			long start = System.nanoTime();
			extractor.extract(utterances.get(i));
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	@SuppressWarnings("unchecked")
	static List<String> utterances() throws Exception {
		List<String> utterances = new ArrayList<>();
		for (ExtractionEvaluationTests.Utterance utterance : ExtractionEvaluationTests.corpus()) {
			utterances.add(utterance.text());
		}
		Map<String, String> stories = new Yaml().load(ExtractionBenchmark.class.getResourceAsStream("/vignette-stories.yaml"));
		utterances.addAll(stories.values());
		return utterances;
	}

}
