package com.neckcheck.transcript;

/** The result of a finished screening, kept on the conversation for staff lists and filters. */
public record Outcome(String triage, String pattern, String neckBand, double neckProbability, boolean medicationOveruse,
		String redFlags) {
}
