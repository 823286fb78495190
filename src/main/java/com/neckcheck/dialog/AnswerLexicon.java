package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.neckcheck.finding.FindingStatus;

/**
 * The words of dialogs/answers.yaml that turn a typed reply into a yes/no/unsure or a number.
 * Phrases are matched on whole words, longest first, so "i have not" is a no although "i have" is a yes.
 */
public final class AnswerLexicon {

	private static final Pattern RANGE = Pattern
		.compile("(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|to|or|/)\\s*(\\d+(?:\\.\\d+)?))?");

	private final Map<String, FindingStatus> yesno;

	private final int longestYesno;

	private final Map<String, Double> numberWords;

	/** "once", "twice": a number only in a reply that counts days. */
	private final Map<String, Double> timesWords;

	private final Map<String, Map<String, Double>> numberPhrases;

	private final Map<String, Map<String, Double>> unitWords;

	private final Set<String> replyWords;

	private final Set<String> questionStarts;

	private final Set<String> neutralFindings;

	public AnswerLexicon(Map<String, FindingStatus> yesno, Map<String, Double> numberWords, Map<String, Double> timesWords,
			Map<String, Map<String, Double>> numberPhrases, Map<String, Map<String, Double>> unitWords,
			Set<String> replyWords, Set<String> questionStarts, Set<String> neutralFindings) {
		this.yesno = Map.copyOf(yesno);
		Set<String> reply = new HashSet<>(replyWords);
		yesno.keySet().forEach(phrase -> reply.addAll(List.of(words(phrase))));
		this.replyWords = Set.copyOf(reply);
		this.questionStarts = Set.copyOf(questionStarts);
		this.longestYesno = yesno.keySet().stream().mapToInt(p -> words(p).length).max().orElse(1);
		this.numberWords = Map.copyOf(numberWords);
		this.timesWords = Map.copyOf(timesWords);
		this.numberPhrases = Map.copyOf(numberPhrases);
		this.unitWords = Map.copyOf(unitWords);
		this.neutralFindings = Set.copyOf(neutralFindings);
	}

	/** Findings any reply may name without being more than a reply ("yes, on the left", "it's my head"). */
	Set<String> neutralFindings() {
		return neutralFindings;
	}

	/** Lower case, curly quotes straightened, everything but letters, digits, apostrophes, dots and dashes dropped. */
	public static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replaceAll("[^a-z0-9'.\\-]+", " ")
			.strip();
	}

	static String[] words(String text) {
		String cleaned = normalize(text).replaceAll("(?<!\\d)[.\\-]|[.\\-](?!\\d)", " ").strip();
		return cleaned.isEmpty() ? new String[0] : cleaned.split("\\s+");
	}

	/** Yes, no or unsure; empty when the reply says none of them. Mixed replies are unsure. */
	public Optional<FindingStatus> yesNo(String text) {
		String[] words = words(text);
		FindingStatus found = null;
		for (int i = 0; i < words.length;) {
			FindingStatus match = null;
			int length = Math.min(longestYesno, words.length - i);
			for (; length > 0; length--) {
				match = yesno.get(String.join(" ", Arrays.copyOfRange(words, i, i + length)));
				if (match != null) {
					break;
				}
			}
			if (match == null) {
				i++;
				continue;
			}
			found = found == null || found == match ? match : FindingStatus.UNCERTAIN;
			i += length;
		}
		return Optional.ofNullable(found);
	}

	/** True when every word is a reply word (yes, no, not sure and the neutral words) or one of {@code alsoAllowed}. */
	boolean onlyReplyWords(String[] words, Set<String> alsoAllowed) {
		for (String word : words) {
			if (!replyWords.contains(word) && !alsoAllowed.contains(word) && !word.matches("\\d+(?:\\.\\d+)?")) {
				return false;
			}
		}
		return true;
	}

	private static final String DAYS_PER_MONTH = "days_per_month";

	/** The words a number reply of this unit may use besides digits: number words, unit words and phrases. */
	Set<String> numberVocabulary(String unit) {
		Set<String> words = new HashSet<>();
		numberWords.keySet().forEach(p -> words.addAll(List.of(words(p))));
		if (DAYS_PER_MONTH.equals(unit)) {
			timesWords.keySet().forEach(p -> words.addAll(List.of(words(p))));
		}
		numberPhrases.getOrDefault(unit, Map.of()).keySet().forEach(p -> words.addAll(List.of(words(p))));
		unitWords.getOrDefault(unit, Map.of()).keySet().forEach(p -> words.addAll(List.of(words(p))));
		return words;
	}

	/** A question put to the screener: ends with a question mark and opens with a question word. */
	boolean isQuestionToScreener(String text) {
		String[] words = words(text);
		return text.strip().endsWith("?") && words.length > 1 && questionStarts.contains(words[0]);
	}

	/**
	 * A number in the unit of the question: digits or a range (its middle), number words, or a phrase of
	 * that unit ("every day", "all day"), converted when a unit word follows ("3 times a week").
	 */
	public Optional<Double> number(String text, String unit) {
		String withoutThousands = text.replaceAll("(\\d),(\\d{3})", "$1$2");
		String normalized = " " + String.join(" ", words(withoutThousands)) + " ";
		String digits = normalize(withoutThousands);
		Double number = null;
		Matcher matcher = RANGE.matcher(digits);
		if (matcher.find()) {
			double low = Double.parseDouble(matcher.group(1));
			number = matcher.group(2) == null ? low : (low + Double.parseDouble(matcher.group(2))) / 2;
		}
		if (number == null) {
			number = longestPhrase(normalized, numberWords);
		}
		if (number == null && DAYS_PER_MONTH.equals(unit)) {
			number = longestPhrase(normalized, timesWords);
		}
		if (number == null) {
			return Optional.ofNullable(longestPhrase(normalized, numberPhrases.getOrDefault(unit, Map.of())));
		}
		Double factor = longestPhrase(normalized, unitWords.getOrDefault(unit, Map.of()));
		double value = factor == null ? number : number * factor;
		return Optional.of(DAYS_PER_MONTH.equals(unit) ? Math.round(value) : Math.round(value * 100) / 100.0);
	}

	private static Double longestPhrase(String paddedText, Map<String, Double> phrases) {
		List<String> keys = new ArrayList<>(phrases.keySet());
		keys.sort((a, b) -> b.length() - a.length());
		for (String key : keys) {
			if (paddedText.contains(" " + String.join(" ", words(key)) + " ")) {
				return phrases.get(key);
			}
		}
		return null;
	}

}
