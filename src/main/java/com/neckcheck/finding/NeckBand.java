package com.neckcheck.finding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How likely the neck contributes, in words; the cut-offs are in dialogs/likelihood.yaml. */
public enum NeckBand {

	LOW, MODERATE, HIGH;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<NeckBand> fromWire(String value) {
		return Arrays.stream(values()).filter(b -> b.wire().equals(value)).findFirst();
	}

}
