package com.neckcheck.chat;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The {@code /ws/chat} endpoint. Every frame is checked for size before it is parsed; a frame that breaks
 * the contract gets an {@code error} and the socket stays usable. Visitor words are never logged.
 */
class ChatHandler extends TextWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatHandler.class);

	private static final String SOCKET = ChatSocket.class.getName();

	private final Conversations conversations;

	private final ChatFrames frames;

	private final ServerMessages messages;

	private final ChatProperties properties;

	private final ChatMetrics metrics;

	private final ChatLimits limits;

	private final OpenSockets open;

	/** Client addresses whose flood close was logged in the last minute. */
	private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> floodLogged = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.expireAfterWrite(java.time.Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();

	private final ChatTicker ticker;

	ChatHandler(Conversations conversations, ChatFrames frames, ServerMessages messages, ChatProperties properties,
			ChatMetrics metrics, ChatLimits limits, OpenSockets open, ChatTicker ticker) {
		this.limits = limits;
		this.ticker = ticker;
		this.open = open;
		this.conversations = conversations;
		this.frames = frames;
		this.messages = messages;
		this.properties = properties;
		this.metrics = metrics;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		ChatSocket socket = new ChatSocket(session, properties, ticker);
		if (!limits.socketOpened(socket.address())) {
			metrics.rateLimited();
			socket.close(CloseStatus.POLICY_VIOLATION.withReason("too many open connections from your address"));
			return;
		}
		session.getAttributes().put(SOCKET, socket);
		metrics.socketOpened();
		if (!open.add(socket)) {
			socket.close(CloseStatus.SERVICE_RESTARTED);
		}
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		ChatSocket socket = socket(session);
		if (socket == null) {
			return;
		}
		MDC.put("socket", socket.id());
		try {
			socket.whileBusy(() -> handle(socket, message));
		}
		finally {
			MDC.remove("socket");
			MDC.remove("conversation");
		}
	}

	private void handle(ChatSocket socket, TextMessage message) {
		if (open.draining()) {
			socket.close(CloseStatus.SERVICE_RESTARTED);
			return;
		}
		long received = System.nanoTime();
		if (socket.conversationId() != null) {
			MDC.put("conversation", socket.conversationId());
		}
		if (!admitted(socket)) {
			return;
		}
		String frame = message.getPayload();
		if (frame.length() > properties.maxTextBytes()
				|| frame.getBytes(StandardCharsets.UTF_8).length > properties.maxTextBytes()) {
			socket.send(messages.error("too_large",
					"That message is too long (at most " + properties.maxTextBytes() + " bytes). Please send it in shorter parts.",
					null));
			return;
		}
		ClientMessage parsed;
		try {
			parsed = frames.parse(frame);
		}
		catch (BadFrame bad) {
			socket.send(messages.error(bad.code(), bad.getMessage(), bad.replyTo()));
			return;
		}
		try {
			dispatch(socket, parsed, frame);
			if (parsed instanceof ClientMessage.Answer) {
				metrics.turn(java.time.Duration.ofNanos(System.nanoTime() - received));
			}
		}
		catch (RuntimeException ex) {
			log.error("Internal error in conversation {} on socket {}", socket.conversationId(), socket.id(), ex);
			String replyTo = parsed instanceof ClientMessage.Answer answer ? answer.id() : null;
			socket.send(messages.error("internal", "Something went wrong on our side. Please try again in a moment.",
					replyTo));
		}
	}

	/** Applies the socket's rate limit: a refused frame is answered once per run, a flood closes the socket. */
	private boolean admitted(ChatSocket socket) {
		ChatSocket.Admission admission = socket.admit();
		if (admission == ChatSocket.Admission.READ) {
			return true;
		}
		metrics.rateLimited();
		if (admission == ChatSocket.Admission.REFUSE_AND_TELL) {
			socket.send(messages.error("rate_limited",
					"You're sending messages faster than I can read them. Please wait a moment and send that again.", null));
		}
		else if (admission == ChatSocket.Admission.CLOSE) {
			if (floodLogged.asMap().putIfAbsent(socket.address(), Boolean.TRUE) == null) {
				// once a minute per client address: a flooder that reconnects after each close writes no log flood
				log.info("Socket {} closed for flooding (further flood closes from its address this minute are not logged)",
						socket.id());
			}
			metrics.floodClosed();
			socket.close(CloseStatus.POLICY_VIOLATION.withReason("too many messages"));
		}
		return false;
	}

	private void dispatch(ChatSocket socket, ClientMessage message, String frame) {
		if (message instanceof ClientMessage.Start start) {
			conversations.start(socket, start);
		}
		else if (message instanceof ClientMessage.Answer answer) {
			conversations.answer(socket, answer);
		}
		else {
			socket.send(messages.pong());
		}
	}

	@Override
	protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
		if (socket(session) == null) {
			return;
		}
		if (!admitted(socket(session))) {
			return;
		}
		socket(session).send(messages.error("bad_request", "binary frames are not part of the protocol; send JSON text frames", null));
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		log.debug("Transport error on socket {}: {}", session.getId(), exception.getClass().getSimpleName());
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		ChatSocket socket = socket(session);
		if (socket == null) {
			return;
		}
		open.remove(socket);
		limits.socketClosed(socket.address());
		metrics.socketClosed();
		log.debug("Socket {} closed with {}", session.getId(), status.getCode());
	}

	private ChatSocket socket(WebSocketSession session) {
		return (ChatSocket) session.getAttributes().get(SOCKET);
	}

}
