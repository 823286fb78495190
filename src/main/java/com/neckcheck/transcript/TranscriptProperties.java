package com.neckcheck.transcript;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How transcript writes reach the database.
 *
 * @param maxBatch the most writes of different conversations committed in one transaction by the group
 * commit; 1 commits every write on its own
 */
@Validated
@ConfigurationProperties("neckcheck.transcript")
public record TranscriptProperties(@Min(1) @Max(10_000) Integer maxBatch) {

	public TranscriptProperties {
		maxBatch = maxBatch == null ? 256 : maxBatch;
	}

}
