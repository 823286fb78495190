package com.neckcheck.transcript;

import java.time.Instant;
import java.util.Locale;

/**
 * One transcript entry, typed: who spoke, what kind of entry it is, and its parts as columns rather than a
 * copy of the wire frame.
 *
 * @param clientId the client's message id of a visitor entry
 * @param text what the visitor typed; what the screener said; for a summary, its instruction (the advice
 *     heading)
 * @param value what a visitor picked, as the JSON value they sent ({@code "no"}, {@code ["none"]},
 *     {@code 42}); null for typed words
 * @param question the id of the question a bot entry asks (dialogs/screening.yaml), else null
 * @param detail for a bot entry, the JSON object of what goes with its words ({@code ask}, {@code progress},
 *     {@code alert}); for a summary, the summary itself; null for visitor entries
 */
public record Entry(int seq, Instant at, Speaker speaker, Kind kind, String clientId, String text, String value,
		String question, String detail) {

	public enum Speaker {

		VISITOR, BOT

	}

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

	public static Entry visitor(int seq, Instant at, Kind kind, String clientId, String text, String value) {
		return new Entry(seq, at, Speaker.VISITOR, kind, clientId, text, value, null, null);
	}

	public static Entry bot(int seq, Instant at, Kind kind, String text, String question, String detail) {
		return new Entry(seq, at, Speaker.BOT, kind, null, text, null, question, detail);
	}

	/** The same visitor entry marked as one the dialog engine could not read. */
	public Entry unreadable() {
		return new Entry(seq, at, speaker, Kind.UNREADABLE, clientId, text, value, question, detail);
	}

}
