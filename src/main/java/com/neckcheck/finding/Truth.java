package com.neckcheck.finding;

/**
 * A condition's value while a screening is still going (Kleene's three-valued logic): true or false whatever
 * the questions still to come may tell, or unknown while an answer could still decide it.
 */
public enum Truth {

	TRUE, FALSE, UNKNOWN;

	public static Truth of(boolean value) {
		return value ? TRUE : FALSE;
	}

	public Truth not() {
		return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
	}

	public boolean decided() {
		return this != UNKNOWN;
	}

}
