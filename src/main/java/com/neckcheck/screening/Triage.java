package com.neckcheck.screening;

import com.neckcheck.finding.TriageLevel;
import java.util.List;

/**
 * The triage of a conversation so far: the highest level of the rules that fire, those rules (most
 * severe first) and the red-flag findings that made them fire.
 */
public record Triage(TriageLevel level, List<TriageRule> fired, List<String> flags) {

	public static final Triage ROUTINE = new Triage(TriageLevel.ROUTINE, List.of(), List.of());

}
