package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * <li>ConText (Harkema 2009, after NegEx, Chapman 2001): each trigger of dialogs/context.yaml reaches
 * forward or backward over a few tokens, stopped by termination words; a list joined by commas and "or"
 * counts as one token, so "no fever, rash or stiff neck" negates all three. Someone else's and
 * hypothetical mentions are dropped; negated ones are absent, hedged ones uncertain; past ones are dropped
 * unless they are histories by nature, and a past red flag stays uncertain (red flags always win).</li>
 * <li>Side words attach to the nearest finding that carries a side; regions, numbers and medicines attach
 * to their findings.</li>
 * </ol>
 */
public final class SymptomExtractor {

	private static final int SIDE_REACH = 6;

	private static final Set<String> JOINERS = Set.of(",", "or", "and", "nor", "/", "&", "-");

	private static final Set<String> NOT_A_SIDE_AFTER_RIGHT = Set.of("now", "away", "after", "before", "there", "here",
			"then", "when", "as", "at");

	/** A side said with these is the side of a limb or the neck, not of the headache. */
	private static final Set<String> BODY_FINDINGS = Set.of("neck_pain", "shoulder_arm_pain", "neuro_deficit",
			"reduced_neck_motion", "stiff_neck", "horner_signs", "painful_red_eye");

	private final LanguageModels models;

	private final FindingCatalogue catalogue;

	private final LexiconData data;

	private final PhraseIndex surface = new PhraseIndex();

	private final PhraseIndex lemmaIndex = new PhraseIndex();

	private final PhraseIndex corrections = new PhraseIndex();

	private final PhraseIndex regionIndex = new PhraseIndex();

	private final Map<String, String> typoKeys = new HashMap<>();

	private final Map<String, String> typoWords = new HashMap<>();

	// Maintenance runs on the caller: a lemma lookup is cheap, and a pool task would compete with the extraction thread.
	private final Cache<String, String> lemmaCache = Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

	private final NumberReader numbers = new NumberReader();

	private final SymptomNameFinder nameFinder;

	public SymptomExtractor(LanguageModels models, FindingCatalogue catalogue, LexiconData data) {
		this.models = models;
		this.catalogue = catalogue;
		this.data = data;
		data.findings().forEach((id, phrases) -> phrases.forEach(p -> addPhrase(p, new Tag.FindingTag(id), true)));
		data.regions().forEach((id, phrases) -> phrases.forEach(p -> {
			addPhrase(p, new Tag.RegionTag(id), true);
			regionIndex.add(tokens(p), new Tag.RegionTag(id));
		}));
		data.sides().forEach((side, phrases) -> phrases.forEach(p -> addPhrase(p, new Tag.SideTag(side), false)));
		data.drugs().forEach((drugClass, names) -> names.forEach(p -> addPhrase(p, new Tag.DrugTag(drugClass), false)));
		data.heavyUse().forEach(p -> addPhrase(p, new Tag.HeavyUseTag(), false));
		data.contextRules().forEach(rule -> rule.phrases().forEach(p -> addPhrase(p, new Tag.TriggerTag(rule), false)));
		data.corrections().forEach(p -> corrections.add(tokens(p), new Tag.HeavyUseTag()));
		this.nameFinder = SymptomNameFinder.train(data.trainingCorpus());
	}

	private void addPhrase(String phrase, Tag tag, boolean withLemmas) {
		String[] tokens = tokens(phrase);
		surface.add(tokens, tag);
		if (withLemmas) {
			String[] lemmas = lemmas(tokens);
			if (!Arrays.equals(lemmas, tokens)) {
				lemmaIndex.add(lemmas, tag);
			}
			if (tokens.length == 1 && tokens[0].length() >= 6 && tag instanceof Tag.FindingTag finding) {
				typoWords.put(tokens[0], finding.finding());
				for (String key : deletions(tokens[0])) {
					typoKeys.putIfAbsent(key, tokens[0]);
				}
			}
		}
	}

	private String[] tokens(String text) {
		String[] tokens = models.tokenizer.tokenize(normalize(text));
		for (int i = 0; i < tokens.length; i++) {
			tokens[i] = tokens[i].toLowerCase(Locale.ROOT);
		}
		return tokens;
	}

	private static String normalize(String text) {
		return text.replace('\u2019', '\'').replace('\u2018', '\'');
	}

	/** True when a reply opens like a correction ("no, it's the left side", "actually ..."). */
	public boolean isCorrection(String text) {
		String[] tokens = tokens(text.strip());
		return corrections.longest(tokens, 0) != null;
	}

	public List<Mention> extract(String text) {
		List<Mention> mentions = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return mentions;
		}
		String normalized = normalize(text);
		Span[] sentences = models.sentences.sentPosDetect(normalized);
		if (sentences.length == 0) {
			sentences = new Span[] { new Span(0, normalized.length()) };
		}
		for (Span sentence : sentences) {
			new SentenceReading(normalized, sentence.getStart(), sentence.getEnd()).read(mentions);
		}
		return mentions;
	}

	/** Lemmas of lower-cased tokens, from the cache or, for the ones it lacks, from OpenNLP. */
	private String[] lemmas(String[] lower) {
		String[] lemmas = new String[lower.length];
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < lower.length; i++) {
			lemmas[i] = lemmaCache.getIfPresent(lower[i]);
			if (lemmas[i] == null) {
				missing.add(i);
			}
		}
		if (!missing.isEmpty()) {
			String[] tags = models.tagger.tag(lower);
			String[] words = new String[missing.size()];
			String[] wordTags = new String[missing.size()];
			for (int k = 0; k < missing.size(); k++) {
				words[k] = lower[missing.get(k)];
				wordTags[k] = tags[missing.get(k)];
			}
			String[] found = models.lemmatizer.lemmatize(words, wordTags);
			for (int k = 0; k < missing.size(); k++) {
				String lemma = found[k] == null || found[k].isEmpty() || found[k].equals("O") ? words[k]
						: found[k].toLowerCase(Locale.ROOT);
				lemmaCache.put(words[k], lemma);
				lemmas[missing.get(k)] = lemma;
			}
		}
		return lemmas;
	}

	private static Set<String> deletions(String word) {
		Set<String> keys = new HashSet<>();
		keys.add(word);
		for (int i = 0; i < word.length(); i++) {
			keys.add(word.substring(0, i) + word.substring(i + 1));
		}
		return keys;
	}

	/** A finding word within one typo (insert, delete, change or swap) of a token of six letters or more. */
	private String typo(String token) {
		if (token.length() < 6 || !isLetters(token)) {
			return null;
		}
		String word = typoKeys.get(token);
		if (word != null && withinOneEdit(token, word)) {
			return typoWords.get(word);
		}
		for (int i = 0; i < token.length(); i++) {
			word = typoKeys.get(token.substring(0, i) + token.substring(i + 1));
			if (word != null && withinOneEdit(token, word)) {
				return typoWords.get(word);
			}
		}
		return null;
	}

	private static boolean isLetters(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (!Character.isLetter(token.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean withinOneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			if (i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2))) {
				return true;
			}
			return a.length() == i || a.substring(i + 1).equals(b.substring(i + 1));
		}
		String longer = a.length() > b.length() ? a : b;
		String shorter = a.length() > b.length() ? b : a;
		return longer.substring(i + 1).equals(shorter.substring(i));
	}

	/** A run of tokens that the lexicon or a rule named. */
	private record Annotation(int from, int to, List<Tag> tags) {

		boolean has(Class<? extends Tag> type) {
			return tags.stream().anyMatch(type::isInstance);
		}

	}

	/** Everything found in one sentence. */
	private final class SentenceReading {

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

		SentenceReading(String text, int start, int end) {
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
					else if (tag instanceof Tag.SideTag && status(annotation, "side") == FindingStatus.PRESENT) {
						sides.add(annotation);
					}
					else if (tag instanceof Tag.RegionTag && status(annotation, "pain_regions") == FindingStatus.PRESENT) {
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
			attachSides(found, sides);
			attachRegions(found, regions);
			addNumbers(found);
			out.addAll(found);
		}

		private void matchPhrases() {
			int i = 0;
			while (i < lower.length) {
				Match match = surface.longest(lower, i);
				if (match == null || match.tags().stream().noneMatch(t -> t instanceof Tag.FindingTag)) {
					Match byLemma = lemmaIndex.longest(lemmas(), i);
					if (byLemma != null && (match == null || byLemma.length() > match.length())) {
						match = byLemma;
					}
				}
				if (match == null) {
					String finding = typo(lower[i]);
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

		/**
		 * Regions and sides inside longer phrases ("starts at the base of my skull", "always on the left"),
		 * and regions with a side word inside them ("behind my right eye").
		 */
		private void matchRegionsInsidePhrases() {
			List<Annotation> inside = new ArrayList<>();
			for (Annotation annotation : annotations) {
				if (!annotation.has(Tag.FindingTag.class)) {
					continue;
				}
				for (int k = annotation.from(); k < annotation.to(); k++) {
					Match match = regionIndex.longest(lower, k, annotation.to());
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
				Match match = regionIndex.longest(stripped, j);
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
			boolean after = i + 1 < lower.length && NOT_A_SIDE_AFTER_RIGHT.contains(lower[i + 1]);
			boolean before = i > 0 && (lower[i - 1].equals("all") || lower[i - 1].equals("that's") || lower[i - 1].equals("thats"));
			return after || before;
		}

		private String[] lemmas() {
			if (lemmas == null) {
				lemmas = SymptomExtractor.this.lemmas(lower);
			}
			return lemmas;
		}

		/** A near rule may reuse words of another finding's phrase ("nerve block" ... "stopped them"), not its own. */
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
			for (NearRule rule : data.near()) {
				for (int a = 0; a < lower.length; a++) {
					if (!rule.words().contains(lower[a]) || usedFor.getOrDefault(a, Set.of()).contains(rule.finding())) {
						continue;
					}
					for (int b = Math.max(0, a - rule.within()); b <= Math.min(lower.length - 1, a + rule.within()); b++) {
						if (b == a || !rule.near().contains(lower[b]) || usedFor.getOrDefault(b, Set.of()).contains(rule.finding())
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
		}

		private void matchNames() {
			for (SymptomNameFinder.Found name : nameFinder.find(lower)) {
				if (!catalogue.contains(name.finding())) {
					continue;
				}
				boolean overlaps = annotations.stream()
					.anyMatch(a -> a.has(Tag.FindingTag.class) && a.from() < name.to() && name.from() < a.to());
				if (!overlaps) {
					annotations.add(new Annotation(name.from(), name.to(), List.of(new Tag.FindingTag(name.finding()))));
				}
			}
			annotations.sort((x, y) -> Integer.compare(x.from(), y.from()));
		}

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
							&& !terminatedBetween(annotation.to(), mention.from());
					boolean after = annotation.from() >= mention.to() && rule.direction() != Direction.FORWARD
							&& reach(mention.to(), annotation.from()) < rule.scope()
							&& !terminatedBetween(mention.to(), annotation.from());
					boolean inside = annotation.from() > mention.from() && annotation.to() < mention.to();
					if (before || after || inside) {
						categories.add(rule.category());
					}
				}
			}
			if (categories.contains(Category.OTHER) || categories.contains(Category.HYPOTHETICAL)) {
				return null;
			}
			if (categories.contains(Category.NEGATED)) {
				return FindingStatus.ABSENT;
			}
			if (categories.contains(Category.HISTORICAL) && !data.historyFindings().contains(finding)) {
				if (catalogue.isRedFlag(finding) && !data.historicalIgnoredRedFlags().contains(finding)) {
					return FindingStatus.UNCERTAIN;
				}
				return null;
			}
			return categories.contains(Category.UNCERTAIN) ? FindingStatus.UNCERTAIN : FindingStatus.PRESENT;
		}

		private Mention mention(String finding, FindingStatus status, Annotation annotation) {
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
			boolean aboutTheBody = found.stream().anyMatch(f -> BODY_FINDINGS.contains(f.finding().id())
					|| f.finding().id().startsWith("takes_"));
			if (!sides.isEmpty() && !aboutTheBody && found.stream().noneMatch(f -> f.finding().id().equals("side"))) {
				Annotation first = sides.get(0);
				String side = ((Tag.SideTag) first.tags().stream().filter(Tag.SideTag.class::isInstance).findFirst()
					.orElseThrow()).side();
				Mention mention = mention("side", FindingStatus.PRESENT, first);
				found.add(with(mention, side, null, null));
			}
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
			if (regions.isEmpty()) {
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
			found.add(new Mention(new Finding("pain_regions", FindingStatus.PRESENT, null, list, null, null),
					text.substring(start, end), start, end));
		}

		private void addNumbers(List<Mention> found) {
			List<Mention> drugs = found.stream().filter(f -> f.finding().id().startsWith("takes_")).toList();
			List<Mention> headaches = found.stream().filter(f -> f.finding().id().equals("headache")).toList();
			for (NumberReader.Hit hit : numbers.read(sentence, offset)) {
				String id = switch (hit.kind()) {
					case SEVERITY -> "severity";
					case HOURS -> "attack_hours";
					case AGE -> "age";
					case PER_MONTH -> drugs.isEmpty() || (!headaches.isEmpty()
							&& distance(nearest(headaches, hit), hit) < distance(nearest(drugs, hit), hit)) ? "headache_days"
									: daysOf(nearest(drugs, hit));
					case MONTHS -> drugs.isEmpty() ? null : "medication_months";
				};
				if (id == null || found.stream().anyMatch(f -> f.finding().id().equals(id) && f.finding().value() != null)) {
					continue;
				}
				found.add(new Mention(new Finding(id, FindingStatus.PRESENT, null, null, hit.value(), null),
						text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
			}
		}

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
				.orElse("headache_days");
		}

		private Mention with(Mention mention, String side, List<String> regions, Double value) {
			Finding f = mention.finding();
			return new Mention(new Finding(f.id(), f.status(), side != null ? side : f.side(),
					regions != null ? regions : f.regions(), value != null ? value : f.value(), f.items()),
					mention.text(), mention.start(), mention.end());
		}

	}

}
