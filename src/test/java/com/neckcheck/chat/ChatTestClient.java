package com.neckcheck.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client (the JDK's) that talks the wire contract to a running server, for tests. */
public final class ChatTestClient implements AutoCloseable {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

	private final List<JsonNode> received = new ArrayList<>();

	private final JsonFrames frames = new JsonFrames(inbox, false);

	private final CompletableFuture<Integer> closed = frames.closed();

	private final WebSocket socket;

	private ChatTestClient(String host, int port) {
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(WAIT)
			.buildAsync(URI.create("ws://" + host + ":" + port + "/ws/chat"), frames)
			.join();
	}

	public static ChatTestClient connect(int port) {
		return new ChatTestClient("127.0.0.1", port);
	}


	public void send(Map<String, ?> message) {
		sendRaw(JSON.writeValueAsString(message));
	}

	public void sendRaw(String frame) {
		socket.sendText(frame, true).join();
	}

	/**
	 * Sends a frame the server refuses by closing the socket, and returns the close code: 1009 as a rule, -1
	 * when the server's close cut the client off while it was still writing (a race no client can avoid).
	 */
	public int sendExpectingClose(String frame) {
		try {
			sendRaw(frame);
		}
		catch (RuntimeException closedWhileSending) {
			// the server may close before the whole frame is written
		}
		return awaitClose();
	}

	public void sendBinary(byte[] bytes) {
		socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
	}

	/** The next message from the server; fails the test if none comes in time. */
	public JsonNode next() {
		try {
			JsonNode message = inbox.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			if (message == null) {
				throw new AssertionError("no message from the server within " + WAIT + "; received so far: " + received
						+ "\nserver threads:\n" + serverThreads());
			}
			received.add(message);
			if (Boolean.getBoolean("neckcheck.trace")) {
				// -Dneckcheck.trace=true: every frame a test receives, to read one conversation through
				System.out.println("  <- " + message);
			}
			return message;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Reads until a message of the given type arrives and returns it. */
	public JsonNode next(String type) {
		while (true) {
			JsonNode message = next();
			if (type.equals(message.path("type").asString())) {
				return message;
			}
		}
	}

	/** Reads until the server waits for the visitor (a bot message with an ask) or ends (summary). */
	public JsonNode nextPrompt() {
		while (true) {
			JsonNode message = next();
			String type = message.path("type").asString();
			if ("summary".equals(type) || ("bot".equals(type) && message.has("ask"))) {
				return message;
			}
			if ("error".equals(type) && "internal".equals(message.path("code").asString())) {
				throw new AssertionError("internal error from the server: " + message);
			}
		}
	}

	/** Messages that arrive within a short quiet period, for asserting that nothing more comes. */
	public List<JsonNode> drain(Duration quiet) {
		List<JsonNode> messages = new ArrayList<>();
		try {
			JsonNode message;
			while ((message = inbox.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
				received.add(message);
				messages.add(message);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return messages;
	}

	/** Where the server's request threads are, when it runs in this JVM: for a test that waited in vain. */
	private static String serverThreads() {
		StringBuilder out = new StringBuilder();
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (thread.getName().contains("exec") && stack.length > 0 && thread.getState() != Thread.State.WAITING
					&& thread.getState() != Thread.State.TIMED_WAITING) {
				out.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
				for (int i = 0; i < Math.min(12, stack.length); i++) {
					out.append("    at ").append(stack[i]).append('\n');
				}
			}
		});
		return out.toString();
	}

	public List<JsonNode> received() {
		return received;
	}

	/** The close code the server sent, waiting for it. */
	public int awaitClose() {
		return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
	}

	public boolean isOpen() {
		return !socket.isOutputClosed() && !closed.isDone();
	}

	@Override
	public void close() {
		if (!socket.isOutputClosed()) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(ex -> null);
		}
		socket.abort();
	}

}
