package com.neckcheck.screening;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.neckcheck.finding.WireFinding;

/**
 * The end of a screening, in the shape of the wire contract's {@code summary}. {@code advice} is this
 * project's extension: the triage instruction and the sentence for each warning sign, so that a client
 * can show them first and large.
 */
@JsonPropertyOrder({ "triage", "redFlags", "advice", "pattern", "neck", "medicationOveruse", "factors", "findings",
		"booking", "text" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(String triage, List<RedFlag> redFlags, Advice advice, String pattern, Neck neck,
		boolean medicationOveruse, List<NeckLikelihoodModel.Factor> factors, List<WireFinding> findings,
		Booking booking, String text) {

	public record RedFlag(String finding, String label) {
	}

	public record Advice(String heading, List<String> reasons) {
	}

	public record Neck(double probability, String band) {
	}

	public record Booking(String url, String reference) {
	}

}
