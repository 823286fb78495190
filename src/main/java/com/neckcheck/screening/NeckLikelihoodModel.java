package com.neckcheck.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.neckcheck.finding.Condition;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.Truth;

/**
 * How likely the neck contributes, as a transparent log-odds model (dialogs/likelihood.yaml): the prior's
 * log-odds plus every weight whose condition holds, turned back into a probability by the logistic
 * function. Each weight that applies becomes a factor for (positive) or against (negative), so the
 * visitor and staff see exactly why the figure is what it is.
 */
public final class NeckLikelihoodModel {

	public record Weight(String factor, Condition when, double weight, String label, String source) {
	}

	public record Factor(String finding, String status, String direction, double weight, String label) {
	}

	public record Result(double probability, NeckBand band, List<Factor> factors) {
	}

	private final double priorLogOdds;

	private final double high;

	private final double moderate;

	private final List<Weight> weights;

	private final Map<String, Double> sway = new HashMap<>();

	private final Set<String> reads = new LinkedHashSet<>();

	public NeckLikelihoodModel(double prior, double high, double moderate, List<Weight> weights) {
		this.priorLogOdds = Math.log(prior / (1 - prior));
		this.high = high;
		this.moderate = moderate;
		this.weights = List.copyOf(weights);
		Map<String, double[]> ranges = new HashMap<>();
		for (Weight weight : weights) {
			double[] range = ranges.computeIfAbsent(weight.factor(), f -> new double[2]);
			range[0] = Math.min(range[0], weight.weight());
			range[1] = Math.max(range[1], weight.weight());
		}
		for (Weight weight : weights) {
			double[] range = ranges.get(weight.factor());
			weight.when().atoms(atom -> {
				reads.add(atom.finding());
				sway.merge(atom.finding(), range[1] - range[0], Math::max);
			});
		}
	}

	public List<Weight> weights() {
		return weights;
	}

	public double priorLogOdds() {
		return priorLogOdds;
	}

	/** The band of a probability, by the thresholds of likelihood.yaml. */
	public NeckBand bandOf(double probability) {
		return band(probability);
	}

	/**
	 * How far an answer about this finding can move the log-odds at most (its factor's largest weight less
	 * its smallest, none counting as 0): the findings that sway the band most are worth asking first.
	 */
	public double sway(String finding) {
		return sway.getOrDefault(finding, 0.0);
	}

	/**
	 * The open findings the band waits on, or none when it is settled: the log-odds of the weights that hold,
	 * plus the most every undecided factor could still add or take away (one weight of a factor at most: its
	 * finding is present or absent, not both), falls in one band either way.
	 */
	public Set<String> waitingOn(Findings findings, Predicate<String> open) {
		double logOdds = priorLogOdds;
		Map<String, double[]> undecided = new LinkedHashMap<>();
		Set<String> waiting = new LinkedHashSet<>();
		for (Weight weight : weights) {
			Truth truth = weight.when().decide(findings, open);
			if (truth == Truth.TRUE) {
				logOdds += weight.weight();
			}
			else if (truth == Truth.UNKNOWN) {
				double[] range = undecided.computeIfAbsent(weight.factor(), f -> new double[2]);
				range[0] = Math.min(range[0], weight.weight());
				range[1] = Math.max(range[1], weight.weight());
				weight.when().undecided(findings, open, waiting::add);
			}
		}
		double low = logOdds + undecided.values().stream().mapToDouble(r -> r[0]).sum();
		double high = logOdds + undecided.values().stream().mapToDouble(r -> r[1]).sum();
		return band(probability(low)) == band(probability(high)) ? Set.of() : waiting;
	}

	/** The findings some weight reads. */
	public Set<String> reads() {
		return Collections.unmodifiableSet(reads);
	}

	private static double probability(double logOdds) {
		return Math.round(1 / (1 + Math.exp(-logOdds)) * 1000) / 1000.0;
	}

	private NeckBand band(double probability) {
		return probability >= high ? NeckBand.HIGH : probability >= moderate ? NeckBand.MODERATE : NeckBand.LOW;
	}

	public Result estimate(Findings findings) {
		double logOdds = priorLogOdds;
		List<Factor> factors = new ArrayList<>();
		for (Weight weight : weights) {
			if (weight.weight() != 0 && weight.when().test(findings)) {
				logOdds += weight.weight();
				String status = findings.get(weight.factor()).map(f -> f.status().wire())
					.orElse(FindingStatus.ABSENT.wire());
				factors.add(new Factor(weight.factor(), status, weight.weight() > 0 ? "for" : "against",
						weight.weight(), weight.label()));
			}
		}
		factors.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
		double probability = probability(logOdds);
		return new Result(probability, band(probability), List.copyOf(factors));
	}

}
