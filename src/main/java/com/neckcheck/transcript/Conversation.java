package com.neckcheck.transcript;

import java.time.Instant;

/** A stored conversation's identity. The token itself is never stored, only its hash. */
public record Conversation(String id, String bookingReference, String lang, Instant startedAt, String status) {

	public static final String ACTIVE = "active";

	public static final String COMPLETED = "completed";

}
