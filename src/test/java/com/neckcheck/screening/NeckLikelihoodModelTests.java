package com.neckcheck.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.ConditionParser;
import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NeckLikelihoodModelTests {

	private final NeckLikelihoodModel model = new NeckLikelihoodModel(0.2, 0.6, 0.3, List.of(
			new NeckLikelihoodModel.Weight("starts_in_neck", ConditionParser.parse("starts_in_neck is present"), 2.0,
					"starts in the neck", "assumption"),
			new NeckLikelihoodModel.Weight("nausea", ConditionParser.parse("nausea is present"), -1.0, "nausea",
					"assumption")));

	@Test
	void withNothingKnownThePriorStands() {
		NeckLikelihoodModel.Result result = model.estimate(new Findings(new FindingCatalogue()));
		assertThat(result.probability()).isCloseTo(0.2, within(0.001));
		assertThat(result.band()).isEqualTo(NeckBand.LOW);
		assertThat(result.factors()).isEmpty();
	}

	@Test
	void weightsAddOnTheLogOddsScaleAndBecomeFactors() {
		Findings findings = new Findings(new FindingCatalogue());
		findings.record(Finding.of("starts_in_neck", FindingStatus.PRESENT));
		findings.record(Finding.of("nausea", FindingStatus.PRESENT));
		NeckLikelihoodModel.Result result = model.estimate(findings);
		double expected = 1 / (1 + Math.exp(-(Math.log(0.2 / 0.8) + 1.0)));
		assertThat(result.probability()).isCloseTo(expected, within(0.001));
		assertThat(result.band()).isEqualTo(NeckBand.MODERATE);
		assertThat(result.factors()).extracting(NeckLikelihoodModel.Factor::finding, NeckLikelihoodModel.Factor::direction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("starts_in_neck", "for"),
					org.assertj.core.groups.Tuple.tuple("nausea", "against"));
	}

}
