package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;

/**
 * Everything found in one sentence: phrases, near rules and names, their ConText status, and the sides,
 * regions, numbers and medicines attached to them (see {@link SymptomExtractor} for the steps).
 */
final class SentenceReading {

	private final LexiconData data;

	private final LexiconData.Roles roles;

	private final WarningSignClassifier classifier;

	private final Sentence tokens;

	private final PhraseMatching phrases;

	private final ContextStatus context;

	private final SideAndRegionAttachment places;

	private final NumberAttachment numbers;

	SentenceReading(LexiconIndex index, LanguageModels models, FindingCatalogue catalogue, LexiconData data,
			NumberReader numbers, SymptomNameFinder nameFinder, WarningSignClassifier classifier, String text, int start,
			int end) {
		this.data = data;
		this.roles = data.roles();
		this.classifier = classifier;
		this.tokens = new Sentence(models, text, start, end);
		this.phrases = new PhraseMatching(index, catalogue, data, nameFinder, tokens);
		this.context = new ContextStatus(catalogue, data, tokens);
		this.places = new SideAndRegionAttachment(catalogue, data, roles, context, tokens);
		this.numbers = new NumberAttachment(data, roles, numbers, context, tokens);
	}

	void read(List<Mention> out) {
		phrases.match();
		tokens.markUnits();
		List<Mention> found = new ArrayList<>();
		List<Annotation> sides = new ArrayList<>();
		List<Annotation> regions = new ArrayList<>();
		for (Annotation annotation : tokens.annotations) {
			FindingStatus status = null;
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.FindingTag f) {
					status = status != null ? status : context.status(annotation, f.finding());
					if (status != null) {
						found.add(context.mention(f.finding(), status, annotation));
					}
				}
				else if (tag instanceof Tag.SideTag && context.status(annotation, roles.side()) == FindingStatus.PRESENT) {
					sides.add(annotation);
				}
				else if (tag instanceof Tag.RegionTag && context.status(annotation, roles.regions()) == FindingStatus.PRESENT) {
					regions.add(annotation);
				}
				else if (tag instanceof Tag.DrugTag drug) {
					FindingStatus taken = context.status(annotation, data.classes().get(drug.drugClass()).takes());
					if (taken != null) {
						found.add(context.mention(data.classes().get(drug.drugClass()).takes(), taken, annotation));
					}
				}
			}
		}
		soften(found);
		becomeWith(found);
		places.attachSides(found, sides);
		places.attachRegions(found, regions);
		numbers.addNumbers(found);
		guessWarningSign(found);
		out.addAll(found);
	}

	/** A warning sign told together with what usually explains it (sight going funny with an aura) is unsure. */
	private void soften(List<Mention> found) {
		for (int m = 0; m < found.size(); m++) {
			Mention mention = found.get(m);
			Set<String> softeners = data.softenedBy().getOrDefault(mention.finding().id(), Set.of());
			boolean softened = mention.finding().status() == FindingStatus.PRESENT && found.stream()
				.anyMatch(f -> softeners.contains(f.finding().id()) && f.finding().status() != FindingStatus.ABSENT);
			if (softened) {
				found.set(m, new Mention(mention.finding().withStatus(FindingStatus.UNCERTAIN), mention.text(),
						mention.start(), mention.end()));
			}
		}
	}

	/** "when I stand up fast my vision goes grey": a finding told with these words is another. */
	private void becomeWith(List<Mention> found) {
		for (LexiconData.BecomesWith rule : data.becomesWith()) {
			if (!rule.with().stream().allMatch(tokens::says)) {
				continue;
			}
			if (found.stream().anyMatch(f -> f.finding().id().equals(rule.becomes()))) {
				// "when I stand up fast my vision goes grey for a few seconds": one cue, already heard as what it is
				found.removeIf(f -> f.finding().id().equals(rule.finding()));
				continue;
			}
			for (int m = 0; m < found.size(); m++) {
				Mention mention = found.get(m);
				if (mention.finding().id().equals(rule.finding())) {
					found.set(m, new Mention(new Finding(rule.becomes(), mention.finding().status(), null, null, null, null),
							mention.text(), mention.start(), mention.end()));
				}
			}
		}
	}

	/**
	 * A warning sign told in words no list holds, as the sentence classifier hears it: noted as unsure (so
	 * the visitor is asked), quoting the sentence, and only when nothing in the sentence says it is denied,
	 * someone else's, a worry or the past, and the sign was not already read from the words.
	 */
	private void guessWarningSign(List<Mention> found) {
		if (classifier == null) {
			return;
		}
		Optional<WarningSignClassifier.Guess> guess = classifier.guess(tokens.lower);
		if (guess.isEmpty()) {
			return;
		}
		String id = guess.get().finding();
		boolean read = tokens.annotations.stream().anyMatch(a -> a.tags().stream()
			.anyMatch(t -> t instanceof Tag.FindingTag f && f.finding().equals(id)));
		boolean qualified = tokens.hasTrigger(0, tokens.lower.length, Sentence.NOT_A_PLAIN_REPORT);
		// a blind spot told beside the aura is the aura: only the visitor can say if this time was different
		Set<String> softeners = data.softenedBy().getOrDefault(id, Set.of());
		boolean softened = found.stream()
			.anyMatch(m -> softeners.contains(m.finding().id()) && m.finding().status() != FindingStatus.ABSENT);
		if (read || qualified || softened || found.stream().anyMatch(m -> m.finding().id().equals(id))) {
			return;
		}
		int start = tokens.starts[0];
		int end = tokens.ends[tokens.lower.length - 1];
		found.add(new Mention(new Finding(id, FindingStatus.UNCERTAIN, null, null, null, null), tokens.text.substring(start, end),
				start, end));
	}

}
