package com.neckcheck.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refit recovers known weights: 6,000 generated screenings whose clinician labels are drawn from the
 * shipped model with some weights changed (the "truth"), refitted from the shipped weights as the prior.
 * Every weight must come back within 0.4 of the truth, the changed ones included, and the fit must improve.
 */
class NeckModelRefitTests {

	private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/");

	/** What the generated clinicians believe, where it differs from the shipped weights. */
	private static final Map<String, Double> CHANGED = Map.of("posture_trigger", 1.4, "nausea", -1.5,
			"neck_injury_history", 0.0);

	@Test
	void labelsDrawnFromKnownWeightsGiveThoseWeightsBack() {
		NeckLikelihoodModel model = KNOWLEDGE.likelihood();
		List<Double> truth = new ArrayList<>();
		for (NeckLikelihoodModel.Weight weight : model.weights()) {
			// each changed factor has one weight in likelihood.yaml, for its finding present
			truth.add(CHANGED.getOrDefault(weight.factor(), weight.weight()));
		}
		Random random = new Random(42);
		List<NeckModelRefit.Case> cases = new ArrayList<>();
		for (int i = 0; i < 6000; i++) {
			Findings findings = randomFindings(model, random);
			double p = NeckModelRefit.probability(model, model.priorLogOdds(), truth, findings);
			cases.add(new NeckModelRefit.Case(findings, random.nextDouble() < p));
		}
		NeckModelRefit.Proposal proposal = NeckModelRefit.refit(model, cases, 1.0);
		StringBuilder table = new StringBuilder(String.format("%nRefit on %d generated labels (%d Newton steps), log-loss %.4f -> %.4f%n",
				cases.size(), proposal.iterations(), proposal.logLossBefore(), proposal.logLossAfter()));
		double worst = 0;
		for (int j = 0; j < proposal.weights().size(); j++) {
			NeckModelRefit.Proposed p = proposal.weights().get(j);
			double error = Math.abs(p.proposed() - truth.get(j));
			worst = Math.max(worst, error);
			table.append(String.format("  %-24s %-44s shipped %5.2f  truth %5.2f  refit %5.2f%n", p.weight().factor(),
					p.weight().when(), p.weight().weight(), truth.get(j), p.proposed()));
		}
		table.append(String.format("largest error %.3f; intercept %.3f -> %.3f%n", worst, proposal.priorLogOdds(),
				proposal.proposedPriorLogOdds()));
		System.out.println(table);
		assertThat(worst).as("every weight within 0.4 of the truth").isLessThanOrEqualTo(0.4);
		assertThat(proposal.logLossAfter()).isLessThan(proposal.logLossBefore());
		for (int j = 0; j < proposal.weights().size(); j++) {
			NeckModelRefit.Proposed p = proposal.weights().get(j);
			if (Math.abs(truth.get(j) - p.weight().weight()) > 0.5) {
				assertThat(Math.abs(p.proposed() - truth.get(j))).as("changed weight %s moved towards the truth", p.weight().factor())
					.isLessThan(Math.abs(p.weight().weight() - truth.get(j)) / 2);
			}
		}
	}

	/** Every finding a weight reads set at random: yes/no findings present or absent, the side, an age. */
	private static Findings randomFindings(NeckLikelihoodModel model, Random random) {
		Findings findings = new Findings(KNOWLEDGE.catalogue());
		Map<String, Boolean> seen = new HashMap<>();
		for (NeckLikelihoodModel.Weight weight : model.weights()) {
			weight.when().atoms(atom -> seen.putIfAbsent(atom.finding(), Boolean.TRUE));
		}
		for (String id : seen.keySet()) {
			if (id.equals("side")) {
				findings.record(new Finding(id, FindingStatus.PRESENT, List.of("left", "right", "both").get(random.nextInt(3)),
						List.of(), null, List.of()));
			}
			else if (id.equals("age")) {
				findings.record(new Finding(id, FindingStatus.PRESENT, null, List.of(), 20.0 + random.nextInt(50), List.of()));
			}
			else if (random.nextDouble() < 0.85) {
				findings.record(Finding.of(id, random.nextDouble() < 0.35 ? FindingStatus.PRESENT : FindingStatus.ABSENT));
			}
		}
		return findings;
	}

}
