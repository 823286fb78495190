package com.neckcheck.chat;

import java.util.List;

import org.springframework.stereotype.Component;

import com.neckcheck.dialog.Reply;
import com.neckcheck.finding.WireFinding;

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
	String replayedVisitor(String storedBody, int seq) {
		JsonNode stored = json.readTree(storedBody);
		ObjectNode node = object("ack");
		node.put("id", stored.path("id").asString());
		node.put("seq", seq);
		if (stored.has("text")) {
			node.set("text", stored.get("text"));
		}
		if (stored.has("value")) {
			node.set("value", stored.get("value"));
		}
		node.put("replay", true);
		return write(node);
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

	String reply(Reply reply, int seq) {
		if (reply instanceof Reply.End end) {
			ObjectNode node = object("summary");
			node.put("seq", seq);
			node.setAll((ObjectNode) json.valueToTree(end.summary()));
			return write(node);
		}
		Reply.Say say = (Reply.Say) reply;
		ObjectNode node = object("bot");
		node.put("seq", seq);
		node.put("text", say.text());
		if (say.ask() != null) {
			node.set("ask", json.valueToTree(say.ask()));
		}
		if (say.progress() != null) {
			node.set("progress", json.valueToTree(say.progress()));
		}
		if (say.alert() != null) {
			node.set("alert", json.valueToTree(say.alert()));
		}
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
	String askedQuestion(String storedBody) {
		JsonNode question = json.readTree(storedBody).path("ask").path("question");
		return question.isString() ? question.asString() : null;
	}

	private ObjectNode object(String type) {
		ObjectNode node = json.createObjectNode();
		node.put("type", type);
		return node;
	}

	private String write(JsonNode node) {
		return json.writeValueAsString(node);
	}

}
