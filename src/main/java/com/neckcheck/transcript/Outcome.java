package com.neckcheck.transcript;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;

/** The result of a finished screening, kept on the conversation for staff lists and filters. */
public record Outcome(TriageLevel triage, HeadachePattern pattern, NeckBand neckBand, double neckProbability,
		boolean medicationOveruse, String redFlags) {
}
