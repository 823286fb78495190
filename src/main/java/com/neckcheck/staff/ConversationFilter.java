package com.neckcheck.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;

/**
 * What staff narrow the conversation list (and its exports and analytics) by; every part is optional.
 * Dates are days in the clinic's time zone, both ends included.
 *
 * @param q words the visitor typed, anywhere in the conversation (case-insensitive)
 * @param flag one red-flag finding id, e.g. {@code thunderclap}
 */
record ConversationFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		TriageLevel triage, HeadachePattern pattern, NeckBand band, Boolean redFlag,
		@Pattern(regexp = "[a-z0-9_]{1,64}") String flag,
		@Pattern(regexp = "completed|active|abandoned") String status, Boolean booked,
		@Size(max = 200) String q) {

	static final ConversationFilter NONE = new ConversationFilter(null, null, null, null, null, null, null, null, null,
			null);

	ConversationFilter {
		q = q == null || q.isBlank() ? null : q.strip();
	}

	/** The filter as an audit detail: which filters were used, never the search words themselves. */
	String describe() {
		StringBuilder out = new StringBuilder();
		append(out, "from", from);
		append(out, "to", to);
		append(out, "triage", triage == null ? null : triage.wire());
		append(out, "pattern", pattern == null ? null : pattern.wire());
		append(out, "band", band == null ? null : band.wire());
		append(out, "redFlag", redFlag);
		append(out, "flag", flag);
		append(out, "status", status);
		append(out, "booked", booked);
		append(out, "q", q == null ? null : "(" + q.length() + " characters)");
		return out.isEmpty() ? "all" : out.toString();
	}

	private static void append(StringBuilder out, String name, Object value) {
		if (value != null) {
			out.append(out.isEmpty() ? "" : " ").append(name).append('=').append(value);
		}
	}

}
