package com.neckcheck.screening;

import java.util.Locale;

/** Triage tiers of the wire contract, lowest first. */
public enum TriageLevel {

	ROUTINE, URGENT, EMERGENCY;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static TriageLevel fromWire(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
