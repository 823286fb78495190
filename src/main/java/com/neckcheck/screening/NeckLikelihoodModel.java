package com.neckcheck.screening;

import com.neckcheck.finding.NeckBand;
import java.util.ArrayList;
import java.util.List;

import com.neckcheck.finding.Condition;
import com.neckcheck.finding.Findings;
import com.neckcheck.finding.FindingStatus;

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

	public NeckLikelihoodModel(double prior, double high, double moderate, List<Weight> weights) {
		this.priorLogOdds = Math.log(prior / (1 - prior));
		this.high = high;
		this.moderate = moderate;
		this.weights = List.copyOf(weights);
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
		double probability = 1 / (1 + Math.exp(-logOdds));
		probability = Math.round(probability * 1000) / 1000.0;
		NeckBand band = probability >= high ? NeckBand.HIGH : probability >= moderate ? NeckBand.MODERATE : NeckBand.LOW;
		return new Result(probability, band, List.copyOf(factors));
	}

}
