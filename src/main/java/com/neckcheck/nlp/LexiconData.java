package com.neckcheck.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vocabulary and context rules of dialogs/lexicon.yaml and dialogs/context.yaml, read and checked. */
public record LexiconData(Map<String, List<String>> findings, List<NearRule> near, Map<String, List<String>> regions,
		Map<String, List<String>> sides, Map<String, List<String>> drugs, Map<String, DrugClass> classes,
		List<String> heavyUse, List<String> corrections, int defaultScope, List<ContextRule> contextRules,
		Set<String> historicalIgnoredRedFlags, Set<String> historyFindings, List<String> trainingCorpus,
		Map<String, Set<String>> softenedBy, Set<String> brief, Temperature temperature, List<BloodPressure> bloodPressure,
		Set<String> aboutOthers, List<Recent> recent, Set<String> usualWords, Pregnancy pregnancy,
		Set<String> onsetWords, Set<String> painWords, Map<String, Set<String>> hearAsUnsure, List<BecomesWith> becomesWith,
		Set<String> formerlyWords, Set<String> perHeadacheWords, Set<String> neverDenied, Roles roles,
		Numbers numbers) {

	/**
	 * The findings the reading itself sets or weighs (lexicon.yaml, {@code roles}), so that no finding id is
	 * written in Java: a side or regions said on their own, the headache and the numbers that belong to it, a
	 * medicine's months, the body parts a side said with belongs to, and what a sentence tells without its
	 * subject.
	 */
	public record Roles(String side, String regions, String headache, String headacheDays, String attackHours,
			String medicationMonths, String severity, String age, Set<String> sidedBody, Set<String> unspokenSubjects) {
	}

	/**
	 * Numbers written in words (lexicon.yaml, {@code numbers}): one table for stories and for the answers to
	 * number questions. {@code words} are counts ("twelve", "a few"); {@code times} how many times ("twice"),
	 * which a reply reads as a number only when it counts days; {@code daysAMonth} are the
	 * phrases of how often, as days a month ("almost every day": 25).
	 */
	public record Numbers(Map<String, Double> words, Map<String, Double> times, Map<String, Double> daysAMonth) {

		public Numbers {
			words = Map.copyOf(words);
			times = Map.copyOf(times);
			daysAMonth = Map.copyOf(daysAMonth);
		}

	}

	/** Whether the finding counts days a month: of headache, or on a medicine class. */
	public boolean isDaysAMonth(String finding) {
		return finding.equals(roles.headacheDays()) || classes.values().stream().anyMatch(c -> c.days().equals(finding));
	}

	/** Whether the finding is a medicine class being taken ({@code takes} of a class). */
	public boolean isMedication(String finding) {
		return classes.values().stream().anyMatch(c -> c.takes().equals(finding));
	}

	/**
	 * {@code finding} told in a sentence that holds a word of every group of {@code with} is {@code becomes}:
	 * sight that greys out for seconds on standing up is the raised-pressure cue, not a loss of vision.
	 */
	public record BecomesWith(String finding, String becomes, List<Set<String>> with) {
	}

	/**
	 * {@code finding} told with a time between {@code fromDays} and {@code withinMonths} ago (or going on for
	 * that long), or more than {@code beyondMonths} ago, is {@code becomes}: an injury 10 days ago is a recent
	 * injury, a neck manipulated back in 2019 is an old one.
	 */
	public record Recent(String finding, String becomes, double withinMonths, double fromDays, double beyondMonths,
			boolean onset) {

		/** Whether a time this many days ago (or going on this long) turns the finding into the other. */
		public boolean applies(double days) {
			return beyondMonths > 0 ? days > beyondMonths * 30.4 : days <= withinMonths * 30.4 && days >= fromDays;
		}

	}

	/** Weeks of pregnancy set {@code finding}; so does a birth up to {@code weeksAfterBirth} ago. */
	public record Pregnancy(String finding, double weeksAfterBirth) {
	}

	/** A blood pressure reading at or above either value sets {@code finding} present (one level of several). */
	public record BloodPressure(String finding, double systolic, double diastolic) {
	}

	/**
	 * A body temperature in the words ("38.5", "101F", "temp of 39") sets {@code finding} present from these
	 * readings on; null when the lexicon reads none.
	 */
	public record Temperature(String finding, double celsius, double fahrenheit) {
	}

	/** A word of {@code words} within {@code within} tokens of a word of {@code near}, in one clause. */
	public record NearRule(String finding, Set<String> words, Set<String> near, int within) {
	}

	/** The findings a medicine class sets: that it is taken, and on how many days a month. */
	public record DrugClass(String takes, String days) {
	}

	public enum Category {

		NEGATED, UNCERTAIN, HISTORICAL, HYPOTHETICAL, OTHER, PSEUDO, TERMINATE

	}

	public enum Direction {

		FORWARD, BACKWARD, BOTH

	}

	public record ContextRule(List<String> phrases, Category category, Direction direction, int scope) {
	}

}
