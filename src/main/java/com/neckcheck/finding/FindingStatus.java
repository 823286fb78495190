package com.neckcheck.finding;

import java.util.Locale;

/** How sure we are that a finding applies to the visitor. */
public enum FindingStatus {

	PRESENT, ABSENT, UNCERTAIN;

	/** Present or uncertain: an unsure answer to a warning question counts as yes. */
	public boolean suspected() {
		return this != ABSENT;
	}

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The stronger of two statuses for a red flag: present beats uncertain beats absent. */
	public static FindingStatus worst(FindingStatus a, FindingStatus b) {
		return rank(a) >= rank(b) ? a : b;
	}

	private static int rank(FindingStatus s) {
		return switch (s) {
			case PRESENT -> 2;
			case UNCERTAIN -> 1;
			case ABSENT -> 0;
		};
	}

}
