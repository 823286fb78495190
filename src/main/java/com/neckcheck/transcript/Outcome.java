package com.neckcheck.transcript;

import java.util.List;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;

/**
 * The result of a finished screening, kept on the conversation for staff lists and filters.
 *
 * @param redFlags the finding ids of the warning signs the triage rests on
 */
public record Outcome(TriageLevel triage, HeadachePattern pattern, NeckBand neckBand, double neckProbability,
		boolean medicationOveruse, List<String> redFlags) {

	public Outcome {
		redFlags = List.copyOf(redFlags);
	}

}
