package com.neckcheck.staff;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The clinician's view of a screening: whether they agree with the screener ({@code agree}, {@code partly},
 * {@code disagree}), their own impression, and, when they give them, their own labels: the triage, the
 * pattern and the neck band they would have given, and whether they found the neck contributing. One per
 * conversation; saving again replaces it, and the audit trail keeps who saved when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Verdict(String agreement, String impression, String author, Instant at, Labels labels) {

	/** The clinician's own outcome for the screening; any part may be left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Labels(TriageLevel triage, HeadachePattern pattern, NeckBand band, Boolean neckContributes) {

		static final Labels NONE = new Labels(null, null, null, null);

		boolean any() {
			return triage != null || pattern != null || band != null || neckContributes != null;
		}

	}

	record Request(@NotNull @Pattern(regexp = "agree|partly|disagree") String agreement,
			@Size(max = 4000) String impression, TriageLevel triage, HeadachePattern pattern, NeckBand band,
			Boolean neckContributes) {

		Labels labels() {
			return new Labels(triage, pattern, band, neckContributes);
		}

	}

}
