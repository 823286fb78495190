package com.neckcheck.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * The node's open chat sockets, and its part in a graceful shutdown: before the web server stops, every
 * socket finishes the message it is handling (stored, acknowledged, answered) and is then closed with 1012
 * "service restart", which tells the widget to reconnect, to another node or to this one once it is back.
 * A frame that arrives after the shutdown began is not read: it was never acknowledged, so the client
 * sends it again after reconnecting.
 */
@Component
class OpenSockets implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OpenSockets.class);

	private final Set<ChatSocket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	private volatile boolean draining;

	/** @return false when the node is shutting down: the caller closes the socket with 1012 */
	boolean add(ChatSocket socket) {
		sockets.add(socket);
		return !draining;
	}

	void remove(ChatSocket socket) {
		sockets.remove(socket);
	}

	boolean draining() {
		return draining;
	}

	int count() {
		return sockets.size();
	}

	/** Also after a stop without a shutdown (a paused test context, a context stopped and started again). */
	@Override
	public void start() {
		draining = false;
		running = true;
	}

	@Override
	public void stop() {
		draining = true;
		long started = System.nanoTime();
		// Idle sockets first, so that none waits behind a busy one; then each busy one once its message is done.
		List<ChatSocket> busy = new ArrayList<>();
		for (ChatSocket socket : sockets) {
			if (!socket.closeIfIdle(CloseStatus.SERVICE_RESTARTED)) {
				busy.add(socket);
			}
		}
		busy.forEach(socket -> socket.closeWhenIdle(CloseStatus.SERVICE_RESTARTED));
		log.info("Shutdown: {} chat sockets told to reconnect (1012), {} after finishing a message, in {} ms",
				sockets.size(), busy.size(), Duration.ofNanos(System.nanoTime() - started).toMillis());
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before the web server's graceful shutdown, so sockets are closed while the server still runs. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
