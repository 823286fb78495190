package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingCatalogue.Carries;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.nlp.LexiconData.Category;
import com.neckcheck.nlp.LexiconData.ContextRule;
import com.neckcheck.nlp.LexiconData.Direction;
import com.neckcheck.nlp.LexiconData.NearRule;
import com.neckcheck.nlp.PhraseIndex.Match;

import opennlp.tools.util.Span;

/**
 * Everything found in one sentence: phrases, near rules and names, their ConText status, and the sides,
 * regions, numbers and medicines attached to them (see {@link SymptomExtractor} for the steps).
 */
final class SentenceReading {

	private static final int SIDE_REACH = 6;

	private static final Set<String> JOINERS = Set.of(",", "or", "and", "nor", "/", "&", "-");

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


	private final LexiconIndex index;

	private final FindingCatalogue catalogue;

	private final LexiconData data;

	private final LexiconData.Roles roles;

	private final NumberReader numbers;

	private final SymptomNameFinder nameFinder;

	private final WarningSignClassifier classifier;

	/**
	 * Spans only the statistical name finder found: a warning sign among them is a guess at words no list
	 * holds, so it is heard as unsure and put to the visitor as its own question, never taken as a yes.
	 */
	private final Set<Annotation> guessed = Collections.newSetFromMap(new IdentityHashMap<>());

	private final String text;

	private final int offset;

	private final String sentence;

	private final String[] lower;

	private final int[] starts;

	private final int[] ends;

	private final int[] unitOf;

	private final boolean[] terminates;

	private final List<Annotation> annotations = new ArrayList<>();

	private String[] lemmas;

	private List<NumberReader.Hit> hits = List.of();

	private String padded;

	SentenceReading(LexiconIndex index, LanguageModels models, FindingCatalogue catalogue, LexiconData data,
			NumberReader numbers, SymptomNameFinder nameFinder, WarningSignClassifier classifier, String text, int start,
			int end) {
		this.index = index;
		this.catalogue = catalogue;
		this.data = data;
		this.roles = data.roles();
		this.numbers = numbers;
		this.nameFinder = nameFinder;
		this.classifier = classifier;
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

	void read(List<Mention> out) {
		matchPhrases();
		matchRegionsInsidePhrases();
		matchNearRules();
		matchNames();
		markUnits();
		List<Mention> found = new ArrayList<>();
		List<Annotation> sides = new ArrayList<>();
		List<Annotation> regions = new ArrayList<>();
		for (Annotation annotation : annotations) {
			FindingStatus status = null;
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.FindingTag f) {
					status = status != null ? status : status(annotation, f.finding());
					if (status != null) {
						found.add(mention(f.finding(), status, annotation));
					}
				}
				else if (tag instanceof Tag.SideTag && status(annotation, roles.side()) == FindingStatus.PRESENT) {
					sides.add(annotation);
				}
				else if (tag instanceof Tag.RegionTag && status(annotation, roles.regions()) == FindingStatus.PRESENT) {
					regions.add(annotation);
				}
				else if (tag instanceof Tag.DrugTag drug) {
					FindingStatus taken = status(annotation, data.classes().get(drug.drugClass()).takes());
					if (taken != null) {
						found.add(mention(data.classes().get(drug.drugClass()).takes(), taken, annotation));
					}
				}
			}
		}
		soften(found);
		becomeWith(found);
		attachSides(found, sides);
		attachRegions(found, regions);
		addNumbers(found);
		guessWarningSign(found);
		out.addAll(found);
	}

	private void matchPhrases() {
		int i = 0;
		while (i < lower.length) {
			Match match = index.surface().longest(lower, i);
			if (match == null || match.tags().stream().noneMatch(t -> t instanceof Tag.FindingTag)) {
				Match byLemma = index.lemmaIndex().longest(lemmas(), i);
				if (byLemma != null && (match == null || byLemma.length() > match.length())) {
					match = byLemma;
				}
			}
			if (match == null) {
				String finding = index.typo(lower[i]);
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
				annotations.add(new Annotation(i, i + 1, match.tags()));
				terminates[i] = true;
				i++;
				continue;
			}
			Annotation annotation = new Annotation(i, i + match.length(), match.tags());
			annotations.add(annotation);
			for (Tag tag : match.tags()) {
				if (tag instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.TERMINATE) {
					for (int k = annotation.from(); k < annotation.to(); k++) {
						terminates[k] = true;
					}
				}
			}
			i += match.length();
		}
	}

	/** A clause break that opens with a comma (", my") and would swallow the start of a longer phrase. */
	private boolean breaksBeforeALongerPhrase(Match match, int i) {
		if (!lower[i].equals(",") || match.length() < 2 || !match.tags().stream()
			.allMatch(t -> t instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.TERMINATE)) {
			return false;
		}
		Match next = index.surface().longest(lower, i + 1);
		return next != null && i + 1 + next.length() > i + match.length();
	}

	/**
	 * Regions and sides inside longer phrases ("starts at the base of my skull", "always on the left"),
	 * and regions with a side word inside them ("behind my right eye").
	 */
	private void matchRegionsInsidePhrases() {
		List<Annotation> inside = new ArrayList<>();
		for (Annotation annotation : annotations) {
			if (!annotation.has(Tag.FindingTag.class) || annotation.tags().stream()
				.anyMatch(t -> t instanceof Tag.FindingTag f && catalogue.isRedFlag(f.finding()))) {
				continue;
			}
			for (int k = annotation.from(); k < annotation.to(); k++) {
				Match drug = index.surface().longest(lower, k, annotation.to() - (k == annotation.from() ? 1 : 0));
				if (drug != null && drug.tags().stream().anyMatch(Tag.DrugTag.class::isInstance)) {
					// "maxalt helps" tells of relief and that maxalt is taken
					inside.add(new Annotation(k, k + drug.length(), drug.tags().stream().filter(Tag.DrugTag.class::isInstance).toList()));
				}
				Match match = index.regionIndex().longest(lower, k, annotation.to());
				if (match == null && (lower[k].equals("left") || lower[k].equals("right"))) {
					match = new Match(1, List.of(new Tag.SideTag(lower[k])));
				}
				if (match != null) {
					inside.add(new Annotation(k, k + match.length(), match.tags()));
					k += match.length() - 1;
				}
			}
		}
		annotations.addAll(inside);
		if (Arrays.stream(lower).noneMatch(t -> t.equals("left") || t.equals("right"))) {
			return;
		}
		inside.clear();
		boolean[] covered = new boolean[lower.length];
		annotations.stream().filter(a -> a.has(Tag.RegionTag.class) || a.has(Tag.FindingTag.class))
			.forEach(a -> Arrays.fill(covered, a.from(), a.to(), true));
		List<Integer> kept = new ArrayList<>();
		for (int k = 0; k < lower.length; k++) {
			if (!lower[k].equals("left") && !lower[k].equals("right")) {
				kept.add(k);
			}
		}
		String[] stripped = kept.stream().map(k -> lower[k]).toArray(String[]::new);
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
		annotations.addAll(inside);
	}

	/** "right now", "right away", "all right" are no side, and "to the left" is a direction. */
	private boolean isSideWordThatIsNot(Match match, int i) {
		if (!match.tags().stream().allMatch(t -> t instanceof Tag.SideTag)) {
			return false;
		}
		if (i >= 2 && lower[i - 1].equals("the") && (lower[i - 2].equals("to") || lower[i - 2].equals("towards"))) {
			return true;
		}
		if (match.length() != 1 || !lower[i].equals("right")) {
			return false;
		}
		if (match.length() == 1 && lower[i].equals("left")) {
			// "a car accident left me with whiplash", "I left work early": left as in leaving
			boolean sideBefore = i > 0 && Set.of("the", "my", "on", "right", "both", "to", "your", "her", "his").contains(lower[i - 1]);
			return !sideBefore && ((i + 1 < lower.length && NOT_A_SIDE_AFTER_LEFT.contains(lower[i + 1]))
					|| (i > 0 && NOT_A_SIDE_BEFORE_LEFT.contains(lower[i - 1])));
		}
		boolean sideBefore = i > 0 && Set.of("the", "my", "on", "left", "both", "to").contains(lower[i - 1]);
		boolean after = !sideBefore && i + 1 < lower.length && NOT_A_SIDE_AFTER_RIGHT.contains(lower[i + 1]);
		boolean before = i > 0 && NOT_A_SIDE_BEFORE_RIGHT.contains(lower[i - 1]);
		return after || before;
	}

	private String[] lemmas() {
		if (lemmas == null) {
			lemmas = index.lemmas(lower);
		}
		return lemmas;
	}

	/**
	 * A near rule may reuse words of another finding's phrase ("nerve block" ... "stopped them"), not its own.
	 * Rules are applied in file order, as the lexicon lists them.
	 */
	private void matchNearRules() {
		Map<Integer, Set<String>> usedFor = new HashMap<>();
		for (Annotation annotation : annotations) {
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.FindingTag f) {
					for (int k = annotation.from(); k < annotation.to(); k++) {
						usedFor.computeIfAbsent(k, key -> new HashSet<>(2)).add(f.finding());
					}
				}
			}
		}
		boolean[] pseudo = new boolean[lower.length];
		for (Annotation annotation : annotations) {
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.PSEUDO) {
					Arrays.fill(pseudo, annotation.from(), annotation.to(), true);
				}
			}
		}
		List<int[]> candidates = new ArrayList<>();
		for (int a = 0; a < lower.length; a++) {
			if (pseudo[a]) {
				continue;
			}
			for (int rule : index.nearRulesFor(lower[a])) {
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
			for (int b = Math.max(0, a - rule.within()); b <= Math.min(lower.length - 1, a + rule.within()); b++) {
				if (b == a || pseudo[b] || !rule.near().contains(lower[b]) || usedFor.getOrDefault(b, Set.of()).contains(rule.finding())
						|| terminatedBetween(Math.min(a, b), Math.max(a, b))) {
					continue;
				}
				annotations.add(new Annotation(Math.min(a, b), Math.max(a, b) + 1, List.of(new Tag.FindingTag(rule.finding()))));
				usedFor.computeIfAbsent(a, key -> new HashSet<>(2)).add(rule.finding());
				usedFor.computeIfAbsent(b, key -> new HashSet<>(2)).add(rule.finding());
				break;
			}
		}
	}

	private void matchNames() {
		for (SymptomNameFinder.Found name : nameFinder.find(lower)) {
			if (!catalogue.contains(name.finding()) || !hasContentWord(name.from(), name.to())
					|| coversPseudo(name.from(), name.to())
					|| !saysSomething(name) || catalogue.isRedFlag(name.finding()) && !plausibleSign(name)) {
				continue;
			}
			boolean overlaps = annotations.stream()
				.anyMatch(a -> a.has(Tag.FindingTag.class) && a.from() < name.to() && name.from() < a.to());
			if (!overlaps) {
				Annotation guess = new Annotation(name.from(), name.to(), List.of(new Tag.FindingTag(name.finding())));
				annotations.add(guess);
				guessed.add(guess);
			}
		}
		annotations.sort((x, y) -> Integer.compare(x.from(), y.from()));
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
			String word = lower[k];
			if (word.length() >= 3 && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'')
					&& !FUNCTION_WORDS.contains(word) && !SAYS_NOTHING.contains(word)) {
				saying++;
			}
		}
		return saying >= 2;
	}

	private static final double GUESSED_SIGN_PROBABILITY = 0.9;

	/** "nothing new", "my mum's face dropped": a guessed span that holds its own denial or other person. */
	private boolean swallowsAQualifier(int from, int to) {
		return hasTrigger(from, to, NOT_A_PLAIN_REPORT);
	}

	/** A context trigger of one of these categories among the tokens from {@code from} to {@code to}. */
	private boolean hasTrigger(int from, int to, Set<Category> categories) {
		return annotations.stream().anyMatch(a -> a.from() < to && from < a.to() && a.tags().stream()
			.anyMatch(t -> t instanceof Tag.TriggerTag trigger && categories.contains(trigger.rule().category())));
	}

	/** Words too general to carry a warning sign on their own. */
	private static final Set<String> SAYS_NOTHING = Set.of("left", "right", "side", "sides", "both", "one", "each",
			"every", "time", "times", "felt", "feel", "feels", "feeling", "got", "get", "gets", "getting", "had", "has",
			"having", "was", "are", "the", "and", "but", "for", "keep", "kept", "can't", "cant", "don't", "dont", "still",
			"now", "day", "days", "week", "weeks", "today", "ive", "i've", "it's", "its", "i'm", "headache", "headaches",
			"head", "pain", "ache", "hurts", "bit", "lot", "thing", "things", "stuff", "tops", "living", "struggling",
			"normal", "usual", "really", "pretty", "quite");

	/**
	 * A warning sign told in words no list holds, as the sentence classifier hears it: noted as unsure (so
	 * the visitor is asked), quoting the sentence, and only when nothing in the sentence says it is denied,
	 * someone else's, a worry or the past, and the sign was not already read from the words.
	 */
	private void guessWarningSign(List<Mention> found) {
		if (classifier == null) {
			return;
		}
		Optional<WarningSignClassifier.Guess> guess = classifier.guess(lower);
		if (guess.isEmpty()) {
			return;
		}
		String id = guess.get().finding();
		boolean read = annotations.stream().anyMatch(a -> a.tags().stream()
			.anyMatch(t -> t instanceof Tag.FindingTag f && f.finding().equals(id)));
		boolean qualified = hasTrigger(0, lower.length, NOT_A_PLAIN_REPORT);
		// a blind spot told beside the aura is the aura: only the visitor can say if this time was different
		Set<String> softeners = data.softenedBy().getOrDefault(id, Set.of());
		boolean softened = found.stream()
			.anyMatch(m -> softeners.contains(m.finding().id()) && m.finding().status() != FindingStatus.ABSENT);
		if (read || qualified || softened || found.stream().anyMatch(m -> m.finding().id().equals(id))) {
			return;
		}
		int start = starts[0];
		int end = ends[lower.length - 1];
		found.add(new Mention(new Finding(id, FindingStatus.UNCERTAIN, null, null, null, null), text.substring(start, end),
				start, end));
	}

	private static final Set<Category> NOT_A_PLAIN_REPORT = EnumSet.of(Category.NEGATED, Category.OTHER,
			Category.HYPOTHETICAL, Category.HISTORICAL);

	/** Words the context rules call look-alikes ("worst day ever", "blood pressure") are no finding to guess at. */
	private boolean coversPseudo(int from, int to) {
		return hasTrigger(from, to, EnumSet.of(Category.PSEUDO));
	}

	/** A name made only of short function words ("out of") is the model's guess at a fragment, not a finding. */
	private boolean hasContentWord(int from, int to) {
		for (int k = from; k < to; k++) {
			if (lower[k].length() >= 4 && !FUNCTION_WORDS.contains(lower[k])) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> FUNCTION_WORDS = Set.of("when", "with", "that", "this", "then", "they", "them",
			"have", "from", "just", "like", "what", "will", "been", "were", "your", "into", "over", "after", "about",
			"there", "their", "which", "would", "could", "where", "while", "some", "much", "very", "really", "also");

	/** A finding, region or side phrase counts as one token of a trigger's reach. */
	private void markUnits() {
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

	private int reach(int from, int to) {
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

	private boolean terminatedBetween(int from, int to) {
		for (int k = from; k < to; k++) {
			if (terminates[k]) {
				return true;
			}
		}
		return false;
	}

	/** The ConText status of a mention: null when it is not the visitor's present experience. */
	private FindingStatus status(Annotation mention, String finding) {
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (Annotation annotation : annotations) {
			for (Tag tag : annotation.tags()) {
				if (!(tag instanceof Tag.TriggerTag trigger) || annotation == mention) {
					continue;
				}
				ContextRule rule = trigger.rule();
				if (rule.category() == Category.PSEUDO || rule.category() == Category.TERMINATE) {
					continue;
				}
				boolean before = annotation.to() <= mention.from() && rule.direction() != Direction.BACKWARD
						&& reach(annotation.to(), mention.from()) < rule.scope()
						&& !terminatedBetween(annotation.to(), mention.from())
						&& !(rule.category() == Category.OTHER && backToTheVisitor(annotation.to(), mention.from()));
				boolean after = annotation.from() >= mention.to() && rule.direction() != Direction.FORWARD
						&& reach(mention.to(), annotation.from()) < rule.scope()
						&& !terminatedBetween(mention.to(), annotation.from())
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
			if (FIRST_PERSON.contains(lower[k]) && !insideTrigger(k)) {
				return true;
			}
		}
		return false;
	}

	private boolean insideTrigger(int k) {
		return annotations.stream().anyMatch(a -> a.from() <= k && k < a.to() && a.has(Tag.TriggerTag.class));
	}

	private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "im", "me", "my", "myself", "i've", "ive",
			"i'd", "i'll", "mine");

	/**
	 * Words that can name a warning sign but often mean something else ("confused about which clinic", "my
	 * arm fell asleep") are heard as unsure, so that the sign is asked about on its own.
	 */
	private boolean ambiguous(String finding, Annotation annotation) {
		Set<String> words = data.hearAsUnsure().get(finding);
		if (words == null) {
			return false;
		}
		String whole = String.join(" ", Arrays.copyOfRange(lower, annotation.from(), annotation.to()));
		return words.contains(whole) || words.contains(lower[annotation.from()]) || words.contains(lower[annotation.to() - 1]);
	}

	/** Two words for the same sign in one sentence ("confused and so drowsy") are no longer ambiguous. */
	private boolean saidTwice(String finding, Annotation annotation) {
		return annotations.stream().anyMatch(other -> other != annotation && other.tags().stream()
			.anyMatch(t -> t instanceof Tag.FindingTag f && f.finding().equals(finding)));
	}

	/** Findings about other people carry their own subject: only a negation inside or after them denies them. */
	private boolean negatedInsideOrAfter(Annotation mention) {
		for (Annotation annotation : annotations) {
			for (Tag tag : annotation.tags()) {
				if (tag instanceof Tag.TriggerTag trigger && trigger.rule().category() == Category.NEGATED
						&& annotation.from() >= mention.from() && annotation.from() < mention.to() + 4
						&& !terminatedBetween(mention.to(), Math.max(mention.to(), annotation.from()))) {
					return true;
				}
			}
		}
		return false;
	}

	private Mention mention(String finding, FindingStatus status, Annotation annotation) {
		boolean guessedSign = guessed.contains(annotation) && catalogue.isRedFlag(finding);
		if (status == FindingStatus.PRESENT && (guessedSign || ambiguous(finding, annotation) && !saidTwice(finding, annotation))) {
			status = FindingStatus.UNCERTAIN;
		}
		int start = starts[annotation.from()];
		int end = ends[annotation.to() - 1];
		return new Mention(new Finding(finding, status, null, null, null, null), text.substring(start, end), start, end);
	}

	private void attachSides(List<Mention> found, List<Annotation> sides) {
		for (int m = 0; m < found.size(); m++) {
			Mention mention = found.get(m);
			String id = mention.finding().id();
			if (!catalogue.carries(id, Carries.SIDE) || mention.finding().status() == FindingStatus.ABSENT) {
				continue;
			}
			String side = sideWithin(mention);
			if (side == null) {
				side = nearestSide(mention, sides);
			}
			if (side != null) {
				found.set(m, with(mention, side, null, null));
			}
		}
		boolean aboutTheBody = found.stream().anyMatch(f -> roles.sidedBody().contains(f.finding().id())
				|| data.isMedication(f.finding().id()));
		if (!sides.isEmpty() && !aboutTheBody && found.stream().noneMatch(f -> f.finding().id().equals(roles.side()))) {
			Annotation first = correctedBetween(sides.get(0), sides.get(sides.size() - 1)) ? sides.get(sides.size() - 1)
					: sides.get(0);
			String side = ((Tag.SideTag) first.tags().stream().filter(Tag.SideTag.class::isInstance).findFirst()
				.orElseThrow()).side();
			if (switchesSides(sides)) {
				side = "alternating";
			}
			Mention mention = mention(roles.side(), FindingStatus.PRESENT, first);
			found.add(with(mention, side, null, null));
		}
	}

	/** "normally the left but sometimes the right": both sides, one at a time. */
	private boolean switchesSides(List<Annotation> sides) {
		Set<String> named = new HashSet<>();
		for (Annotation a : sides) {
			a.tags().stream().filter(Tag.SideTag.class::isInstance).map(t -> ((Tag.SideTag) t).side()).forEach(named::add);
		}
		return named.contains("left") && named.contains("right") && says(SWITCHING);
	}

	private static final Set<String> SWITCHING = Set.of("sometimes", "other times", "either", "occasionally",
			"varies", "switches", "changes");

	/** "on the left, no wait, right": a correction between two sides leaves the later one. */
	private boolean correctedBetween(Annotation first, Annotation last) {
		if (first == last) {
			return false;
		}
		String between = " " + String.join(" ", Arrays.copyOfRange(lower, first.to(), last.from())) + " ";
		return data.corrections().stream()
			.map(c -> " " + c.replace(",", " ,").strip() + " ")
			.anyMatch(between::contains) || between.contains(" wait ") || between.contains(" i mean ");
	}

	private String sideWithin(Mention mention) {
		for (int k = 0; k < lower.length; k++) {
			if (starts[k] >= mention.start() && ends[k] <= mention.end()
					&& (lower[k].equals("left") || lower[k].equals("right"))) {
				return lower[k];
			}
		}
		return null;
	}

	private String nearestSide(Mention mention, List<Annotation> sides) {
		int from = tokenAt(mention.start());
		int to = tokenAt(mention.end() - 1) + 1;
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Annotation side : sides) {
			int distance = side.from() >= to ? side.from() - to : from - side.to();
			int lo = Math.min(side.to(), to);
			int hi = Math.max(side.from(), from);
			if (distance >= 0 && distance <= SIDE_REACH && distance < bestDistance && !terminatedBetween(Math.min(lo, hi), Math.max(lo, hi))) {
				bestDistance = distance;
				best = ((Tag.SideTag) side.tags().stream().filter(Tag.SideTag.class::isInstance).findFirst().orElseThrow()).side();
			}
		}
		return best;
	}

	private int tokenAt(int offset) {
		for (int k = 0; k < starts.length; k++) {
			if (offset >= starts[k] && offset < ends[k]) {
				return k;
			}
		}
		return 0;
	}

	private void attachRegions(List<Mention> found, List<Annotation> regions) {
		boolean aboutAWarningSign = found.stream().anyMatch(f -> catalogue.isRedFlag(f.finding().id()));
		if (regions.isEmpty() || (aboutAWarningSign && !says(data.painWords()))) {
			// "my hands and face are puffy" names places, not where it hurts
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Annotation region : regions) {
			region.tags().stream().filter(Tag.RegionTag.class::isInstance).map(t -> ((Tag.RegionTag) t).region())
				.forEach(ids::add);
		}
		List<String> list = List.copyOf(ids);
		for (int m = 0; m < found.size(); m++) {
			Mention mention = found.get(m);
			if (catalogue.carries(mention.finding().id(), Carries.REGIONS)
					&& mention.finding().status() != FindingStatus.ABSENT) {
				found.set(m, with(mention, mention.finding().side(), list, null));
			}
		}
		regions.sort((x, y) -> Integer.compare(x.from(), y.from()));
		Annotation first = regions.get(0);
		Annotation last = regions.get(regions.size() - 1);
		int start = starts[first.from()];
		int end = ends[last.to() - 1];
		found.add(new Mention(new Finding(roles.regions(), FindingStatus.PRESENT, null, list, null, null),
				text.substring(start, end), start, end));
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
			if (!rule.with().stream().allMatch(this::says)) {
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

	/** A body temperature at or above the lexicon's fever reading is the visitor's fever, in ConText. */
	private void addTemperature(List<Mention> found, NumberReader.Hit hit) {
		LexiconData.Temperature fever = data.temperature();
		boolean feverish = fever != null && hit.value() >= (hit.kind() == NumberReader.Kind.FAHRENHEIT ? fever.fahrenheit()
				: fever.celsius());
		if (feverish) {
			addReading(found, hit, fever.finding());
		}
	}

	/** A reading's finding, with the ConText status of the words around the reading. */
	private void addReading(List<Mention> found, NumberReader.Hit hit, String finding) {
		Annotation reading = new Annotation(tokenAt(hit.start()), tokenAt(hit.end() - 1) + 1, List.of());
		FindingStatus status = status(reading, finding);
		if (status != null) {
			found.add(new Mention(new Finding(finding, status, null, null, null, null),
					text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
		}
	}

	/** A blood pressure reading at or above a level of the lexicon is a reading of that level, in ConText. */
	private void addBloodPressure(List<Mention> found, NumberReader.Hit hit) {
		for (LexiconData.BloodPressure level : data.bloodPressure()) {
			if (hit.value() >= level.systolic() || hit.second() >= level.diastolic()) {
				addReading(found, hit, level.finding());
			}
		}
	}

	/**
	 * Weeks of pregnancy are a pregnancy; a birth within the lexicon's weeks is the time after birth, and a
	 * birth longer ago is not ("had my baby 2 years ago").
	 */
	private void addPregnancy(List<Mention> found, NumberReader.Hit hit) {
		LexiconData.Pregnancy pregnancy = data.pregnancy();
		if (pregnancy == null) {
			return;
		}
		boolean counts = hit.kind() == NumberReader.Kind.WEEKS_PREGNANT || hit.value() <= pregnancy.weeksAfterBirth();
		Annotation words = new Annotation(tokenAt(hit.start()), tokenAt(hit.end() - 1) + 1, List.of());
		FindingStatus status = counts ? status(words, pregnancy.finding()) : FindingStatus.ABSENT;
		if (status == null) {
			return;
		}
		found.removeIf(f -> f.finding().id().equals(pregnancy.finding()));
		found.add(new Mention(new Finding(pregnancy.finding(), status, null, null, null, null),
				text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
	}

	/**
	 * A time told with a finding can make it another: an injury 10 days ago is a recent injury, headaches
	 * begun a month ago are a new headache, unless the sentence says they are the usual ones.
	 */
	private void applyRecency(List<Mention> found, NumberReader.Hit hit) {
		if (hit.kind() == NumberReader.Kind.DAYS_AGO && hit.value() > LONG_AGO_DAYS) {
			// "covid back in 2021 with a high fever": a sign that matters only now is perhaps no sign today;
			// the date may belong to another part of the sentence, so the sign is asked about, never dropped
			for (int i = 0; i < found.size(); i++) {
				Mention m = found.get(i);
				if (data.historicalIgnoredRedFlags().contains(m.finding().id()) && m.finding().status() == FindingStatus.PRESENT) {
					found.set(i, new Mention(m.finding().withStatus(FindingStatus.UNCERTAIN), m.text(), m.start(), m.end()));
				}
			}
		}
		for (LexiconData.Recent rule : data.recent()) {
			if (!rule.applies(hit.value())) {
				continue;
			}
			boolean history = !rule.onset();
			if (!history && (saysUsual() || !says(data.onsetWords()))) {
				continue;
			}
			if (found.stream().anyMatch(f -> f.finding().id().equals(rule.becomes()))) {
				if (history) {
					found.removeIf(f -> f.finding().id().equals(rule.finding()));
				}
				continue;
			}
			if (!history && rule.beyondMonths() == 0 && hit.kind() == NumberReader.Kind.DAYS_AGO && found.stream().noneMatch(f -> f.finding().id().equals(rule.finding()))
					&& found.stream().allMatch(f -> roles.unspokenSubjects().contains(f.finding().id())) && !aboutSomeoneElse()) {
				// "started about 10 days ago": in a chat about headaches, "it" is the headache
				found.add(new Mention(new Finding(rule.becomes(), FindingStatus.PRESENT, null, null, null, null),
						text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
				continue;
			}
			for (int m = 0; m < found.size(); m++) {
				Mention mention = found.get(m);
				if (!mention.finding().id().equals(rule.finding()) || mention.finding().status() == FindingStatus.ABSENT) {
					continue;
				}
				Mention recent = new Mention(new Finding(rule.becomes(), mention.finding().status(), null, null, null, null),
						text.substring(hit.start(), hit.end()), hit.start(), hit.end());
				if (history) {
					found.set(m, new Mention(recent.finding(), mention.text(), mention.start(), mention.end()));
				}
				else {
					found.add(recent);
				}
				break;
			}
		}
	}

	/** "our neighbour had a bleed last month": the unspoken subject is someone else, or a worry. */
	private boolean aboutSomeoneElse() {
		return hasTrigger(0, lower.length, EnumSet.of(Category.OTHER, Category.HYPOTHETICAL));
	}

	private boolean theVisitorsAge(NumberReader.Hit hit) {
		String before = text.substring(Math.max(offset, hit.start() - 14), hit.start()).toLowerCase(java.util.Locale.ROOT);
		if (AGE_BACK_THEN.matcher(before).find()) {
			return false;
		}
		Annotation words = new Annotation(tokenAt(hit.start()), tokenAt(Math.max(hit.start(), hit.end() - 1)) + 1, List.of());
		return status(words, "age") != null;
	}

	private static final java.util.regex.Pattern AGE_BACK_THEN = java.util.regex.Pattern
		.compile("\\b(?:since|when|from|until|till|at|by)\\b(?:\\s+(?:i|i'm|im|i was|was|he|she|he was|she was|they))*\\s*$");

	/** How far, in tokens of the same clause, a word of the past reaches a frequency or a length. */
	private static final int FORMERLY_REACH = 8;

	/**
	 * A frequency or a length the clause places in the past ("back then", "before that", "used to"), or the
	 * first of "from X to Y": it tells how the headaches were, and the one told of now stands.
	 */
	private boolean toldOfBefore(NumberReader.Hit hit) {
		if (hit.kind() != NumberReader.Kind.PER_MONTH && hit.kind() != NumberReader.Kind.PER_MONTH_OF_THEM
				&& hit.kind() != NumberReader.Kind.HOURS) {
			return false;
		}
		int first = tokenAt(hit.start());
		int last = tokenAt(Math.max(hit.start(), hit.end() - 1));
		int from = first;
		while (from > 0 && first - from < FORMERLY_REACH && !terminates[from - 1]) {
			from--;
		}
		int to = last + 1;
		while (to < lower.length && to - last <= FORMERLY_REACH && !terminates[to]) {
			to++;
		}
		String before = " " + String.join(" ", java.util.Arrays.copyOfRange(lower, from, first)) + " ";
		String after = " " + String.join(" ", java.util.Arrays.copyOfRange(lower, last + 1, to)) + " ";
		if (data.formerlyWords().stream().anyMatch(w -> before.contains(" " + w + " ") || after.contains(" " + w + " "))) {
			return true;
		}
		if (hit.kind() == NumberReader.Kind.PER_MONTH && data.perHeadacheWords().stream().anyMatch(w -> after.startsWith(" " + w + " "))) {
			// "every single day I have one": the days of taking follow the headache days
			return true;
		}
		boolean fromBefore = first > 0 && java.util.stream.IntStream.rangeClosed(Math.max(0, first - 3), first - 1)
			.anyMatch(k -> lower[k].equals("from"));
		return fromBefore && hits.stream().anyMatch(h -> h.kind() == hit.kind() && h.start() > hit.end()
				&& text.substring(hit.end(), h.start()).toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bto\\b.*"));
	}

	/** Three months: SNNOOP10's post-traumatic window, and the reach of "recent" everywhere here. */
	private static final double LONG_AGO_DAYS = 91;

	private boolean saysUsual() {
		return says(data.usualWords());
	}

	private boolean says(Set<String> words) {
		if (padded == null) {
			padded = " " + String.join(" ", lower) + " ";
		}
		return words.stream().anyMatch(w -> padded.contains(" " + w + " "));
	}

	/** Minutes told with a brief finding (an aura, a weak hand) are its length, not the headache's. */
	private boolean lengthOfSomethingBrief(List<Mention> found, NumberReader.Hit hit) {
		// headaches that last under an hour are rare; minutes told beside an aura or a weak hand are theirs
		return hit.value() < 1 && found.stream().anyMatch(f -> data.brief().contains(f.finding().id()));
	}

	private void addNumbers(List<Mention> found) {
		List<Mention> drugs = found.stream().filter(f -> data.isMedication(f.finding().id())).toList();
		List<Mention> headaches = found.stream().filter(f -> f.finding().id().equals(roles.headache())).toList();
		hits = numbers.read(sentence, offset);
		for (NumberReader.Hit hit : hits) {
			if (hit.kind() == NumberReader.Kind.CELSIUS || hit.kind() == NumberReader.Kind.FAHRENHEIT) {
				addTemperature(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.BLOOD_PRESSURE) {
				addBloodPressure(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.WEEKS_PREGNANT || hit.kind() == NumberReader.Kind.WEEKS_SINCE_BIRTH) {
				addPregnancy(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.DAYS_AGO || hit.kind() == NumberReader.Kind.DAYS_GOING_ON) {
				applyRecency(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.HOURS && lengthOfSomethingBrief(found, hit)) {
				continue;
			}
			if (hit.kind() == NumberReader.Kind.AGE && !theVisitorsAge(hit)) {
				// "my son is 7 years old", "since I was 16 years old": someone else's age, or an age back then
				continue;
			}
			if (toldOfBefore(hit)) {
				// "used to be a couple a month", "gone from a few a month to 18": how it was, not how it is
				continue;
			}
			String id = switch (hit.kind()) {
				case CELSIUS, FAHRENHEIT, BLOOD_PRESSURE, WEEKS_PREGNANT, WEEKS_SINCE_BIRTH, DAYS_AGO, DAYS_GOING_ON -> null;
				case SEVERITY -> "severity";
				case HOURS -> roles.attackHours();
				case AGE -> "age";
				case PER_MONTH -> daysOf(hit, drugs, headaches);
				case PER_MONTH_OF_THEM -> drugs.isEmpty() ? null : daysOf(nearest(drugs, hit));
				case MONTHS -> drugs.isEmpty() ? null : roles.medicationMonths();
			};
			if (id == null) {
				continue;
			}
			int vague = refinedVagueFrequency(found, hit);
			if (vague >= 0) {
				// "most days, prob 14 days a month": the number says what "most days" meant
				Mention first = found.get(vague);
				found.set(vague, new Mention(new Finding(first.finding().id(), FindingStatus.PRESENT, null, null, hit.value(), null),
						first.text(), first.start(), first.end()));
				continue;
			}
			if (hit.kind() == NumberReader.Kind.PER_MONTH && ofThemFollows(hit) && !headaches.isEmpty()) {
				// "18 days a month and I take nurofen on 12-14 of them": the whole is the headache days
				id = roles.headacheDays();
			}
			int earlier = indexOfValue(found, id);
			if (earlier >= 0 && hit.kind() == NumberReader.Kind.SEVERITY) {
				// "3/10 to 5/10": a usual headache's worst is asked for
				Mention first = found.get(earlier);
				if (hit.value() > first.finding().value()) {
					found.set(earlier, new Mention(new Finding(id, FindingStatus.PRESENT, null, null, hit.value(), null),
							text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
				}
				continue;
			}
			if (earlier >= 0 && hit.kind() == NumberReader.Kind.PER_MONTH && !id.equals(roles.headacheDays()) && saidOfAnother(hit)) {
				Mention first = found.get(earlier);
				found.set(earlier, new Mention(new Finding(id, FindingStatus.PRESENT, null, null,
						Math.min(31, first.finding().value() + hit.value()), null), first.text(), first.start(), first.end()));
				continue;
			}
			if (earlier >= 0 && hit.kind() == NumberReader.Kind.PER_MONTH && sumsUp(hit)) {
				// "twice a month, lasts into the next day, so maybe 10 headache days total": the sum stands
				found.set(earlier, new Mention(new Finding(id, FindingStatus.PRESENT, null, null, hit.value(), null),
						text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
				continue;
			}
			if (earlier >= 0) {
				continue;
			}
			found.add(new Mention(new Finding(id, FindingStatus.PRESENT, null, null, hit.value(), null),
					text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
		}
	}

	/**
	 * Whose days a month a number counts: a medicine's when it is told of taking ("I take it about 5 days a
	 * month"), else that of the headache or medicine named last before it ("headaches 20 days a month,
	 * ibuprofen on 15"), else the nearest.
	 */
	private String daysOf(NumberReader.Hit hit, List<Mention> drugs, List<Mention> headaches) {
		if (drugs.isEmpty()) {
			// "I take my drugs (TLD) every day": days of taking a medicine not named as a painkiller count nothing
			return saidOfTaking(hit) && headaches.isEmpty() ? null : roles.headacheDays();
		}
		if (saidOfTaking(hit)) {
			return daysOf(nearest(drugs, hit));
		}
		Mention before = null;
		for (Mention m : headaches.isEmpty() ? drugs : java.util.stream.Stream.concat(drugs.stream(), headaches.stream()).toList()) {
			if (m.end() <= hit.start() && (before == null || m.end() > before.end())) {
				before = m;
			}
		}
		if (before != null) {
			return before.finding().id().equals(roles.headache()) ? roles.headacheDays() : daysOf(before);
		}
		// a frequency told before any medicine is named is how often the headaches come
		return roles.headacheDays();
	}

	private int refinedVagueFrequency(List<Mention> found, NumberReader.Hit hit) {
		if (hit.kind() != NumberReader.Kind.PER_MONTH) {
			return -1;
		}
		for (int i = found.size() - 1; i >= 0; i--) {
			Mention m = found.get(i);
			boolean frequency = data.isDaysAMonth(m.finding().id()) && m.finding().value() != null;
			if (frequency && m.end() <= hit.start() && hit.start() - m.end() <= 25 && !m.text().matches(".*\\d.*")
					&& m.text().matches("(?i).*(most|every|daily|all|nearly|almost).*")) {
				return i;
			}
		}
		return -1;
	}

	private boolean ofThemFollows(NumberReader.Hit hit) {
		return hits.stream().anyMatch(h -> h.kind() == NumberReader.Kind.PER_MONTH_OF_THEM && h.start() > hit.start());
	}

	private static int indexOfValue(List<Mention> found, String id) {
		for (int i = 0; i < found.size(); i++) {
			if (found.get(i).finding().id().equals(id) && found.get(i).finding().value() != null) {
				return i;
			}
		}
		return -1;
	}

	/** "so maybe 10 headache days total": a number the visitor gives as the sum of what they told. */
	private boolean sumsUp(NumberReader.Hit hit) {
		String before = text.substring(Math.max(offset, hit.start() - 15), hit.start()).toLowerCase(java.util.Locale.ROOT);
		String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 25)).toLowerCase(java.util.Locale.ROOT);
		return SO.matcher(before).find() || TOTAL.matcher(after).find();
	}

	private static final java.util.regex.Pattern SO = java.util.regex.Pattern.compile("\\b(?:so|that's|thats|which is|overall|altogether|in total|total)\\b");

	private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile("^\\W*(?:\\w+\\W+)?(?:total|in total|altogether|overall|in all)\\b");

	/** "... and ibuprofen on another 8 days": days of a second medicine of the same class add up. */
	private boolean saidOfAnother(NumberReader.Hit hit) {
		String before = text.substring(Math.max(offset, hit.start() - 20), hit.start()).toLowerCase(java.util.Locale.ROOT);
		return ANOTHER.matcher(before).find();
	}

	private static final java.util.regex.Pattern ANOTHER = java.util.regex.Pattern.compile("\\b(?:another|other|more|extra|plus)\\b");

	/** "I take it about 5 days a month": a number of days told of taking is the medicine's. */
	private boolean saidOfTaking(NumberReader.Hit hit) {
		String before = text.substring(Math.max(offset, hit.start() - 30), hit.start()).toLowerCase(java.util.Locale.ROOT);
		return TAKING.matcher(before).find();
	}

	private static final java.util.regex.Pattern TAKING = java.util.regex.Pattern
		.compile("\\b(?:take|takes|taking|took|use|uses|using|used|pop|popping|need|needing|on it|have it|swallow)\\b");

	private Mention nearest(List<Mention> mentions, NumberReader.Hit hit) {
		return mentions.stream().min((a, b) -> Integer.compare(distance(a, hit), distance(b, hit))).orElseThrow();
	}

	private static int distance(Mention mention, NumberReader.Hit hit) {
		return Math.abs(mention.start() - hit.start());
	}

	private String daysOf(Mention drug) {
		return data.classes().values().stream()
			.filter(c -> c.takes().equals(drug.finding().id()))
			.map(LexiconData.DrugClass::days)
			.findFirst()
			.orElse(roles.headacheDays());
	}

	private Mention with(Mention mention, String side, List<String> regions, Double value) {
		Finding f = mention.finding();
		return new Mention(new Finding(f.id(), f.status(), side != null ? side : f.side(),
				regions != null ? regions : f.regions(), value != null ? value : f.value(), f.items()),
				mention.text(), mention.start(), mention.end());
	}

}
