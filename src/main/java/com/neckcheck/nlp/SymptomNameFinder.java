package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy name finder whose entity types are finding ids, trained from the team's annotated
 * corpus (dialogs/ner-training.txt, OpenNLP format, a blank line between utterances). It adds spans the
 * lexicon has no phrase for; below {@link #MIN_PROBABILITY} a span is ignored.
 *
 * <p>Training takes most of a second, a fifth of the start-up, so the build trains the model for the
 * jar's own dialogs ({@link LanguageModelPrebuild}) and a start loads it when the corpus is the one it was
 * trained on (same {@link #key}); a clinic that edited its corpus gets a model trained at start-up.
 */
final class SymptomNameFinder {

	static final double MIN_PROBABILITY = 0.85;

	private static final String FEATURES = "/nlp/ner-features.xml";

	record Found(String finding, int from, int to, double probability) {
	}

	private final ThreadSafeNameFinderME finder;

	private SymptomNameFinder(TokenNameFinderModel model) {
		this.finder = model == null ? null : new ThreadSafeNameFinderME(model);
	}

	private static final int CUTOFF = 1;

	private static final int ITERATIONS = 80;

	// Greedy decoding: the lexicon carries most mentions, and a beam of 3 (OpenNLP's default) triples the
	// decoder's cost, which dominated extraction time on long messages.
	private static final int BEAM = 1;

	static final String PREBUILT = "/nlp/ner-model.bin";

	static final String PREBUILT_KEY = "/nlp/ner-model.key";

	/** The prebuilt model when it was trained on this corpus, otherwise one trained now. */
	static SymptomNameFinder forCorpus(List<String> corpus) {
		if (corpus.isEmpty()) {
			return new SymptomNameFinder(null);
		}
		try (InputStream key = SymptomNameFinder.class.getResourceAsStream(PREBUILT_KEY);
				InputStream model = SymptomNameFinder.class.getResourceAsStream(PREBUILT)) {
			if (key != null && model != null
					&& new String(key.readAllBytes(), StandardCharsets.US_ASCII).trim().equals(key(corpus))) {
				return new SymptomNameFinder(new TokenNameFinderModel(model));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the prebuilt name finder", ex);
		}
		return trained(corpus);
	}

	static SymptomNameFinder trained(List<String> corpus) {
		return new SymptomNameFinder(trainModel(corpus));
	}

	/** What the model depends on: the corpus, the feature set and the training parameters below. */
	static String key(List<String> corpus) {
		try {
			return ModelKey.of(List.of(("cutoff=" + CUTOFF + ";iterations=" + ITERATIONS + ";beam=" + BEAM + "\n")
				.getBytes(StandardCharsets.UTF_8), features()), corpus);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static TokenNameFinderModel trainModel(List<String> corpus) {
		List<String> lines = corpus.stream().map(line -> line.toLowerCase().replace("<start:", "<START:").replace("<end>", "<END>")).toList();
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
		parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM);
		try (ObjectStream<NameSample> samples = new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
			return NameFinderME.train("en", null, samples, parameters, factory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot train the name finder", ex);
		}
	}

	private static TokenNameFinderFactory factory() throws IOException {
		return new TokenNameFinderFactory(features(), Map.of(), new BioCodec());
	}

	private static byte[] features() throws IOException {
		try (InputStream in = SymptomNameFinder.class.getResourceAsStream(FEATURES)) {
			if (in == null) {
				throw new IOException(FEATURES + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
	}

	List<Found> find(String[] lowerTokens) {
		List<Found> found = new ArrayList<>();
		if (finder == null || lowerTokens.length == 0) {
			return found;
		}
		Span[] spans = finder.find(lowerTokens);
		finder.clearAdaptiveData();
		for (Span span : spans) {
			if (span.getProb() >= MIN_PROBABILITY) {
				found.add(new Found(span.getType(), span.getStart(), span.getEnd(), span.getProb()));
			}
		}
		return found;
	}

}
