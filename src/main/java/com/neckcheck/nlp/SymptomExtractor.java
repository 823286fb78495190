package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;

import opennlp.tools.util.Span;

/**
 * Finds the findings in a visitor's message.
 *
 * <ol>
 * <li>OpenNLP splits sentences and tokens (with character offsets).</li>
 * <li>Phrases of the lexicon are matched longest-first on the lower-cased tokens; where none starts,
 * on lemmas (so "throbbed" finds "throb"), then with one typo allowed in a word of six letters or more.
 * Lemmas come from OpenNLP's POS tagger and lemmatizer through a bounded cache, since the statistical
 * lemmatizer costs tens of microseconds per token.</li>
 * <li>"Near" rules pair two words within a few tokens of one clause ("my left arm went numb").</li>
 * <li>The trained name finder adds spans the lexicon has no phrase for.</li>
 * <li>A sentence classifier, trained on the same corpus, guesses a warning sign told in words nobody listed;
 * the guess is only ever unsure, so the visitor is asked (see {@link WarningSignClassifier}).</li>
 * <li>ConText (Harkema 2009, after NegEx, Chapman 2001): each trigger of dialogs/context.yaml reaches
 * forward or backward over a few tokens, stopped by termination words; a list joined by commas and "or"
 * counts as one token, so "no fever, rash or stiff neck" negates all three. Someone else's and
 * hypothetical mentions are dropped; negated ones are absent, hedged ones uncertain; past ones are dropped
 * unless they are histories by nature, and a past red flag stays uncertain (red flags always win).</li>
 * <li>Side words attach to the nearest finding that carries a side; regions, numbers and medicines attach
 * to their findings.</li>
 * </ol>
 */
public final class SymptomExtractor implements SymptomReader {

	private final LanguageModels models;

	private final FindingCatalogue catalogue;

	private final LexiconData data;

	private final LexiconIndex index;

	private final NumberReader numbers;

	private final SymptomNameFinder nameFinder;

	private final WarningSignClassifier classifier;

	public SymptomExtractor(LanguageModels models, FindingCatalogue catalogue, LexiconData data) {
		this.models = models;
		this.catalogue = catalogue;
		this.data = data;
		this.index = new LexiconIndex(models, data);
		this.numbers = new NumberReader(data.numbers());
		this.nameFinder = SymptomNameFinder.forCorpus(data.trainingCorpus());
		this.classifier = WarningSignClassifier.forCorpus(data.trainingCorpus(),
				catalogue.ids().stream().filter(catalogue::isRedFlag).collect(Collectors.toSet()));
	}

	/** True when a reply opens like a correction ("no, it's the left side", "actually ..."). */
	@Override
	public boolean isCorrection(String text) {
		return index.isCorrection(text);
	}

	@Override
	public List<Mention> extract(String text) {
		List<Mention> mentions = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return mentions;
		}
		String normalized = LexiconIndex.normalize(text);
		int asked = -1;
		for (Span sentence : sentences(normalized)) {
			String words = normalized.substring(sentence.getStart(), sentence.getEnd()).strip();
			if (asked >= 0 && BARE_DENIALS.contains(words.toLowerCase(Locale.ROOT).replaceAll("[.!,]+$", ""))) {
				denyWhatWasAsked(mentions, asked);
			}
			int before = mentions.size();
			new SentenceReading(index, models, catalogue, data, numbers, nameFinder, classifier, normalized, sentence.getStart(),
					sentence.getEnd()).read(mentions);
			asked = words.endsWith("?") ? before : -1;
		}
		return mentions;
	}

	/** "worst ever? no. sudden? no.": the visitor's own question, answered at once. */
	private static final Set<String> BARE_DENIALS = Set.of("no", "nope", "nah", "never", "none",
			"not really", "no way", "negative", "not at all");

	/** What the visitor asked themselves and then denied is absent, not the unsure a question mark makes. */
	private static void denyWhatWasAsked(List<Mention> mentions, int from) {
		for (int i = from; i < mentions.size(); i++) {
			Mention m = mentions.get(i);
			if (m.finding().status() == FindingStatus.UNCERTAIN) {
				mentions.set(i, new Mention(m.finding().withStatus(FindingStatus.ABSENT), m.text(),
						m.start(), m.end()));
			}
		}
	}

	/** Sentences as OpenNLP finds them within each line: in a chat a line break ends a thought. */
	private List<Span> sentences(String text) {
		List<Span> spans = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			if (!line.isBlank()) {
				Span[] found = models.sentences.sentPosDetect(line);
				if (found.length == 0) {
					found = new Span[] { new Span(0, line.length()) };
				}
				for (Span span : found) {
					spans.add(new Span(lineStart + span.getStart(), lineStart + span.getEnd()));
				}
			}
			lineStart = lineEnd + 1;
		}
		return spans;
	}

}
