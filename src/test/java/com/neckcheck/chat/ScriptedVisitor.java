package com.neckcheck.chat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Answers the screener's questions over a real socket, from a table of answers by question id. An answer
 * written {@code "say:words"} is typed as text; any other is picked as a {@code choice}. A question the
 * table does not cover is answered by {@code fallback}.
 */
public final class ScriptedVisitor {

	public record Outcome(JsonNode summary, List<String> askedQuestions, List<JsonNode> messages) {
	}

	private final ChatTestClient client;

	private final String idPrefix = "m" + Long.toString(System.nanoTime(), 36) + "-";

	private int messageId;

	public ScriptedVisitor(ChatTestClient client) {
		this.client = client;
	}

	public JsonNode start() {
		client.send(Map.of("type", "start"));
		return client.next("session");
	}

	/** Runs the screening to its summary. */
	public Outcome complete(Map<String, Object> answers, Function<JsonNode, Object> fallback) {
		return complete(answers, fallback, client.nextPrompt());
	}

	/** Runs the screening to its summary from a prompt already read. */
	public Outcome complete(Map<String, Object> answers, Function<JsonNode, Object> fallback, JsonNode current) {
		List<String> asked = new ArrayList<>();
		JsonNode prompt = current;
		int turns = 0;
		while (!"summary".equals(prompt.path("type").asString())) {
			if (++turns > 200) {
				throw new AssertionError("the screening did not end after 200 turns: " + asked);
			}
			JsonNode ask = prompt.get("ask");
			String question = ask.path("question").asString();
			asked.add(question);
			Object answer = answers.containsKey(question) ? answers.get(question) : fallback.apply(ask);
			answer(answer);
			prompt = client.nextPrompt();
		}
		return new Outcome(prompt, asked, client.received());
	}

	/** Answers as a visitor with nothing to report until the screener asks the given question. */
	public JsonNode answerNegativelyUntil(String question) {
		JsonNode prompt = client.nextPrompt();
		while (!prompt.path("ask").path("question").asString().equals(question)) {
			if ("summary".equals(prompt.path("type").asString())) {
				throw new AssertionError("the screening ended before asking " + question);
			}
			answer(negative(prompt.get("ask")));
			prompt = client.nextPrompt();
		}
		return prompt;
	}

	public String answer(Object answer) {
		String id = idPrefix + (++messageId);
		Map<String, Object> message = new HashMap<>();
		message.put("id", id);
		if (answer instanceof String text && text.startsWith("say:")) {
			message.put("type", "text");
			message.put("text", text.substring(4));
		}
		else {
			message.put("type", "choice");
			message.put("value", answer);
		}
		client.send(message);
		return id;
	}

	/** The answer a visitor with nothing to report would pick. */
	public static Object negative(JsonNode ask) {
		String kind = ask.path("kind").asString();
		switch (kind) {
			case "yesno":
				return "no";
			case "multi":
				for (JsonNode option : ask.path("options")) {
					String value = option.path("value").asString();
					if (value.equals("none")) {
						return List.of(value);
					}
				}
				return List.of();
			case "text":
				return "skip";
			case "number":
			case "scale":
				return "q_age".equals(ask.path("question").asString()) ? 40 : ask.path("min").asInt(0);
			default:
				return ask.path("options").path(0).path("value").asString();
		}
	}

}
