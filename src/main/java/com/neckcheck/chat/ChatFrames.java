package com.neckcheck.chat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.neckcheck.dialog.VisitorInput;
import com.neckcheck.transcript.Entry;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads client frames of the wire contract; anything else becomes a {@link BadFrame} with a clear reason. */
@Component
class ChatFrames {

	private static final int MAX_ID_LENGTH = 128;

	private final tools.jackson.databind.ObjectReader strict;

	private final JsonMapper mapper;

	ChatFrames(JsonMapper json) {
		this.mapper = json;
		this.strict = json.reader().with(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	ClientMessage parse(String frame) {
		JsonNode node;
		try {
			node = strict.readTree(frame);
		}
		catch (JacksonException ex) {
			// a key given twice ("type":"ping","type":"text") is refused, never read as the last one
			throw bad(ex.getMessage() != null && ex.getMessage().startsWith("Duplicate")
					? "a key appears twice in the frame" : "the frame is not valid JSON", null);
		}
		if (node == null || !node.isObject()) {
			throw bad("a frame must be one JSON object", null);
		}
		JsonNode type = node.get("type");
		if (type == null || !type.isString()) {
			throw bad("missing field 'type'", null);
		}
		return switch (type.asString()) {
			case "start" -> start(node);
			case "text" -> text(node);
			case "choice" -> choice(node);
			case "ping" -> new ClientMessage.Ping();
			default -> throw bad("unknown type '" + abbreviate(type.asString()) + "'", null);
		};
	}

	/** Reads a stored visitor entry back into the input it carried. */
	ClientMessage.Answer stored(Entry entry) {
		if (entry.value() == null) {
			return new ClientMessage.Answer("text", entry.clientId(), new VisitorInput.Typed(entry.text()), null);
		}
		tools.jackson.databind.node.ObjectNode node = mapper.createObjectNode();
		node.put("id", entry.clientId());
		node.set("value", mapper.readTree(entry.value()));
		return (ClientMessage.Answer) choice(node);
	}

	/** The option values a stored screener entry showed with its question; empty when it asked none. */
	java.util.List<String> askedOptions(Entry entry) {
		if (entry.detail() == null) {
			return java.util.List.of();
		}
		java.util.List<String> values = new java.util.ArrayList<>();
		mapper.readTree(entry.detail()).path("ask").path("options").forEach(o -> values.add(o.path("value").asString("")));
		return values;
	}

	private ClientMessage start(JsonNode node) {
		String lang = optionalString(node, "lang", null);
		String resume = optionalString(node, "resume", null);
		String key = optionalString(node, "key", null);
		JsonNode after = node.get("after");
		Integer afterSeq = null;
		if (after != null && !after.isNull()) {
			if (!after.isIntegralNumber() || !after.canConvertToInt() || after.asInt() < 0) {
				throw bad("'after' must be a whole number of at least 0", null);
			}
			afterSeq = after.asInt();
		}
		if (lang != null && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?")) {
			throw bad("'lang' must be a language tag such as \"en\"", null);
		}
		return new ClientMessage.Start(lang == null ? "en" : lang, resume, afterSeq, key);
	}

	private ClientMessage text(JsonNode node) {
		String id = clientId(node);
		JsonNode text = node.get("text");
		if (text == null || !text.isString()) {
			throw bad("a 'text' message needs a string field 'text'", id);
		}
		return new ClientMessage.Answer("text", id, new VisitorInput.Typed(text.asString()), null);
	}

	private ClientMessage choice(JsonNode node) {
		String id = clientId(node);
		JsonNode value = node.get("value");
		if (value == null || value.isNull()) {
			throw bad("a 'choice' message needs a field 'value'", id);
		}
		VisitorInput.Picked picked;
		if (value.isString()) {
			picked = VisitorInput.Picked.value(value.asString());
		}
		else if (value.isNumber()) {
			double number = value.asDouble();
			if (!Double.isFinite(number)) {
				throw bad("'value' must be a finite number", id);
			}
			picked = VisitorInput.Picked.number(number);
		}
		else if (value.isArray()) {
			List<String> values = new ArrayList<>();
			for (JsonNode item : value) {
				if (!item.isString()) {
					throw bad("'value' must be a string, a number or a list of strings", id);
				}
				values.add(item.asString());
			}
			picked = VisitorInput.Picked.values(values);
		}
		else {
			throw bad("'value' must be a string, a number or a list of strings", id);
		}
		return new ClientMessage.Answer("choice", id, picked, mapper.writeValueAsString(value));
	}

	private String clientId(JsonNode node) {
		JsonNode id = node.get("id");
		if (id == null || !(id.isString() || id.isIntegralNumber())) {
			throw bad("missing field 'id' (the client's message id)", null);
		}
		String value = id.isString() ? id.asString() : id.toString();
		if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
			throw bad("'id' must have 1 to " + MAX_ID_LENGTH + " characters", null);
		}
		return value;
	}

	private static String optionalString(JsonNode node, String field, String fallback) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isString()) {
			throw bad("'" + field + "' must be a string", null);
		}
		return value.asString();
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "...";
	}

	private static BadFrame bad(String message, String replyTo) {
		return new BadFrame("bad_request", message, replyTo);
	}

}
