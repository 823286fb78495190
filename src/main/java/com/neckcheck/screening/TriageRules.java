package com.neckcheck.screening;

import com.neckcheck.finding.TriageLevel;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.neckcheck.finding.Findings;

/**
 * Red-flag triage (SNNOOP10 and the dissection warnings, as written in dialogs/red-flags.yaml). Every
 * rule is evaluated on every call, so a flag counts wherever in the conversation it appeared.
 */
public final class TriageRules {

	private final List<TriageRule> rules;

	public TriageRules(List<TriageRule> rules) {
		this.rules = List.copyOf(rules);
	}

	public Triage evaluate(Findings findings) {
		List<TriageRule> fired = rules.stream()
			.filter(rule -> rule.level() != TriageLevel.ROUTINE && rule.when().test(findings))
			.sorted(Comparator.comparing(TriageRule::level).reversed())
			.toList();
		if (fired.isEmpty()) {
			return Triage.ROUTINE;
		}
		Set<String> flags = new LinkedHashSet<>();
		fired.forEach(rule -> rule.when().drivers(findings, flags::add));
		return new Triage(fired.get(0).level(), fired, List.copyOf(flags));
	}

	public List<TriageRule> rules() {
		return rules;
	}

}
