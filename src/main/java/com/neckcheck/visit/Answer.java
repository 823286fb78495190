package com.neckcheck.visit;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;

/** What the visitor answered about one finding, as the intake shows it. */
public enum Answer {

	YES("yes"), NO("no"), NOT_SURE("not sure"), NOT_ASKED("not asked");

	private final String words;

	Answer(String words) {
		this.words = words;
	}

	@JsonValue
	public String words() {
		return words;
	}

	static Answer of(Optional<Finding> finding) {
		return finding.map(Finding::status).map(Answer::of).orElse(NOT_ASKED);
	}

	static Answer of(FindingStatus status) {
		return switch (status) {
			case PRESENT -> YES;
			case ABSENT -> NO;
			case UNCERTAIN -> NOT_SURE;
		};
	}

}
