package com.neckcheck.chat;

import com.neckcheck.dialog.VisitorInput;

/** A frame of the wire contract from the client, already checked. */
sealed interface ClientMessage {

	/** {@code key} is the site's widget key, when the clinic requires one. */
	record Start(String lang, String resume, Integer after, String key) implements ClientMessage {
	}

	/**
	 * A {@code text} or {@code choice}: something the visitor did, under the client's message id; {@code value}
	 * is a choice's value as the JSON it was sent in, kept as it came.
	 */
	record Answer(String type, String id, VisitorInput input, String value) implements ClientMessage {
	}

	record Ping() implements ClientMessage {
	}

}
