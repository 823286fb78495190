package com.neckcheck.screening;

import java.util.function.Predicate;

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

	/**
	 * The open findings that undecided rules wait on; empty when every rule is decided. A rule already
	 * firing needs nothing more, whatever its other parts (a warning sign is never asked twice).
	 */
	public Set<String> waitingOn(Findings findings, Predicate<String> open) {
		Set<String> waiting = new LinkedHashSet<>();
		for (TriageRule rule : rules) {
			if (rule.level() != TriageLevel.ROUTINE) {
				rule.when().undecided(findings, open, waiting::add);
			}
		}
		return waiting;
	}

	/** The findings some rule reads. */
	public Set<String> reads() {
		Set<String> read = new LinkedHashSet<>();
		rules.forEach(rule -> rule.when().atoms(atom -> read.add(atom.finding())));
		return read;
	}

	public List<TriageRule> rules() {
		return rules;
	}

}
