package com.neckcheck.chat;

import java.util.List;

import org.springframework.stereotype.Component;

import com.neckcheck.dialog.Reply;
import com.neckcheck.finding.WireFinding;
import com.neckcheck.transcript.Entry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes the server's frames of the wire contract as JSON text. */
@Component
class ServerMessages {

	private final JsonMapper json;

	ServerMessages(JsonMapper json) {
		this.json = json;
	}

	String session(String token, String conversationId, boolean resumed) {
		ObjectNode node = object("session");
		node.put("token", token);
		node.put("conversationId", conversationId);
		node.put("resumed", resumed);
		return write(node);
	}

	String ack(String id, int seq) {
		ObjectNode node = object("ack");
		node.put("id", id);
		node.put("seq", seq);
		return write(node);
	}

	/**
	 * A stored visitor entry replayed after {@code start} with {@code after}: an {@code ack} that also carries
	 * what the visitor sent, so a client without local history can show it.
	 */
	String replayedVisitor(Entry entry) {
		ObjectNode node = object("ack");
		node.put("id", entry.clientId());
		node.put("seq", entry.seq());
		if (entry.value() != null) {
			node.set("value", json.readTree(entry.value()));
		}
		else {
			node.put("text", entry.text());
		}
		node.put("replay", true);
		return write(node);
	}

	/**
	 * What goes with a reply's words in the transcript: a line's {@code ask}, {@code progress} and
	 * {@code alert}; a summary whole. The words and the question id are kept in columns of their own.
	 */
	String detail(Reply reply) {
		ObjectNode node = reply instanceof Reply.End end ? (ObjectNode) json.valueToTree(end.summary())
				: sayDetail((Reply.Say) reply);
		return node.isEmpty() ? null : write(node);
	}

	private ObjectNode sayDetail(Reply.Say say) {
		ObjectNode node = json.createObjectNode();
		if (say.ask() != null) {
			node.set("ask", json.valueToTree(say.ask()));
		}
		if (say.progress() != null) {
			node.set("progress", json.valueToTree(say.progress()));
		}
		if (say.alert() != null) {
			node.set("alert", json.valueToTree(say.alert()));
		}
		return node;
	}

	/** A stored bot entry or summary as the frame the client receives, the first time and on every replay. */
	String frame(Entry entry) {
		ObjectNode node = head(entry);
		if (entry.detail() != null) {
			node.setAll((ObjectNode) json.readTree(entry.detail()));
		}
		return write(node);
	}

	/**
	 * The same frame for an entry whose detail {@link #detail} has just written (a turn's replies): the
	 * detail, an object with none of the head's keys, is joined as text instead of being parsed and written
	 * again on every turn (a question's options are most of a frame). Stored entries, whatever release wrote
	 * them, go through {@link #frame}.
	 */
	String freshFrame(Entry entry) {
		String head = write(head(entry));
		String detail = entry.detail();
		if (detail == null || detail.equals("{}")) {
			return head;
		}
		return head.substring(0, head.length() - 1) + "," + detail.substring(1);
	}

	private ObjectNode head(Entry entry) {
		ObjectNode node = object(entry.kind() == Entry.Kind.SUMMARY ? "summary" : "bot");
		node.put("seq", entry.seq());
		if (entry.kind() != Entry.Kind.SUMMARY) {
			node.put("text", entry.text());
		}
		return node;
	}

	String findings(List<WireFinding> findings) {
		return json.writeValueAsString(findings);
	}

	String noted(String replyTo, List<WireFinding> findings) {
		ObjectNode node = object("noted");
		node.put("replyTo", replyTo);
		node.set("findings", json.valueToTree(findings));
		return write(node);
	}

	String error(String code, String message, String replyTo) {
		ObjectNode node = object("error");
		node.put("code", code);
		node.put("message", message);
		if (replyTo != null) {
			node.put("replyTo", replyTo);
		}
		return write(node);
	}

	String pong() {
		return write(object("pong"));
	}

	/** The question id a stored bot entry asks, or null. */
	private ObjectNode object(String type) {
		ObjectNode node = json.createObjectNode();
		node.put("type", type);
		return node;
	}

	private String write(JsonNode node) {
		return json.writeValueAsString(node);
	}

}
