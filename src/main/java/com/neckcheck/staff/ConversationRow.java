package com.neckcheck.staff;

import com.neckcheck.finding.TriageLevel;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.HeadachePattern;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One conversation as staff see it in the list and the exports: its outcome and what became of it, no
 * visitor words. {@code status} is {@code completed}, {@code active} or {@code abandoned} (unfinished and
 * quiet for longer than {@code neckcheck.staff.abandoned-after}). {@code reviewedAt} and {@code reviewedBy}: when
 * and by whom a clinician marked it read; null until then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConversationRow(String id, String bookingReference, Instant startedAt, Instant updatedAt, String status,
		TriageLevel triage, HeadachePattern pattern, NeckBand neckBand, Double neckProbability, Boolean medicationOveruse,
		List<String> redFlags, Instant bookingClickedAt, int bookingClicks, String verdict, Instant reviewedAt,
		String reviewedBy) {
}
