package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy sentence classifier: which warning sign, if any, a sentence is about. Trained on the
 * same annotated corpus as the name finder (dialogs/ner-training.txt), each sentence labelled with the
 * warning signs annotated in it, or {@code none}. It hears a sign told in words no phrase list holds ("the
 * telly went smeary and half the picture vanished"), where the lexicon and the name finder need the words
 * themselves. Its guess is never taken as a yes: {@link SentenceReading} notes it as unsure, only in a
 * sentence no negation, other person, worry or past reaches, so that the visitor is asked.
 *
 * <p>Like the name finder, the build trains it for the jar's own dialogs ({@link LanguageModelPrebuild}); a
 * start trains its own when the corpus or the set of warning signs was edited.
 */
final class WarningSignClassifier {

	/** Below this probability a sentence is taken to be about no warning sign (docs/nlp.md, calibration). */
	static final double MIN_PROBABILITY = 0.6;

	static final String NONE = "none";

	static final String PREBUILT = "/nlp/warning-sign-model.bin";

	static final String PREBUILT_KEY = "/nlp/warning-sign-model.key";

	private static final int CUTOFF = 1;

	private static final int ITERATIONS = 100;

	private static final Pattern ENTITY = Pattern.compile("<START:([^>]+)>");

	record Guess(String finding, double probability) {
	}

	private final DoccatModel model;

	private final ThreadLocal<DocumentCategorizerME> categorizer;

	private WarningSignClassifier(DoccatModel model) {
		this.model = model;
		this.categorizer = model == null ? null : ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
	}

	/** The prebuilt model when it was trained on this corpus and these signs, otherwise one trained now. */
	static WarningSignClassifier forCorpus(List<String> corpus, Set<String> warningSigns) {
		if (corpus.isEmpty() || warningSigns.isEmpty()) {
			return new WarningSignClassifier(null);
		}
		try (InputStream key = WarningSignClassifier.class.getResourceAsStream(PREBUILT_KEY);
				InputStream model = WarningSignClassifier.class.getResourceAsStream(PREBUILT)) {
			if (key != null && model != null && new String(key.readAllBytes(), StandardCharsets.US_ASCII).trim()
				.equals(key(corpus, warningSigns))) {
				return new WarningSignClassifier(new DoccatModel(model));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the prebuilt warning-sign classifier", ex);
		}
		return new WarningSignClassifier(trainModel(corpus, warningSigns));
	}

	/** What the model depends on: the corpus, the warning signs and the training parameters. */
	static String key(List<String> corpus, Set<String> warningSigns) {
		return ModelKey.of(List.of(("doccat;bow+bigrams;cutoff=" + CUTOFF + ";iterations=" + ITERATIONS + ";signs="
				+ new TreeSet<>(warningSigns) + "\n").getBytes(StandardCharsets.UTF_8)), corpus);
	}

	static DoccatModel trainModel(List<String> corpus, Set<String> warningSigns) {
		List<DocumentSample> samples = new ArrayList<>();
		for (String line : corpus) {
			if (line.isBlank()) {
				continue;
			}
			Set<String> labels = new TreeSet<>();
			Matcher matcher = ENTITY.matcher(line);
			while (matcher.find()) {
				String id = matcher.group(1).toLowerCase(Locale.ROOT);
				if (warningSigns.contains(id)) {
					labels.add(id);
				}
			}
			if (labels.isEmpty()) {
				labels.add(NONE);
			}
			String[] tokens = line.replaceAll("(?i)<START:[^>]+>", " ")
				.replaceAll("(?i)<END>", " ")
				.toLowerCase(Locale.ROOT)
				.trim()
				.split("\\s+");
			labels.forEach(label -> samples.add(new DocumentSample(label, tokens)));
		}
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
		try {
			return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters,
					new DoccatFactory(new FeatureGenerator[] { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2) }));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot train the warning-sign classifier", ex);
		}
	}

	DoccatModel model() {
		return model;
	}

	/** The warning sign the sentence is most likely about, when the model is confident enough. */
	Optional<Guess> guess(String[] lowerTokens) {
		if (model == null || lowerTokens.length == 0) {
			return Optional.empty();
		}
		DocumentCategorizerME classifier = categorizer.get();
		double[] probabilities = classifier.categorize(lowerTokens);
		int best = 0;
		for (int i = 1; i < probabilities.length; i++) {
			if (probabilities[i] > probabilities[best]) {
				best = i;
			}
		}
		String label = classifier.getCategory(best);
		if (NONE.equals(label) || probabilities[best] < MIN_PROBABILITY) {
			return Optional.empty();
		}
		return Optional.of(new Guess(label, probabilities[best]));
	}

}
