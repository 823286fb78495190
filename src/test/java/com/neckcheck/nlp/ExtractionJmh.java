package com.neckcheck.nlp;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction of one utterance, cycling through the held-out corpus and the vignette stories (269 texts), in
 * JMH's sample mode for percentiles, over two forks.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = "-Xmx1g")
public class ExtractionJmh {

	@State(Scope.Benchmark)
	public static class Corpus {

		SymptomExtractor extractor;

		List<String> utterances;

		@Setup(Level.Trial)
		public void load() throws Exception {
			extractor = Extractors.shipped();
			utterances = ExtractionBenchmark.utterances();
		}

	}

	@State(Scope.Thread)
	public static class Cursor {

		int next;

	}

	@Benchmark
	public List<Mention> extractOneUtterance(Corpus corpus, Cursor cursor) {
		String text = corpus.utterances.get(cursor.next++ % corpus.utterances.size());
		return corpus.extractor.extract(text);
	}

}
