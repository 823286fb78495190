package com.neckcheck.transcript;

import java.time.Instant;

/**
 * One transcript entry. {@code body} is the JSON of the message as it crossed the wire (for a visitor
 * entry, the client message; for a bot entry, the server message with its seq).
 */
public record Entry(int seq, Instant at, Speaker speaker, String kind, String clientId, String body) {

	public enum Speaker {

		VISITOR, BOT

	}

}
