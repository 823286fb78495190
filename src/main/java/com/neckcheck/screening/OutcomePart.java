package com.neckcheck.screening;

import java.util.Locale;

/** The parts of a screening's outcome that a further answer could change. */
public enum OutcomePart {

	TRIAGE("the triage"), PATTERN("the pattern"), NECK_BAND("the neck band"), OVERUSE("the medication-overuse verdict");

	private final String words;

	OutcomePart(String words) {
		this.words = words;
	}

	/** How staff read it in "could not change the neck band". */
	public String words() {
		return words;
	}

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

}
