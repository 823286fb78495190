package com.neckcheck.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vocabulary and context rules of dialogs/lexicon.yaml and dialogs/context.yaml, read and checked. */
public record LexiconData(Map<String, List<String>> findings, List<NearRule> near, Map<String, List<String>> regions,
		Map<String, List<String>> sides, Map<String, List<String>> drugs, Map<String, DrugClass> classes,
		List<String> heavyUse, List<String> corrections, int defaultScope, List<ContextRule> contextRules,
		Set<String> historicalIgnoredRedFlags, Set<String> historyFindings, List<String> trainingCorpus) {

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
