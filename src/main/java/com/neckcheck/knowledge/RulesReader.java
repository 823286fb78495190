package com.neckcheck.knowledge;

import com.neckcheck.finding.HeadachePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.neckcheck.finding.Condition;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.screening.MedicationOveruseRule;
import com.neckcheck.screening.NeckLikelihoodModel;
import com.neckcheck.screening.PatternRules;
import com.neckcheck.screening.ReferralMap;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.screening.TriageRule;
import com.neckcheck.screening.TriageRules;

/** Reads the clinical rules: red-flags.yaml, patterns.yaml, likelihood.yaml and medication.yaml. */
final class RulesReader {

	private final FindingCatalogue catalogue;

	private final Conditions conditions;

	RulesReader(FindingCatalogue catalogue, Conditions conditions) {
		this.catalogue = catalogue;
		this.conditions = conditions;
	}

	TriageRules triage(YamlNode root) {
		List<TriageRule> rules = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (YamlNode node : root.get("rules").items()) {
			String id = node.optional("id").orElse(null);
			if (id == null) {
				node.problem("red-flag rule without 'id'");
				continue;
			}
			String owner = "rule '" + id + "'";
			if (!ids.add(id)) {
				node.problem("duplicate rule id '" + id + "'");
			}
			TriageLevel level = level(node, owner);
			String advice = node.text("advice", owner);
			node.text("source", owner);
			Condition when = conditions.read(node.get("when"), owner, name -> null).orElse(null);
			if (level != null && when != null) {
				rules.add(new TriageRule(id, level, when, advice, node.optional("source").orElse("")));
			}
		}
		if (rules.isEmpty() && root.problems().isEmpty()) {
			root.problem("no red-flag rules: red-flags.yaml needs a 'rules:' list");
		}
		return new TriageRules(rules);
	}

	private static TriageLevel level(YamlNode node, String owner) {
		String level = node.optional("level").orElse("");
		Optional<TriageLevel> parsed = TriageLevel.fromWire(level).filter(l -> l != TriageLevel.ROUTINE);
		if (parsed.isEmpty()) {
			node.get("level").problem(owner + ": level must be 'emergency' or 'urgent', not '" + level + "'");
			return null;
		}
		return parsed.get();
	}

	PatternRules patterns(YamlNode root) {
		Map<String, Condition> criteria = new HashMap<>();
		for (YamlNode node : root.get("criteria").items()) {
			String id = node.optional("id").orElse(null);
			if (id == null) {
				node.problem("criterion without 'id'");
				continue;
			}
			if (criteria.containsKey(id)) {
				node.problem("duplicate criterion id '" + id + "'");
			}
			conditions.read(node.get("when"), "criterion '" + id + "'", criteria::get)
				.ifPresent(c -> criteria.put(id, c));
		}
		List<PatternRules.Decision> decisions = new ArrayList<>();
		Set<HeadachePattern> decided = java.util.EnumSet.noneOf(HeadachePattern.class);
		for (YamlNode node : root.get("decide").items()) {
			String name = node.optional("pattern").orElse("");
			HeadachePattern pattern = HeadachePattern.fromWire(name).orElse(null);
			if (pattern == null) {
				node.problem("unknown pattern '" + name + "' (use " + java.util.Arrays.stream(HeadachePattern.values())
					.map(HeadachePattern::wire)
					.collect(java.util.stream.Collectors.joining(", ")) + ")");
				continue;
			}
			if (!decided.add(pattern)) {
				node.problem("duplicate pattern '" + name + "' in 'decide'");
			}
			conditions.read(node.get("when"), "pattern '" + name + "'", criteria::get)
				.ifPresent(c -> decisions.add(new PatternRules.Decision(pattern, c)));
		}
		return new PatternRules(decisions);
	}

	NeckLikelihoodModel likelihood(YamlNode root) {
		YamlNode prior = root.get("prior");
		double probability = prior.requiredNumber("probability", "prior");
		prior.text("source", "prior");
		if (probability <= 0 || probability >= 1) {
			prior.problem("prior: probability must lie between 0 and 1, not " + probability);
			probability = 0.5;
		}
		YamlNode bands = root.get("bands");
		double high = bands.requiredNumber("high", "bands");
		double moderate = bands.requiredNumber("moderate", "bands");
		if (!(moderate < high)) {
			bands.problem("bands: 'moderate' must be below 'high'");
		}
		List<NeckLikelihoodModel.Weight> weights = new ArrayList<>();
		for (YamlNode node : root.get("weights").items()) {
			String factor = node.optional("factor").orElse(null);
			if (factor == null || !catalogue.contains(factor)) {
				node.problem("weight: unknown factor '" + factor + "'"
						+ (factor == null ? "" : Conditions.suggestion(factor, catalogue.ids())));
				continue;
			}
			String owner = "weight of '" + factor + "'";
			double weight = node.requiredNumber("weight", owner);
			node.text("source", owner);
			String label = node.optional("label").orElse(catalogue.label(factor));
			conditions.read(node.get("when"), owner, name -> null).ifPresent(
					when -> weights.add(new NeckLikelihoodModel.Weight(factor, when, weight, label,
							node.optional("source").orElse(""))));
		}
		return new NeckLikelihoodModel(probability, high, moderate, weights);
	}

	MedicationOveruseRule medication(YamlNode root) {
		YamlNode headache = root.get("headacheDays");
		YamlNode months = root.get("months");
		List<MedicationOveruseRule.DrugClass> classes = new ArrayList<>();
		for (YamlNode node : root.get("classes").items()) {
			String finding = numberFinding(node, "class");
			classes.add(new MedicationOveruseRule.DrugClass(finding, node.requiredNumber("atLeast", "class"),
					node.text("label", "class '" + finding + "'")));
		}
		if (classes.isEmpty()) {
			root.problem("medication: 'classes' must list at least one drug class");
		}
		YamlNode combined = root.get("combined");
		return new MedicationOveruseRule(numberFinding(headache, "headacheDays"),
				headache.requiredNumber("atLeast", "headacheDays"), numberFinding(months, "months"),
				months.requiredNumber("moreThan", "months"), classes, combined.requiredNumber("atLeast", "combined"),
				(int) combined.requiredNumber("minClasses", "combined"));
	}

	ReferralMap referralMap(YamlNode root) {
		List<ReferralMap.Structure> structures = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (YamlNode node : root.get("structures").items()) {
			String id = node.optional("id").orElse(null);
			if (id == null) {
				node.problem("structure without 'id'");
				continue;
			}
			String owner = "structure '" + id + "'";
			if (!ids.add(id)) {
				node.problem("duplicate structure id '" + id + "'");
			}
			String label = node.text("label", owner);
			String source = node.text("source", owner);
			List<String> regions = node.get("regions").strings();
			if (regions.isEmpty()) {
				node.problem(owner + ": 'regions' must list at least one region of the pain map");
			}
			regions.stream().filter(r -> !catalogue.regions().containsKey(r)).forEach(r -> node.get("regions").problem(
					owner + ": unknown region '" + r + "'" + Conditions.suggestion(r, catalogue.regions().keySet())));
			List<ReferralMap.Pointer> pointers = new ArrayList<>();
			for (YamlNode pointer : node.get("pointers").items()) {
				String finding = pointer.optional("finding").orElse("");
				if (!catalogue.contains(finding)) {
					pointer.problem(owner + ": unknown finding '" + finding + "'" + Conditions.suggestion(finding, catalogue.ids()));
				}
				pointers.add(new ReferralMap.Pointer(finding, pointer.text("words", owner + ", pointer '" + finding + "'")));
			}
			structures.add(new ReferralMap.Structure(id, label, regions, pointers, source));
		}
		if (structures.isEmpty()) {
			root.problem("no structures: referral-map.yaml needs a 'structures:' list");
		}
		return new ReferralMap(structures, catalogue.regions());
	}

	IntakeLayout intake(YamlNode root) {
		List<IntakeLayout.Section> sections = new ArrayList<>();
		for (YamlNode node : root.get("sections").items()) {
			String id = node.optional("id").orElse("?");
			String owner = "intake section '" + id + "'";
			List<String> findings = node.get("findings").strings();
			findings.stream().filter(f -> !catalogue.contains(f)).forEach(f -> node.get("findings").problem(
					owner + ": unknown finding '" + f + "'" + Conditions.suggestion(f, catalogue.ids())));
			sections.add(new IntakeLayout.Section(id, node.text("label", owner), findings));
		}
		YamlNode facts = root.get("facts");
		Function<String, String> fact = key -> {
			String id = facts.optional(key).orElse("");
			if (!catalogue.contains(id)) {
				facts.problem("intake facts: '" + key + "' names unknown finding '" + id + "'"
						+ Conditions.suggestion(id, catalogue.ids()));
			}
			return id;
		};
		return new IntakeLayout(sections, new IntakeLayout.Facts(fact.apply("age"), fact.apply("side"),
				fact.apply("regions"), fact.apply("headacheDays"), fact.apply("attackHours"), fact.apply("severity"),
				fact.apply("treatments")));
	}

	private String numberFinding(YamlNode node, String owner) {
		String finding = node.optional("finding").orElse("");
		if (!catalogue.contains(finding)) {
			node.problem(owner + ": unknown finding '" + finding + "'" + Conditions.suggestion(finding, catalogue.ids()));
		}
		else if (!catalogue.carries(finding, FindingCatalogue.Carries.VALUE)) {
			node.problem(owner + ": finding '" + finding + "' holds no number");
		}
		return finding;
	}

}
