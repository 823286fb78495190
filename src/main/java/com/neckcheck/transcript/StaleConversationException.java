package com.neckcheck.transcript;

/**
 * The transcript position a node wanted to write is taken: another node has moved the conversation on since
 * this node last saw it. The caller rebuilds the conversation from the transcript and tries again.
 */
public class StaleConversationException extends RuntimeException {

	public StaleConversationException(String conversationId, int seq) {
		super("conversation " + conversationId + " already has an entry at seq " + seq, null, false, false);
	}

}
