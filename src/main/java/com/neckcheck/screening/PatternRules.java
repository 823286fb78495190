package com.neckcheck.screening;

import java.util.List;

import com.neckcheck.finding.Condition;
import com.neckcheck.finding.Findings;

/**
 * The headache pattern by the criteria of dialogs/patterns.yaml (ICHD-3, CHISG): the first pattern of
 * the decision list whose condition holds, or {@code unclear}.
 */
public final class PatternRules {

	public static final List<String> PATTERNS = List.of("cervicogenic", "occipital_neuralgia", "migraine",
			"tension_type", "mixed", "unclear");

	public static final String UNCLEAR = "unclear";

	public record Decision(String pattern, Condition when) {
	}

	private final List<Decision> decisions;

	public PatternRules(List<Decision> decisions) {
		this.decisions = List.copyOf(decisions);
	}

	public String classify(Findings findings) {
		return decisions.stream()
			.filter(d -> d.when().test(findings))
			.map(Decision::pattern)
			.findFirst()
			.orElse(UNCLEAR);
	}

}
