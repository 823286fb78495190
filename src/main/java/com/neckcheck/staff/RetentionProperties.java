package com.neckcheck.staff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long transcripts are kept.
 *
 * @param days conversations whose last activity is older than this many days are erased
 * @param schedule when the purge runs (a Spring cron expression, the server's time zone)
 */
@Validated
@ConfigurationProperties("neckcheck.retention")
public record RetentionProperties(@Min(1) Integer days, @NotBlank String schedule) {

	public RetentionProperties {
		days = days == null ? 365 : days;
		schedule = schedule == null ? "0 15 3 * * *" : schedule;
	}

}
