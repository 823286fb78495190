package com.neckcheck.chat;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The warm-up before the service reports itself ready.
 *
 * @param duration how long synthetic screenings run through the dialog engine and the language pipeline
 * before readiness turns UP (0 turns it off)
 */
@Validated
@ConfigurationProperties("neckcheck.warm-up")
public record WarmUpProperties(@NotNull Duration duration) {

	public WarmUpProperties {
		duration = duration == null ? Duration.ofSeconds(1) : duration;
	}

}
