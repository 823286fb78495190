package com.neckcheck.chat;

/** A frame that breaks the wire contract; answered with an {@code error}, never logged with its content. */
class BadFrame extends RuntimeException {

	private final String code;

	private final String replyTo;

	BadFrame(String code, String message, String replyTo) {
		super(message, null, false, false);
		this.code = code;
		this.replyTo = replyTo;
	}

	String code() {
		return code;
	}

	String replyTo() {
		return replyTo;
	}

}
