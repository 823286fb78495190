package com.neckcheck.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.neckcheck.dialog.ConversationState;
import com.neckcheck.dialog.Reply;

/**
 * A conversation held in memory: its dialog state, the last seq stored, and replies that were computed
 * but never stored (a crash between storing a visitor message and storing the answer to it), and where each
 * visitor message it holds was stored, so that a resent one is recognised without a database read on every
 * turn (the store's unique key still catches one stored by another node). All access
 * is under the object's monitor, one message at a time.
 */
final class LiveConversation {

	private final String id;

	private final ConversationState state;

	private int lastSeq;

	private List<Reply> unstored;

	/** Made at the first visitor message: an idle open session costs no more than it did. */
	private Map<String, Integer> storedClientIds;

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

	void storedVisitor(String clientId, int seq) {
		if (clientId != null) {
			if (storedClientIds == null) {
				storedClientIds = new HashMap<>();
			}
			storedClientIds.put(clientId, seq);
		}
	}

	/** Where a visitor message with this id was stored, if this conversation holds it. */
	Optional<Integer> storedSeq(String clientId) {
		return Optional.ofNullable(clientId == null || storedClientIds == null ? null : storedClientIds.get(clientId));
	}

	List<Reply> takeUnstored() {
		List<Reply> replies = unstored;
		unstored = List.of();
		return replies;
	}

}
