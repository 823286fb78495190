package com.neckcheck.transcript;

import java.time.Instant;

/**
 * One transcript entry. {@code body} is the JSON of the message as it crossed the wire (for a visitor
 * entry, the client message; for a bot entry, the server message with its seq).
 */
public record Entry(int seq, Instant at, Speaker speaker, String kind, String clientId, String body) {

	/** The kind of a visitor entry the dialog engine failed on: kept for the record, skipped on replay. */
	public static final String UNREADABLE = "unreadable";

	public enum Speaker {

		VISITOR, BOT

	}

}
