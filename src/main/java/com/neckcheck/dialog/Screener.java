package com.neckcheck.dialog;

import java.util.List;
import java.util.Optional;

import com.neckcheck.finding.WireFinding;

/**
 * What a conversation asks of the screening dialog: its opening, one visitor turn at a time, and the
 * question it waits on. {@link DialogEngine} is the one implementation; the interface is the seam where a
 * test puts an engine that fails, to show that one unreadable turn never breaks a conversation.
 */
public interface Screener {

	/** What one visitor message produced: what the language pipeline understood, and the replies. */
	record Turn(List<WireFinding> noted, List<Reply> replies) {
	}

	/** The greeting and the first question of a new conversation. */
	List<Reply> open(ConversationState state);

	Turn handle(ConversationState state, VisitorInput input);

	/** The pending question as it would be asked now, for a visitor who comes back. */
	Optional<Reply.Say> pendingQuestion(ConversationState state);

	/**
	 * When a stored conversation is replayed: the options its pending question was shown with, so that a page
	 * of a long checklist is answered as the visitor saw it.
	 */
	default void shown(ConversationState state, String question, List<String> options) {
	}

}
