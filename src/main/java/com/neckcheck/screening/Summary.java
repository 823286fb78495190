package com.neckcheck.screening;

import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.TriageLevel;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.neckcheck.finding.WireFinding;

/**
 * The end of a screening, in the shape of the wire contract's {@code summary}. {@code advice} and
 * {@code sections} are this project's extensions: the triage instruction and the sentence for each warning
 * sign, so that a client can show them first and large, and the text in labelled paragraphs.
 */
@JsonPropertyOrder({ "triage", "redFlags", "advice", "pattern", "neck", "medicationOveruse", "factors", "findings",
		"booking", "text", "sections" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(TriageLevel triage, List<RedFlag> redFlags, Advice advice, HeadachePattern pattern, Neck neck,
		boolean medicationOveruse, List<NeckLikelihoodModel.Factor> factors, List<WireFinding> findings,
		Booking booking, String text, List<Section> sections,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Skipped> skipped) {

	/**
	 * A scripted question the screening left out, and why ({@code reason}: {@code already_known},
	 * {@code did_not_apply}, {@code could_not_change}, {@code stopped_after_urgent}); {@code why} says it in
	 * words for staff ("could not change the neck band"). An extension of the summary; the widget ignores it.
	 */
	public record Skipped(String question, String reason, String why) {
	}

	/** The same summary with the questions that were left out. */
	public Summary withSkipped(List<Skipped> questions) {
		return new Summary(triage, redFlags, advice, pattern, neck, medicationOveruse, factors, findings, booking, text,
				sections, List.copyOf(questions));
	}

	/**
	 * One paragraph of {@code text} with what it is ({@code advice}, {@code flags}, {@code pattern},
	 * {@code neck}, {@code factors}, {@code overuse}, {@code notice}, {@code examination}, {@code safetyNet},
	 * {@code booking}), so a client can lay
	 * the summary out without parsing words.
	 */
	public record Section(String kind, String text) {
	}

	public record RedFlag(String finding, String label) {
	}

	/**
	 * The triage instruction, the reason per warning sign, the number to call (not for routine), and the ids of
	 * the rules of dialogs/red-flags.yaml that fired, for staff and for tests (docs/red-flags.md).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Advice(String heading, List<String> reasons, String call, List<String> rules) {
	}

	public record Neck(double probability, NeckBand band) {
	}

	/**
	 * {@code url} is the clinic's booking address. {@code track} (an extension) is the same link through this
	 * server, a path relative to it, which counts the click before it redirects; clients that can resolve it
	 * against the server's address use it so that the clinic sees which screenings led to a booking.
	 */
	public record Booking(String url, String reference, String track) {

		public static String trackingPath(String reference) {
			return "/book/" + reference;
		}

	}

}
