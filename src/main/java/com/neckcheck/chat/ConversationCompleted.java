package com.neckcheck.chat;

import com.neckcheck.screening.Summary;

/**
 * Published once a conversation's summary is stored (and before it is sent): for whatever wants to know that
 * a screening ended, such as the metrics, without the conversation calling each of them.
 */
public record ConversationCompleted(String conversationId, Summary summary) {
}
