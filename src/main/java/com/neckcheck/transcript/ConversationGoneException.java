package com.neckcheck.transcript;

/**
 * The conversation is no longer stored: staff erased it, or retention purged it, while a node still held it
 * in memory. The visitor can only start a new one.
 */
public class ConversationGoneException extends RuntimeException {

	public ConversationGoneException(String conversationId, Throwable cause) {
		super("conversation " + conversationId + " is no longer stored", cause);
	}

}
