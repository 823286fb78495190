package com.neckcheck.nlp;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.nlp.LexiconData.Category;
import com.neckcheck.nlp.LexiconData.ContextRule;
import com.neckcheck.nlp.LexiconData.Direction;

/**
 * ConText for one sentence: whether a finding told in it is the visitor's present experience, denied,
 * unsure, past, someone else's or a worry, from the triggers around it and how far each reaches.
 */
final class ContextStatus {

	private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "im", "me", "my", "myself", "i've", "ive",
			"i'd", "i'll", "mine");

	private final FindingCatalogue catalogue;

	private final LexiconData data;

	private final Sentence tokens;

	ContextStatus(FindingCatalogue catalogue, LexiconData data, Sentence tokens) {
		this.catalogue = catalogue;
		this.data = data;
		this.tokens = tokens;
	}

	/** The ConText status of a mention: null when it is not the visitor's present experience. */
	FindingStatus status(Annotation mention, String finding) {
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (Annotation annotation : tokens.annotations) {
			for (Tag tag : annotation.tags()) {
				if (!(tag instanceof Tag.TriggerTag trigger) || annotation == mention) {
					continue;
				}
				ContextRule rule = trigger.rule();
				if (rule.category() == Category.PSEUDO || rule.category() == Category.TERMINATE) {
					continue;
				}
				boolean before = annotation.to() <= mention.from() && rule.direction() != Direction.BACKWARD
						&& tokens.reach(annotation.to(), mention.from()) < rule.scope()
						&& !tokens.terminatedBetween(annotation.to(), mention.from())
						&& !(rule.category() == Category.OTHER && backToTheVisitor(annotation.to(), mention.from()));
				boolean after = annotation.from() >= mention.to() && rule.direction() != Direction.FORWARD
						&& tokens.reach(mention.to(), annotation.from()) < rule.scope()
						&& !tokens.terminatedBetween(mention.to(), annotation.from())
						// "I had a fever and my mum has the flu": the visitor is the subject of the fever
						&& !(rule.category() == Category.OTHER && backToTheVisitor(Math.max(0, mention.from() - 6), mention.from()))
						// "jarred my neck on the trampoline with my kids": the visitor's own words name whose it is
						&& !(rule.category() == Category.OTHER && backToTheVisitor(mention.from(), mention.to()));
				boolean inside = annotation.from() > mention.from() && annotation.to() < mention.to();
				// "her face dropped": someone else's words that overlap the mention are about someone else
				boolean overlapping = annotation.from() < mention.to() && mention.from() < annotation.to()
						&& (rule.category() == Category.OTHER || rule.category() == Category.HYPOTHETICAL);
				if (before || after || inside || overlapping) {
					categories.add(rule.category());
				}
			}
		}
		if (data.aboutOthers().contains(finding)) {
			categories.remove(Category.OTHER);
			if (!negatedInsideOrAfter(mention)) {
				categories.remove(Category.NEGATED);
			}
		}
		if (categories.contains(Category.OTHER) || categories.contains(Category.HYPOTHETICAL)) {
			return null;
		}
		if (categories.contains(Category.NEGATED)) {
			// "I'm not a headache person" tells of a new headache, not that there is none
			return data.neverDenied().contains(finding) ? null : FindingStatus.ABSENT;
		}
		if (categories.contains(Category.HISTORICAL) && !data.historyFindings().contains(finding)) {
			if (catalogue.isRedFlag(finding) && !data.historicalIgnoredRedFlags().contains(finding)) {
				return FindingStatus.UNCERTAIN;
			}
			return null;
		}
		return categories.contains(Category.UNCERTAIN) ? FindingStatus.UNCERTAIN : FindingStatus.PRESENT;
	}

	/**
	 * "my husband drove me in because my face drooped": once the visitor speaks of themselves again, someone
	 * else's story has ended, however near the words.
	 */
	private boolean backToTheVisitor(int from, int to) {
		for (int k = from; k < to; k++) {
			if (FIRST_PERSON.contains(tokens.lower[k]) && !insideTrigger(k)) {
				return true;
			}
		}
		return false;
	}

	private boolean insideTrigger(int k) {
		return tokens.annotations.stream().anyMatch(a -> a.from() <= k && k < a.to() && a.has(Tag.TriggerTag.class));
	}

	/**
	 * Words that can name a warning sign but often mean something else ("confused about which clinic", "my
	 * arm fell asleep") are heard as unsure, so that the sign is asked about on its own.
	 */
	private boolean ambiguous(String finding, Annotation annotation) {
		Set<String> words = data.hearAsUnsure().get(finding);
		if (words == null) {
			return false;
		}
		String whole = String.join(" ", Arrays.copyOfRange(tokens.lower, annotation.from(), annotation.to()));
		return words.contains(whole) || words.contains(tokens.lower[annotation.from()]) || words.contains(tokens.lower[annotation.to() - 1]);
	}

	/** Two words for the same sign in one sentence ("confused and so drowsy") are no longer ambiguous. */
	private boolean saidTwice(String finding, Annotation annotation) {
		return tokens.annotations.stream().anyMatch(other -> other != annotation && other.tags().stream()
			.anyMatch(t -> t instanceof Tag.FindingTag f && f.finding().equals(finding)));
	}

	/** Findings about other people carry their own subject: only a negation inside or after them denies them. */
	private boolean negatedInsideOrAfter(Annotation mention) {
		for (Annotation annotation : tokens.annotations) {
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.NEGATED
						&& annotation.from() >= mention.from() && annotation.from() < mention.to() + 4
						&& !tokens.terminatedBetween(mention.to(), Math.max(mention.to(), annotation.from()))) {
					return true;
				}
			}
		}
		return false;
	}

	Mention mention(String finding, FindingStatus status, Annotation annotation) {
		boolean guessedSign = tokens.guessed.contains(annotation) && catalogue.isRedFlag(finding);
		if (status == FindingStatus.PRESENT && (guessedSign || ambiguous(finding, annotation) && !saidTwice(finding, annotation))) {
			status = FindingStatus.UNCERTAIN;
		}
		int start = tokens.starts[annotation.from()];
		int end = tokens.ends[annotation.to() - 1];
		return new Mention(new Finding(finding, status, null, null, null, null), tokens.text.substring(start, end), start, end);
	}

}
