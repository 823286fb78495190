package com.neckcheck.finding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Triage tiers of the wire contract, lowest first. */
public enum TriageLevel {

	ROUTINE, URGENT, EMERGENCY;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TriageLevel> fromWire(String value) {
		return Arrays.stream(values()).filter(t -> t.wire().equals(value)).findFirst();
	}

}
