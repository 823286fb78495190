package com.neckcheck.chat;

import java.util.List;

import com.neckcheck.dialog.ConversationState;
import com.neckcheck.dialog.Reply;

/**
 * A conversation held in memory: its dialog state, the last seq stored, and replies that were computed
 * but never stored (a crash between storing a visitor message and storing the answer to it). All access
 * is under the object's monitor, one message at a time.
 */
final class LiveConversation {

	private final String id;

	private final ConversationState state;

	private int lastSeq;

	private List<Reply> unstored;

	LiveConversation(String id, ConversationState state, int lastSeq, List<Reply> unstored) {
		this.id = id;
		this.state = state;
		this.lastSeq = lastSeq;
		this.unstored = List.copyOf(unstored);
	}

	String id() {
		return id;
	}

	ConversationState state() {
		return state;
	}

	int lastSeq() {
		return lastSeq;
	}

	void stored(int seq) {
		this.lastSeq = seq;
	}

	List<Reply> takeUnstored() {
		List<Reply> replies = unstored;
		unstored = List.of();
		return replies;
	}

}
