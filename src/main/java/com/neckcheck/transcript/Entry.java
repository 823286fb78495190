package com.neckcheck.transcript;

import java.time.Instant;
import java.util.Locale;

/**
 * One transcript entry. {@code body} is the JSON of the message as it crossed the wire (for a visitor
 * entry, the client message; for a bot entry, the server message with its seq).
 */
public record Entry(int seq, Instant at, Speaker speaker, Kind kind, String clientId, String body) {

	/**
	 * What the entry is: a visitor's {@code text} or {@code choice} (or one the dialog engine failed on,
	 * {@code unreadable}: kept for the record, skipped on replay), or the screener's {@code bot} line or
	 * {@code summary}. Stored under its wire name.
	 */
	public enum Kind {

		TEXT, CHOICE, UNREADABLE, BOT, SUMMARY;

		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** @throws IllegalArgumentException for a name no release has used */
		public static Kind fromWire(String wire) {
			return valueOf(wire.toUpperCase(Locale.ROOT));
		}

	}

	public enum Speaker {

		VISITOR, BOT

	}

}
