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

	public DialogsProperties {
		location = location == null ? "classpath:dialogs/" : location;
	}

}
