package com.neckcheck.knowledge;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the dialog files are read from.
 *
 * @param location a Spring resource folder: {@code classpath:dialogs/} (the copy inside the jar, the
 * default) or, for a clinic that edits its own, {@code file:/etc/neckcheck/dialogs/}
 */
@Validated
@ConfigurationProperties("neckcheck.dialogs")
public record DialogsProperties(@NotBlank String location) {

	/** The jar's own copy; also where {@link BackgroundLoading} reads from when nothing is configured. */
	static final String DEFAULT_LOCATION = "classpath:dialogs/";

	public DialogsProperties {
		location = location == null ? DEFAULT_LOCATION : location;
	}

}
