package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The phrases of dialogs/lexicon.yaml and dialogs/context.yaml as token tries (on surface words and on
 * lemmas), with the near-miss index for typos and the lemma cache. Phrases are tokenized by the same OpenNLP
 * tokenizer as the messages, so "can't" is matched as the one token the model makes of it.
 */
final class LexiconIndex {

	private final LanguageModels models;

	private final PhraseIndex surface = new PhraseIndex();

	private final PhraseIndex lemmaIndex = new PhraseIndex();

	private final PhraseIndex regionIndex = new PhraseIndex();

	private final PhraseIndex corrections = new PhraseIndex();

	private final Map<String, String> typoKeys = new HashMap<>();

	private final Map<String, String> typoWords = new HashMap<>();

	// Maintenance runs on the caller: a lemma lookup is cheap, and a pool task would compete with the extraction thread.
	private final Cache<String, String> lemmaCache = Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

	// A typo look-up tries every one-letter deletion of the word; visitors repeat their words, so remember it.
	private final Cache<String, String> typoCache = Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

	private final Map<String, List<Integer>> nearRulesByWord = new HashMap<>();

	LexiconIndex(LanguageModels models, LexiconData data) {
		this.models = models;
		for (int i = 0; i < data.near().size(); i++) {
			int position = i;
			data.near().get(i).words().forEach(word -> nearRulesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(position));
		}
		data.findings().forEach((id, phrases) -> phrases.forEach(p -> addPhrase(p, new Tag.FindingTag(id), true)));
		data.regions().forEach((id, phrases) -> phrases.forEach(p -> {
			addPhrase(p, new Tag.RegionTag(id), true);
			regionIndex.add(tokens(p), new Tag.RegionTag(id));
		}));
		data.sides().forEach((side, phrases) -> phrases.forEach(p -> addPhrase(p, new Tag.SideTag(side), false)));
		data.drugs().forEach((drugClass, names) -> names.forEach(p -> addPhrase(p, new Tag.DrugTag(drugClass), false)));
		data.heavyUse().forEach(p -> addPhrase(p, new Tag.HeavyUseTag(), false));
		data.contextRules().forEach(rule -> rule.phrases().forEach(p -> addPhrase(p, new Tag.TriggerTag(rule), false)));
		data.corrections().forEach(p -> corrections.add(tokens(p), new Tag.CorrectionTag()));
	}

	/** Positions (in dialogs/lexicon.yaml order) of the near rules in which this word is the first of the pair. */
	List<Integer> nearRulesFor(String word) {
		return nearRulesByWord.getOrDefault(word, List.of());
	}

	PhraseIndex surface() {
		return surface;
	}

	PhraseIndex lemmaIndex() {
		return lemmaIndex;
	}

	PhraseIndex regionIndex() {
		return regionIndex;
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

	String[] tokens(String text) {
		String[] tokens = models.tokenizer.tokenize(normalize(text));
		for (int i = 0; i < tokens.length; i++) {
			tokens[i] = tokens[i].toLowerCase(Locale.ROOT);
		}
		return tokens;
	}

	static String normalize(String text) {
		return text.replace('\u2019', '\'').replace('\u2018', '\'');
	}

	/** True when a reply opens like a correction ("no, it's the left side", "actually ..."). */
	boolean isCorrection(String text) {
		String[] tokens = tokens(text.strip());
		return corrections.longest(tokens, 0) != null;
	}

	/** Lemmas of lower-cased tokens, from the cache or, for the ones it lacks, from OpenNLP. */
	private static final java.util.Set<String> KEEP_FORM = java.util.Set.of("worse", "worst", "better", "best", "more",
			"most", "less", "least");

	String[] lemmas(String[] lower) {
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
				// "worse" is not "bad": "gets bad after coding" is no "getting worse"
				String lemma = found[k] == null || found[k].isEmpty() || found[k].equals("O") || KEEP_FORM.contains(words[k])
						? words[k] : found[k].toLowerCase(Locale.ROOT);
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
	String typo(String token) {
		// six-letter words are too often other real words ("pulled" is one edit from "pulsed")
		if (token.length() < 7 || !isLetters(token)) {
			return null;
		}
		String found = typoCache.get(token, this::typoLookup);
		return found.isEmpty() ? null : found;
	}

	/** People rarely mistype the first letter; a different first letter is another word ("heating", "beating"). */
	private String typoLookup(String token) {
		String word = typoKeys.get(token);
		if (word != null && word.charAt(0) == token.charAt(0) && withinOneEdit(token, word)) {
			return typoWords.get(word);
		}
		for (int i = 0; i < token.length(); i++) {
			word = typoKeys.get(token.substring(0, i) + token.substring(i + 1));
			if (word != null && word.charAt(0) == token.charAt(0) && withinOneEdit(token, word)) {
				return typoWords.get(word);
			}
		}
		return "";
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

}
