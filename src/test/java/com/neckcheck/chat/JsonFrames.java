package com.neckcheck.chat;

import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import tools.jackson.databind.JsonNode;

/**
 * A JDK WebSocket listener for the test clients: whole text frames, reassembled, go into a queue as JSON;
 * the close code (-1 for a broken connection) completes {@code closed}, and, for clients that wait on the
 * queue alone, a {@code {"type":"closed"}} marker follows the last frame.
 */
public final class JsonFrames implements WebSocket.Listener {

	private final BlockingQueue<JsonNode> inbox;

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final boolean markClose;

	private final StringBuilder partial = new StringBuilder();

	public JsonFrames(BlockingQueue<JsonNode> inbox, boolean markClose) {
		this.inbox = inbox;
		this.markClose = markClose;
	}

	public CompletableFuture<Integer> closed() {
		return closed;
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		partial.append(data);
		if (last) {
			inbox.add(ChatTestClient.JSON.readTree(partial.toString()));
			partial.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		ended(statusCode);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		ended(-1);
	}

	private void ended(int code) {
		if (closed.complete(code) && markClose) {
			inbox.add(ChatTestClient.JSON.createObjectNode().put("type", "closed"));
		}
	}

}
