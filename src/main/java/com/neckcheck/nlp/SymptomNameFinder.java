package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * A maximum-entropy name finder whose entity types are finding ids, trained at start-up from the team's
 * annotated corpus (dialogs/ner-training.txt, OpenNLP format, a blank line between utterances). It adds
 * spans the lexicon has no phrase for; below {@link #MIN_PROBABILITY} a span is ignored.
 */
final class SymptomNameFinder {

	static final double MIN_PROBABILITY = 0.85;

	private static final String FEATURES = "/nlp/ner-features.xml";

	record Found(String finding, int from, int to) {
	}

	private final ThreadSafeNameFinderME finder;

	private SymptomNameFinder(TokenNameFinderModel model) {
		this.finder = model == null ? null : new ThreadSafeNameFinderME(model);
	}

	static SymptomNameFinder train(List<String> corpus) {
		if (corpus.isEmpty()) {
			return new SymptomNameFinder(null);
		}
		List<String> lines = corpus.stream().map(line -> line.toLowerCase().replace("<start:", "<START:").replace("<end>", "<END>")).toList();
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, 80);
		// Greedy decoding: the lexicon carries most mentions, and a beam of 3 (OpenNLP's default) triples
		// the decoder's cost, which dominated extraction time on long messages.
		parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
		try (ObjectStream<NameSample> samples = new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
			return new SymptomNameFinder(NameFinderME.train("en", null, samples, parameters, factory()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot train the name finder", ex);
		}
	}

	private static TokenNameFinderFactory factory() throws IOException {
		try (InputStream in = SymptomNameFinder.class.getResourceAsStream(FEATURES)) {
			if (in == null) {
				throw new IOException(FEATURES + " is missing from the classpath");
			}
			return new TokenNameFinderFactory(in.readAllBytes(), Map.of(), new BioCodec());
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
				found.add(new Found(span.getType(), span.getStart(), span.getEnd()));
			}
		}
		return found;
	}

}
