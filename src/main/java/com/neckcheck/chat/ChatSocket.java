package com.neckcheck.chat;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
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

	private final TokenBucket frames;

	private final ReentrantLock busy = new ReentrantLock();

	/** Refused frames in a row after which the socket is closed as flooding. */
	static final int FLOOD_LIMIT = 200;

	private int refusedInARow;

	private final String address;

	private final String origin;

	ChatSocket(WebSocketSession session, ChatProperties properties, ChatTicker ticker) {
		this.session = new ConcurrentWebSocketSessionDecorator(session, (int) properties.sendTimeLimit().toMillis(),
				properties.sendBufferBytes());
		this.frames = new TokenBucket(properties.messagesPerSecond(), properties.messageBurst(), ticker::nanoTime);
		this.address = session.getRemoteAddress() == null ? "unknown"
				: session.getRemoteAddress().getAddress().getHostAddress();
		this.origin = session.getHandshakeHeaders().getOrigin();
	}

	/**
	 * Runs the handling of one frame under the socket's lock, so that shutting down waits for a message in
	 * flight to be stored and answered before it closes the socket.
	 */
	void whileBusy(Runnable work) {
		busy.lock();
		try {
			work.run();
		}
		finally {
			busy.unlock();
		}
	}

	/** Closes the socket now if no frame is in flight; false when one is. */
	boolean closeIfIdle(CloseStatus status) {
		if (!busy.tryLock()) {
			return false;
		}
		try {
			close(status);
			return true;
		}
		finally {
			busy.unlock();
		}
	}

	/** Closes the socket once the frame in flight is done. */
	void closeWhenIdle(CloseStatus status) {
		whileBusy(() -> close(status));
	}

	/**
	 * Whether the frame may be read. A socket that keeps sending past its limit is flooding: it is told once
	 * per refused run, and closed after {@code FLOOD_LIMIT} refusals in a row, so that answering a flood cannot
	 * cost more than the flood.
	 */
	Admission admit() {
		if (frames.take()) {
			refusedInARow = 0;
			return Admission.READ;
		}
		int refused = ++refusedInARow;
		// the flood closes the socket once; whatever still arrives while it closes is dropped unread and unlogged
		return refused == 1 ? Admission.REFUSE_AND_TELL : refused == FLOOD_LIMIT ? Admission.CLOSE : Admission.REFUSE;
	}

	enum Admission {

		READ, REFUSE_AND_TELL, REFUSE, CLOSE

	}

	/** The client's address as the server sees it (behind a proxy, see server.forward-headers-strategy). */
	String address() {
		return address;
	}

	/** The page that opened the socket (the browser's Origin header), or null for non-browser clients. */
	String origin() {
		return origin;
	}

	/** Closes the socket with {@code status}; what was stored stays, and the client may resume. */
	void close(CloseStatus status) {
		try {
			session.close(status);
		}
		catch (IOException ex) {
			log.debug("Could not close socket {}: {}", session.getId(), ex.getClass().getSimpleName());
		}
	}

	boolean isOpen() {
		return session.isOpen();
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
