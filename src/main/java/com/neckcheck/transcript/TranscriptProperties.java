package com.neckcheck.transcript;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How transcript writes reach the database.
 *
 * @param maxBatch the most writes of different conversations committed in one transaction by the group
 * commit; 1 commits every write on its own
 * @param activityResolution how far a conversation's last activity ({@code updated_at}) may lag behind its
 * last entry. Rewriting it on every turn cost an update and an index change in every commit; the staff's
 * "abandoned after 30 minutes" and the retention in days need it to the minute, not the millisecond. The end
 * of a screening is always recorded exactly.
 */
@Validated
@ConfigurationProperties("neckcheck.transcript")
public record TranscriptProperties(@Min(1) @Max(10_000) Integer maxBatch, Duration activityResolution) {

	public TranscriptProperties {
		maxBatch = maxBatch == null ? 256 : maxBatch;
		activityResolution = activityResolution == null ? Duration.ofMinutes(1) : activityResolution;
		if (activityResolution.isNegative() || activityResolution.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new IllegalArgumentException(
					"neckcheck.transcript.activity-resolution must be between 0s and 10m, not " + activityResolution);
		}
	}

}
