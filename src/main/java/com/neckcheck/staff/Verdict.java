package com.neckcheck.staff;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The clinician's view of a screening: whether they agree with the screener ({@code agree}, {@code partly},
 * {@code disagree}) and their own impression. One per conversation; saving again replaces it, and the audit
 * trail keeps who saved when.
 */
record Verdict(String agreement, String impression, String author, Instant at) {

	record Request(@NotNull @Pattern(regexp = "agree|partly|disagree") String agreement,
			@Size(max = 4000) String impression) {
	}

}
