package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.neckcheck.nlp.LexiconData.Category;

import opennlp.tools.util.Span;

/**
 * One sentence being read: its tokens, lower-cased, with their offsets in the whole message; the annotations
 * the phrase matching puts on them; and what every later step asks of the tokens (where a clause ends, how
 * far a trigger reaches, whether a word is said).
 */
final class Sentence {

	private static final Set<String> JOINERS = Set.of(",", "or", "and", "nor", "/", "&", "-");

	static final Set<Category> NOT_A_PLAIN_REPORT = EnumSet.of(Category.NEGATED, Category.OTHER,
			Category.HYPOTHETICAL, Category.HISTORICAL);

	/**
	 * Spans only the statistical name finder found: a warning sign among them is a guess at words no list
	 * holds, so it is heard as unsure and put to the visitor as its own question, never taken as a yes.
	 */
	final Set<Annotation> guessed = Collections.newSetFromMap(new IdentityHashMap<>());

	/** The whole message, which every offset indexes. */
	final String text;

	/** Where the sentence starts in {@link #text}. */
	final int offset;

	final String sentence;

	/** The tokens, lower-cased, and where each starts and ends in {@link #text}. */
	final String[] lower;

	final int[] starts;

	final int[] ends;

	/** For each token, the annotation it is part of when that counts as one unit of reach, else -1. */
	final int[] unitOf;

	/** Tokens that end a clause for the triggers (a TERMINATE rule, a comma before a new phrase). */
	final boolean[] terminates;

	final List<Annotation> annotations = new ArrayList<>();

	private String padded;

	Sentence(LanguageModels models, String text, int start, int end) {
		this.text = text;
		this.offset = start;
		this.sentence = text.substring(start, end);
		Span[] spans = models.tokenizer.tokenizePos(sentence);
		int n = spans.length;
		this.lower = new String[n];
		this.starts = new int[n];
		this.ends = new int[n];
		this.unitOf = new int[n];
		this.terminates = new boolean[n];
		for (int i = 0; i < n; i++) {
			starts[i] = start + spans[i].getStart();
			ends[i] = start + spans[i].getEnd();
			lower[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
		}
	}

	/** A finding, region or side phrase counts as one token of a trigger's reach. */
	void markUnits() {
		Arrays.fill(unitOf, -1);
		for (int a = 0; a < annotations.size(); a++) {
			Annotation annotation = annotations.get(a);
			if (!annotation.has(Tag.TriggerTag.class)) {
				for (int k = annotation.from(); k < annotation.to(); k++) {
					unitOf[k] = a;
				}
			}
		}
	}

	/** How many units (a word, or a whole phrase) lie between two tokens, joiners not counted. */
	int reach(int from, int to) {
		int units = 0;
		int lastUnit = -2;
		for (int k = from; k < to; k++) {
			if (unitOf[k] >= 0) {
				if (unitOf[k] != lastUnit) {
					units++;
					lastUnit = unitOf[k];
				}
			}
			else if (!JOINERS.contains(lower[k])) {
				units++;
				lastUnit = -2;
			}
		}
		return units;
	}

	boolean terminatedBetween(int from, int to) {
		for (int k = from; k < to; k++) {
			if (terminates[k]) {
				return true;
			}
		}
		return false;
	}

	/** The token at an offset of the message (the first when none is). */
	int tokenAt(int offset) {
		for (int k = 0; k < starts.length; k++) {
			if (offset >= starts[k] && offset < ends[k]) {
				return k;
			}
		}
		return 0;
	}

	/** Whether the sentence holds one of these words or phrases, whole. */
	boolean says(Set<String> words) {
		if (padded == null) {
			padded = " " + String.join(" ", lower) + " ";
		}
		return words.stream().anyMatch(w -> padded.contains(" " + w + " "));
	}

	/** A context trigger of one of these categories among the tokens from {@code from} to {@code to}. */
	boolean hasTrigger(int from, int to, Set<Category> categories) {
		return annotations.stream().anyMatch(a -> a.from() < to && from < a.to() && a.tags().stream()
			.anyMatch(t -> t instanceof Tag.TriggerTag trigger && categories.contains(trigger.rule().category())));
	}

}
