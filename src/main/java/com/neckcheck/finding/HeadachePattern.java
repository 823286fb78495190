package com.neckcheck.finding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The headache patterns the screener tells apart (their criteria are in dialogs/patterns.yaml, their words in
 * dialogs/texts.yaml under {@code pattern.}); the wire name is the lower-case name.
 */
public enum HeadachePattern {

	CERVICOGENIC, OCCIPITAL_NEURALGIA, MIGRAINE, TENSION_TYPE, MIXED, UNCLEAR;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<HeadachePattern> fromWire(String value) {
		return Arrays.stream(values()).filter(p -> p.wire().equals(value)).findFirst();
	}

}
