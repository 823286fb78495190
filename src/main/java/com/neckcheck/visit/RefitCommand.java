package com.neckcheck.visit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.neckcheck.finding.Findings;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.knowledge.KnowledgeLoader;
import com.neckcheck.screening.NeckLikelihoodModel;
import com.neckcheck.screening.NeckModelRefit;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar neckcheck.jar refit-neck-model LABELLED.json [DIALOGS] [STRENGTH]}: refits the neck model's
 * weights to the clinicians' labels exported from the console (Analytics, "Labelled cases"), with the current
 * weights of DIALOGS/likelihood.yaml (default {@code dialogs/}) as the prior, and prints the proposed change
 * and how agreement with the clinicians would move. It changes nothing: a person edits likelihood.yaml.
 */
public final class RefitCommand {

	public static final String NAME = "refit-neck-model";

	private RefitCommand() {
	}

	public static void run(String[] args, PrintStream out) throws IOException {
		if (args.length < 2) {
			out.println("usage: java -jar neckcheck.jar " + NAME + " LABELLED.json [DIALOGS-FOLDER] [PRIOR-STRENGTH]");
			return;
		}
		String dialogs = args.length > 2 ? args[2] : "dialogs/";
		double strength = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
		Knowledge knowledge = KnowledgeLoader.load(new DefaultResourceLoader(), "file:" + dialogs);
		NeckLikelihoodModel model = knowledge.likelihood();
		JsonNode labelled = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[1])));
		List<NeckModelRefit.Case> cases = new ArrayList<>();
		List<NeckBand> clinicianBands = new ArrayList<>();
		for (JsonNode c : labelled) {
			JsonNode contributes = c.path("clinician").path("neckContributes");
			if (!contributes.isBoolean()) {
				continue;
			}
			Findings findings = VisitPreparation.findingsOf(knowledge.catalogue(), c.path("findings"));
			cases.add(new NeckModelRefit.Case(findings, contributes.asBoolean()));
			clinicianBands.add(NeckBand.fromWire(c.path("clinician").path("band").asString("")).orElse(null));
		}
		out.printf(Locale.ROOT, "%d labelled cases with the clinician's 'neck contributes' (of %d in %s); prior strength %.2f%n",
				cases.size(), labelled.size(), args[1], strength);
		if (cases.isEmpty()) {
			out.println("Nothing to refit: no case says whether the neck contributes.");
			return;
		}
		NeckModelRefit.Proposal proposal = NeckModelRefit.refit(model, cases, strength);
		double prior = 1 / (1 + Math.exp(-proposal.proposedPriorLogOdds()));
		out.printf(Locale.ROOT, "%nProposed change to %slikelihood.yaml (nothing has been changed):%n", dialogs);
		out.printf(Locale.ROOT, "prior:%n  probability: %.3f   # now %.3f%n", prior, 1 / (1 + Math.exp(-proposal.priorLogOdds())));
		out.println("weights:");
		for (NeckModelRefit.Proposed p : proposal.weights()) {
			double delta = p.proposed() - p.weight().weight();
			out.printf(Locale.ROOT, "  - { factor: %s, weight: %.2f }   # now %.2f%s: %s%n", p.weight().factor(), p.proposed(),
					p.weight().weight(), Math.abs(delta) >= 0.1 ? String.format(Locale.ROOT, " (%+.2f)", delta) : "",
					p.weight().label());
		}
		List<Double> refitted = proposal.weights().stream().map(NeckModelRefit.Proposed::proposed).toList();
		List<Double> current = proposal.weights().stream().map(p -> p.weight().weight()).toList();
		out.printf(Locale.ROOT, "%nOn these cases                        now      refitted%n");
		out.printf(Locale.ROOT, "log-loss                          %8.4f  %8.4f%n", proposal.logLossBefore(), proposal.logLossAfter());
		out.printf(Locale.ROOT, "'contributes' = band moderate+    %7.1f%%  %7.1f%%%n",
				100 * accuracy(model, cases, proposal.priorLogOdds(), current),
				100 * accuracy(model, cases, proposal.proposedPriorLogOdds(), refitted));
		int banded = (int) clinicianBands.stream().filter(b -> b != null).count();
		if (banded > 0) {
			out.printf(Locale.ROOT, "band as the clinician's (%d cases) %7.1f%%  %7.1f%%%n", banded,
					100 * bandAgreement(model, cases, clinicianBands, proposal.priorLogOdds(), current),
					100 * bandAgreement(model, cases, clinicianBands, proposal.proposedPriorLogOdds(), refitted));
		}
	}

	private static double accuracy(NeckLikelihoodModel model, List<NeckModelRefit.Case> cases, double intercept,
			List<Double> weights) {
		int right = 0;
		for (NeckModelRefit.Case c : cases) {
			NeckBand band = model.bandOf(NeckModelRefit.probability(model, intercept, weights, c.findings()));
			right += (band != NeckBand.LOW) == c.neckContributes() ? 1 : 0;
		}
		return right / (double) cases.size();
	}

	private static double bandAgreement(NeckLikelihoodModel model, List<NeckModelRefit.Case> cases, List<NeckBand> bands,
			double intercept, List<Double> weights) {
		int pairs = 0;
		int right = 0;
		for (int i = 0; i < cases.size(); i++) {
			if (bands.get(i) == null) {
				continue;
			}
			pairs++;
			right += model.bandOf(NeckModelRefit.probability(model, intercept, weights, cases.get(i).findings())) == bands.get(i)
					? 1 : 0;
		}
		return right / (double) pairs;
	}

}
