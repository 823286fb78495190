package com.neckcheck.screening;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import com.neckcheck.finding.Truth;

import java.util.List;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.Condition;
import com.neckcheck.finding.Findings;

/**
 * The headache pattern by the criteria of dialogs/patterns.yaml (ICHD-3, CHISG): the first pattern of
 * the decision list whose condition holds, or {@code unclear}.
 */
public final class PatternRules {

	public record Decision(HeadachePattern pattern, Condition when) {
	}

	private final List<Decision> decisions;

	public PatternRules(List<Decision> decisions) {
		this.decisions = List.copyOf(decisions);
	}

	/**
	 * The open findings the decision list waits on: those of the undecided decisions above the first that
	 * holds whatever comes; empty when the pattern is settled.
	 */
	public Set<String> waitingOn(Findings findings, Predicate<String> open) {
		Set<String> waiting = new LinkedHashSet<>();
		for (Decision decision : decisions) {
			Truth truth = decision.when().decide(findings, open);
			if (truth == Truth.TRUE) {
				break;
			}
			decision.when().undecided(findings, open, waiting::add);
		}
		return waiting;
	}

	/** The findings some decision reads. */
	public Set<String> reads() {
		Set<String> read = new LinkedHashSet<>();
		decisions.forEach(decision -> decision.when().atoms(atom -> read.add(atom.finding())));
		return read;
	}

	public HeadachePattern classify(Findings findings) {
		return decisions.stream()
			.filter(d -> d.when().test(findings))
			.map(Decision::pattern)
			.findFirst()
			.orElse(HeadachePattern.UNCLEAR);
	}

}
