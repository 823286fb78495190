package com.neckcheck.screening;

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

	public HeadachePattern classify(Findings findings) {
		return decisions.stream()
			.filter(d -> d.when().test(findings))
			.map(Decision::pattern)
			.findFirst()
			.orElse(HeadachePattern.UNCLEAR);
	}

}
