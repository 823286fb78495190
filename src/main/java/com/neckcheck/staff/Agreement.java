package com.neckcheck.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How far the screener agrees with clinicians, over the conversations a clinician labelled: for triage,
 * pattern and neck band, the count of pairs, how many agree, the percentage and Cohen's kappa (agreement
 * beyond what the two label frequencies give by chance); and the calibration of the screener's neck
 * probability against whether the clinician found the neck contributing, in tenths.
 */
record Agreement(int cases, Measure triage, Measure pattern, Measure band, List<Bin> calibration) {

	/**
	 * One outcome part: {@code pairs} labelled by both, {@code agreed} the same, and Cohen's kappa (null when
	 * chance agreement is total: every label the same).
	 */
	record Measure(int pairs, int agreed, Double percent, Double kappa) {
	}

	/** Screener probabilities from {@code from} to {@code to}: how many, their mean, and how many the clinician found contributing. */
	record Bin(double from, double to, int cases, Double meanPredicted, Double observed) {
	}

	static Agreement of(List<ReviewQueries.Labelled> labelled) {
		return new Agreement(labelled.size(), measure(labelled, ReviewQueries.Labelled::triage, l -> l.clinician().triage()),
				measure(labelled, ReviewQueries.Labelled::pattern, l -> l.clinician().pattern()),
				measure(labelled, ReviewQueries.Labelled::band, l -> l.clinician().band()), calibration(labelled));
	}

	static <T> Measure measure(List<ReviewQueries.Labelled> labelled, Function<ReviewQueries.Labelled, T> screener,
			Function<ReviewQueries.Labelled, T> clinician) {
		List<Object[]> pairs = new ArrayList<>();
		for (ReviewQueries.Labelled l : labelled) {
			if (screener.apply(l) != null && clinician.apply(l) != null) {
				pairs.add(new Object[] { screener.apply(l), clinician.apply(l) });
			}
		}
		return measure(pairs);
	}

	/** Cohen's kappa over pairs (screener's label, clinician's label). */
	static Measure measure(List<Object[]> pairs) {
		int n = pairs.size();
		if (n == 0) {
			return new Measure(0, 0, null, null);
		}
		int agreed = 0;
		Map<Object, int[]> marginals = new LinkedHashMap<>();
		for (Object[] pair : pairs) {
			if (Objects.equals(pair[0], pair[1])) {
				agreed++;
			}
			marginals.computeIfAbsent(pair[0], k -> new int[2])[0]++;
			marginals.computeIfAbsent(pair[1], k -> new int[2])[1]++;
		}
		double observed = agreed / (double) n;
		double chance = 0;
		for (int[] counts : marginals.values()) {
			chance += (counts[0] / (double) n) * (counts[1] / (double) n);
		}
		Double kappa = chance >= 1 ? null : (observed - chance) / (1 - chance);
		return new Measure(n, agreed, round(100 * observed), kappa == null ? null : round(kappa));
	}

	private static List<Bin> calibration(List<ReviewQueries.Labelled> labelled) {
		List<Bin> bins = new ArrayList<>();
		for (int tenth = 0; tenth < 10; tenth++) {
			double from = tenth / 10.0;
			double to = (tenth + 1) / 10.0;
			int cases = 0;
			int contributing = 0;
			double sum = 0;
			for (ReviewQueries.Labelled l : labelled) {
				Double p = l.probability();
				Boolean judged = l.clinician().neckContributes();
				if (p == null || judged == null || p < from || (tenth < 9 ? p >= to : p > to)) {
					continue;
				}
				cases++;
				sum += p;
				contributing += judged ? 1 : 0;
			}
			bins.add(new Bin(from, to, cases, cases == 0 ? null : round(sum / cases),
					cases == 0 ? null : round(contributing / (double) cases)));
		}
		return bins;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
