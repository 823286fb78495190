package com.neckcheck.chat;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * One visitor's open socket and the conversation it is bound to. Sends go through Spring's concurrent
 * decorator, so a slow client cannot block the thread that answers it for long.
 */
final class ChatSocket {

	private static final Logger log = LoggerFactory.getLogger(ChatSocket.class);

	private final WebSocketSession session;

	private volatile String conversationId;

	private final double perSecond;

	private final int burst;

	private double tokens;

	private long refilledAt = System.nanoTime();

	ChatSocket(WebSocketSession session, ChatProperties properties) {
		this.session = new ConcurrentWebSocketSessionDecorator(session, (int) properties.sendTimeLimit().toMillis(),
				properties.sendBufferBytes());
		this.perSecond = properties.messagesPerSecond();
		this.burst = properties.messageBurst();
		this.tokens = burst;
	}

	/** A token bucket: {@code burst} frames at once, then {@code perSecond} on average. */
	synchronized boolean allowFrame() {
		long now = System.nanoTime();
		tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
		refilledAt = now;
		if (tokens < 1) {
			return false;
		}
		tokens--;
		return true;
	}

	String conversationId() {
		return conversationId;
	}

	void bind(String conversationId) {
		this.conversationId = conversationId;
	}

	String id() {
		return session.getId();
	}

	/**
	 * Sends a frame; a socket that is gone is only noted, since everything sent was stored first and the
	 * client gets it again when it resumes.
	 */
	void send(String frame) {
		if (!session.isOpen()) {
			return;
		}
		try {
			session.sendMessage(new TextMessage(frame));
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Could not send to socket {} of conversation {}: {}", session.getId(), conversationId,
					ex.getClass().getSimpleName());
		}
	}

}
