package com.neckcheck.dialog;

import java.util.Locale;

/** The kinds of question of the wire contract's {@code ask.kind}. */
public enum QuestionKind {

	YESNO, CHOICE, MULTI, SCALE, NUMBER, TEXT, PAINMAP;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean numeric() {
		return this == SCALE || this == NUMBER;
	}

}
