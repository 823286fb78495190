package com.neckcheck.chat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The conversation-level evaluation corpus (src/test/resources/conversations/): visitors written by someone
 * who never saw the lexicon or the rules, each with the messages they type, what those messages state
 * ({@code facts}, by catalogue id), how they would answer the questions that follow ({@code answers}) and
 * what a safe screener must conclude ({@code expect}).
 */
record ConversationCorpus(String name, List<Visitor> visitors) {

	record Visitor(String id, String about, List<String> messages, Map<String, Object> facts,
			Map<String, Object> answers, Map<String, Object> expect) {

		String expected(String key) {
			return String.valueOf(expect.getOrDefault(key, "any"));
		}

		boolean reportedWarning() {
			return Boolean.parseBoolean(expected("warning"));
		}

		/** A routine visitor who tells a story of two sentences or more. */
		boolean routineStoryteller() {
			String story = String.join(" ", messages);
			return "routine".equals(expected("triage")) && story.split("[.!?\\n]+\\s*\\S").length >= 2;
		}

	}

	@SuppressWarnings("unchecked")
	static ConversationCorpus load(String name) {
		try (InputStream in = ConversationCorpus.class.getResourceAsStream("/conversations/" + name + ".yaml")) {
			if (in == null) {
				throw new IllegalStateException("missing corpus /conversations/" + name + ".yaml");
			}
			Map<String, Object> root = new Yaml().load(in);
			List<Visitor> visitors = new ArrayList<>();
			for (Map<String, Object> v : (List<Map<String, Object>>) root.get("conversations")) {
				List<String> messages = ((List<Object>) v.get("messages")).stream().map(String::valueOf).toList();
				visitors.add(new Visitor((String) v.get("id"), (String) v.get("about"), messages,
						normalized((Map<String, Object>) v.get("facts")), normalized((Map<String, Object>) v.get("answers")),
						normalized((Map<String, Object>) v.get("expect"))));
			}
			return new ConversationCorpus(name, visitors);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** YAML reads yes/no as booleans; the answers are the wire's strings. */
	private static Map<String, Object> normalized(Map<String, Object> raw) {
		Map<String, Object> map = new LinkedHashMap<>();
		if (raw != null) {
			raw.forEach((key, value) -> map.put(key, value instanceof Boolean b && !key.equals("warning")
					&& !key.equals("overuse") ? (b ? "yes" : "no") : value));
		}
		return map;
	}

}
