package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.nlp.LexiconData.Category;
import com.neckcheck.nlp.LexiconData.NearRule;
import com.neckcheck.nlp.PhraseIndex.Match;

/**
 * The first step of reading a sentence: the lexicon's phrases (by surface and by lemma, with one-typo
 * forgiveness), regions and sides inside longer phrases, the near rules, and the trained name finder's
 * guesses, put on the sentence's tokens as annotations.
 */
final class PhraseMatching {

	private static final Set<String> NOT_A_SIDE_AFTER_RIGHT = Set.of("now", "away", "after", "before", "there", "here",
		"then", "when", "as", "at", "in", "into", "through", "up", "down", "across", "over", "under", "below");

	/** "left me with whiplash", "left work": left as in leaving, by the word after it. */
	private static final Set<String> NOT_A_SIDE_AFTER_LEFT = Set.of("me", "him", "her", "us", "them", "it", "home", "work",
		"school", "with", "over", "behind", "early", "alone", "for", "a");

	/** "I left", "she has left": left as in leaving, by the word before it. */
	private static final Set<String> NOT_A_SIDE_BEFORE_LEFT = Set.of("i", "she", "he", "we", "they", "has", "have", "had",
		"just", "already", "never", "that", "which", "who");

	/** "it wouldn't come out right", "doesn't feel right", "not right": right as in correct. */
	private static final Set<String> NOT_A_SIDE_BEFORE_RIGHT = Set.of("all", "that's", "thats", "out", "feel", "feels",
		"felt", "not", "quite", "just", "you're", "youre", "you", "looks", "look", "sounds", "seem", "seems");

	private static final double GUESSED_SIGN_PROBABILITY = 0.9;

	/** Words too general to carry a warning sign on their own. */
	private static final Set<String> SAYS_NOTHING = Set.of("left", "right", "side", "sides", "both", "one", "each",
			"every", "time", "times", "felt", "feel", "feels", "feeling", "got", "get", "gets", "getting", "had", "has",
			"having", "was", "are", "the", "and", "but", "for", "keep", "kept", "can't", "cant", "don't", "dont", "still",
			"now", "day", "days", "week", "weeks", "today", "ive", "i've", "it's", "its", "i'm", "headache", "headaches",
			"head", "pain", "ache", "hurts", "bit", "lot", "thing", "things", "stuff", "tops", "living", "struggling",
			"normal", "usual", "really", "pretty", "quite");

	private static final Set<String> FUNCTION_WORDS = Set.of("when", "with", "that", "this", "then", "they", "them",
			"have", "from", "just", "like", "what", "will", "been", "were", "your", "into", "over", "after", "about",
			"there", "their", "which", "would", "could", "where", "while", "some", "much", "very", "really", "also");

	private final LexiconIndex index;

	private final FindingCatalogue catalogue;

	private final LexiconData data;

	private final SymptomNameFinder nameFinder;

	private final Sentence tokens;

	private String[] lemmas;

	PhraseMatching(LexiconIndex index, FindingCatalogue catalogue, LexiconData data, SymptomNameFinder nameFinder, Sentence tokens) {
		this.index = index;
		this.catalogue = catalogue;
		this.data = data;
		this.nameFinder = nameFinder;
		this.tokens = tokens;
	}

	/** Puts the annotations on the sentence's tokens: phrases, then regions inside them, near rules, names. */
	void match() {
		matchPhrases();
		matchRegionsInsidePhrases();
		matchNearRules();
		matchNames();
	}

	private void matchPhrases() {
		int i = 0;
		while (i < tokens.lower.length) {
			Match match = index.surface().longest(tokens.lower, i);
			if (match == null || match.tags().stream().noneMatch(t -> t instanceof Tag.FindingTag)) {
				Match byLemma = index.lemmaIndex().longest(lemmas(), i);
				if (byLemma != null && (match == null || byLemma.length() > match.length())) {
					match = byLemma;
				}
			}
			if (match == null) {
				String finding = index.typo(tokens.lower[i]);
				if (finding != null) {
					match = new Match(1, List.of(new Tag.FindingTag(finding)));
				}
			}
			if (match != null && isSideWordThatIsNot(match, i)) {
				match = null;
			}
			if (match == null) {
				i++;
				continue;
			}
			if (breaksBeforeALongerPhrase(match, i)) {
				// "hello, my daughter is pregnant": the comma ends the clause, and "my daughter" is still read
				tokens.annotations.add(new Annotation(i, i + 1, match.tags()));
				tokens.terminates[i] = true;
				i++;
				continue;
			}
			Annotation annotation = new Annotation(i, i + match.length(), match.tags());
			tokens.annotations.add(annotation);
			for (Tag tag : match.tags()) {
				if (tag instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.TERMINATE) {
					for (int k = annotation.from(); k < annotation.to(); k++) {
						tokens.terminates[k] = true;
					}
				}
			}
			i += match.length();
		}
	}

	/** A clause break that opens with a comma (", my") and would swallow the start of a longer phrase. */
	private boolean breaksBeforeALongerPhrase(Match match, int i) {
		if (!tokens.lower[i].equals(",") || match.length() < 2 || !match.tags().stream()
			.allMatch(t -> t instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.TERMINATE)) {
			return false;
		}
		Match next = index.surface().longest(tokens.lower, i + 1);
		return next != null && i + 1 + next.length() > i + match.length();
	}

	/**
	 * Regions and sides inside longer phrases ("starts at the base of my skull", "always on the left"),
	 * and regions with a side word inside them ("behind my right eye").
	 */
	private void matchRegionsInsidePhrases() {
		List<Annotation> inside = new ArrayList<>();
		for (Annotation annotation : tokens.annotations) {
			if (!annotation.has(Tag.FindingTag.class) || annotation.tags().stream()
				.anyMatch(t -> t instanceof Tag.FindingTag f && catalogue.isRedFlag(f.finding()))) {
				continue;
			}
			for (int k = annotation.from(); k < annotation.to(); k++) {
				Match drug = index.surface().longest(tokens.lower, k, annotation.to() - (k == annotation.from() ? 1 : 0));
				if (drug != null && drug.tags().stream().anyMatch(Tag.DrugTag.class::isInstance)) {
					// "maxalt helps" tells of relief and that maxalt is taken
					inside.add(new Annotation(k, k + drug.length(), drug.tags().stream().filter(Tag.DrugTag.class::isInstance).toList()));
				}
				Match match = index.regionIndex().longest(tokens.lower, k, annotation.to());
				if (match == null && (tokens.lower[k].equals("left") || tokens.lower[k].equals("right"))) {
					match = new Match(1, List.of(new Tag.SideTag(tokens.lower[k])));
				}
				if (match != null) {
					inside.add(new Annotation(k, k + match.length(), match.tags()));
					k += match.length() - 1;
				}
			}
		}
		tokens.annotations.addAll(inside);
		if (Arrays.stream(tokens.lower).noneMatch(t -> t.equals("left") || t.equals("right"))) {
			return;
		}
		inside.clear();
		boolean[] covered = new boolean[tokens.lower.length];
		tokens.annotations.stream().filter(a -> a.has(Tag.RegionTag.class) || a.has(Tag.FindingTag.class))
			.forEach(a -> Arrays.fill(covered, a.from(), a.to(), true));
		List<Integer> kept = new ArrayList<>();
		for (int k = 0; k < tokens.lower.length; k++) {
			if (!tokens.lower[k].equals("left") && !tokens.lower[k].equals("right")) {
				kept.add(k);
			}
		}
		String[] stripped = kept.stream().map(k -> tokens.lower[k]).toArray(String[]::new);
		for (int j = 0; j < stripped.length; j++) {
			Match match = index.regionIndex().longest(stripped, j);
			if (match == null) {
				continue;
			}
			int from = kept.get(j);
			int to = kept.get(j + match.length() - 1) + 1;
			if (to - from > match.length() && !covered[from] && !covered[to - 1]) {
				inside.add(new Annotation(from, to, match.tags()));
			}
			j += match.length() - 1;
		}
		tokens.annotations.addAll(inside);
	}

	/** "right now", "right away", "all right" are no side, and "to the left" is a direction. */
	private boolean isSideWordThatIsNot(Match match, int i) {
		if (!match.tags().stream().allMatch(t -> t instanceof Tag.SideTag)) {
			return false;
		}
		if (i >= 2 && tokens.lower[i - 1].equals("the") && (tokens.lower[i - 2].equals("to") || tokens.lower[i - 2].equals("towards"))) {
			return true;
		}
		if (match.length() != 1 || !tokens.lower[i].equals("right")) {
			return false;
		}
		if (match.length() == 1 && tokens.lower[i].equals("left")) {
			// "a car accident left me with whiplash", "I left work early": left as in leaving
			boolean sideBefore = i > 0 && Set.of("the", "my", "on", "right", "both", "to", "your", "her", "his").contains(tokens.lower[i - 1]);
			return !sideBefore && ((i + 1 < tokens.lower.length && NOT_A_SIDE_AFTER_LEFT.contains(tokens.lower[i + 1]))
					|| (i > 0 && NOT_A_SIDE_BEFORE_LEFT.contains(tokens.lower[i - 1])));
		}
		boolean sideBefore = i > 0 && Set.of("the", "my", "on", "left", "both", "to").contains(tokens.lower[i - 1]);
		boolean after = !sideBefore && i + 1 < tokens.lower.length && NOT_A_SIDE_AFTER_RIGHT.contains(tokens.lower[i + 1]);
		boolean before = i > 0 && NOT_A_SIDE_BEFORE_RIGHT.contains(tokens.lower[i - 1]);
		return after || before;
	}

	private String[] lemmas() {
		if (lemmas == null) {
			lemmas = index.lemmas(tokens.lower);
		}
		return lemmas;
	}

	/**
	 * A near rule may reuse words of another finding's phrase ("nerve block" ... "stopped them"), not its own.
	 * Rules are applied in file order, as the lexicon lists them.
	 */
	private void matchNearRules() {
		Map<Integer, Set<String>> usedFor = new HashMap<>();
		for (Annotation annotation : tokens.annotations) {
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.FindingTag f) {
					for (int k = annotation.from(); k < annotation.to(); k++) {
						usedFor.computeIfAbsent(k, key -> new HashSet<>(2)).add(f.finding());
					}
				}
			}
		}
		boolean[] pseudo = new boolean[tokens.lower.length];
		for (Annotation annotation : tokens.annotations) {
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.PSEUDO) {
					Arrays.fill(pseudo, annotation.from(), annotation.to(), true);
				}
			}
		}
		List<int[]> candidates = new ArrayList<>();
		for (int a = 0; a < tokens.lower.length; a++) {
			if (pseudo[a]) {
				continue;
			}
			for (int rule : index.nearRulesFor(tokens.lower[a])) {
				candidates.add(new int[] { rule, a });
			}
		}
		candidates.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
		for (int[] candidate : candidates) {
			NearRule rule = data.near().get(candidate[0]);
			int a = candidate[1];
			if (usedFor.getOrDefault(a, Set.of()).contains(rule.finding())) {
				continue;
			}
			for (int b = Math.max(0, a - rule.within()); b <= Math.min(tokens.lower.length - 1, a + rule.within()); b++) {
				if (b == a || pseudo[b] || !rule.near().contains(tokens.lower[b]) || usedFor.getOrDefault(b, Set.of()).contains(rule.finding())
						|| tokens.terminatedBetween(Math.min(a, b), Math.max(a, b))) {
					continue;
				}
				tokens.annotations.add(new Annotation(Math.min(a, b), Math.max(a, b) + 1, List.of(new Tag.FindingTag(rule.finding()))));
				usedFor.computeIfAbsent(a, key -> new HashSet<>(2)).add(rule.finding());
				usedFor.computeIfAbsent(b, key -> new HashSet<>(2)).add(rule.finding());
				break;
			}
		}
	}

	private void matchNames() {
		for (SymptomNameFinder.Found name : nameFinder.find(tokens.lower)) {
			if (!catalogue.contains(name.finding()) || !hasContentWord(name.from(), name.to())
					|| coversPseudo(name.from(), name.to())
					|| !saysSomething(name) || catalogue.isRedFlag(name.finding()) && !plausibleSign(name)) {
				continue;
			}
			boolean overlaps = tokens.annotations.stream()
				.anyMatch(a -> a.has(Tag.FindingTag.class) && a.from() < name.to() && name.from() < a.to());
			if (!overlaps) {
				Annotation guess = new Annotation(name.from(), name.to(), List.of(new Tag.FindingTag(name.finding())));
				tokens.annotations.add(guess);
				tokens.guessed.add(guess);
			}
		}
		tokens.annotations.sort((x, y) -> Integer.compare(x.from(), y.from()));
	}

	/** A warning sign the model alone found must be guessed confidently, and not hold its own denial. */
	private boolean plausibleSign(SymptomNameFinder.Found name) {
		return name.probability() >= GUESSED_SIGN_PROBABILITY && !swallowsAQualifier(name.from(), name.to());
	}

	/**
	 * What the model alone found must be told in words of its own: at least two words that say something
	 * ("the telly went smeary"), not a number, a side, a medicine's name ("panadol ok") or "i've had headaches".
	 */
	private boolean saysSomething(SymptomNameFinder.Found name) {
		int saying = 0;
		for (int k = name.from(); k < name.to(); k++) {
			String word = tokens.lower[k];
			if (word.length() >= 3 && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'')
					&& !FUNCTION_WORDS.contains(word) && !SAYS_NOTHING.contains(word)) {
				saying++;
			}
		}
		return saying >= 2;
	}

	/** "nothing new", "my mum's face dropped": a guessed span that holds its own denial or other person. */
	private boolean swallowsAQualifier(int from, int to) {
		return tokens.hasTrigger(from, to, Sentence.NOT_A_PLAIN_REPORT);
	}

	/** Words the context rules call look-alikes ("worst day ever", "blood pressure") are no finding to guess at. */
	private boolean coversPseudo(int from, int to) {
		return tokens.hasTrigger(from, to, EnumSet.of(Category.PSEUDO));
	}

	/** A name made only of short function words ("out of") is the model's guess at a fragment, not a finding. */
	private boolean hasContentWord(int from, int to) {
		for (int k = from; k < to; k++) {
			if (tokens.lower[k].length() >= 4 && !FUNCTION_WORDS.contains(tokens.lower[k])) {
				return true;
			}
		}
		return false;
	}

}
