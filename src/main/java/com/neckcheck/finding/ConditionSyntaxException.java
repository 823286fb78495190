package com.neckcheck.finding;

/** A condition in dialogs/ that cannot be read; the loader adds the file and line. */
public class ConditionSyntaxException extends RuntimeException {

	public ConditionSyntaxException(String message) {
		super(message);
	}

}
