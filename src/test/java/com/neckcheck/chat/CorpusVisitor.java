package com.neckcheck.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Plays one visitor of the corpus over a real socket: types their messages in one of the {@link Mode}s,
 * then answers what the screener still asks by buttons, from the visitor's {@code answers} and
 * {@code facts}, as that person would.
 */
final class CorpusVisitor {

	/** How the messages reach the screener. */
	enum Mode {

		/** Every message sent at once, without waiting for the screener. */
		ALL_AT_ONCE,
		/** One message each time a question is shown: the visitor keeps telling the story. */
		ONE_PER_QUESTION,
		/** All messages joined into one. */
		JOINED,
		/** No story at all: the story is skipped and every question answered by buttons. */
		BUTTONS_ONLY

	}

	/** One message the visitor typed and what the screener noted in it. */
	record Typed(String text, List<JsonNode> noted) {
	}

	record Outcome(JsonNode summary, int questions, List<Typed> typed, List<String> asked) {
	}

	private static final Map<String, Object> DEFAULT_NUMBERS = Map.of("age", 40, "severity", 5, "headache_days", 6,
			"attack_hours", 6, "medication_months", 6);

	private static final Set<String> MEDICINE_CLASSES = Set.of("simple", "combination", "triptan", "opioid");

	private final ConversationCorpus.Visitor visitor;

	private final ChatTestClient client;

	private final String prefix = "c" + Long.toString(System.nanoTime(), 36) + "-";

	private int sent;

	private final ScriptedVisitor buttons;

	CorpusVisitor(ConversationCorpus.Visitor visitor, ChatTestClient client) {
		this.visitor = visitor;
		this.client = client;
		this.buttons = new ScriptedVisitor(client);
	}

	Outcome run(Mode mode) {
		client.send(Map.of("type", "start"));
		client.next("session");
		JsonNode prompt = client.nextPrompt();
		Map<String, String> texts = new LinkedHashMap<>();
		switch (mode) {
			case ALL_AT_ONCE -> {
				for (String message : visitor.messages()) {
					texts.put(type(message), message);
				}
				prompt = promptAfter(texts.size());
			}
			case ONE_PER_QUESTION -> {
				for (String message : visitor.messages()) {
					if (isSummary(prompt)) {
						break;
					}
					texts.put(type(message), message);
					prompt = promptAfter(1);
				}
			}
			case JOINED -> {
				String joined = String.join("\n", visitor.messages());
				texts.put(type(joined), joined);
				prompt = promptAfter(1);
			}
			case BUTTONS_ONLY -> {
			}
		}
		List<String> asked = new ArrayList<>();
		int turns = 0;
		while (!isSummary(prompt)) {
			if (++turns > 120) {
				throw new AssertionError(visitor.id() + ": no summary after 120 questions: " + asked);
			}
			asked.add(prompt.path("ask").path("question").asString());
			pick(answerTo(prompt.path("ask")));
			prompt = promptAfter(1);
		}
		// a question shown again after more of the story is the same question, not a new one
		int questions = (int) client.received().stream()
			.filter(m -> "bot".equals(m.path("type").asString()) && m.has("ask"))
			.map(m -> m.path("ask").path("question").asString())
			.distinct()
			.count();
		List<Typed> typed = new ArrayList<>();
		texts.forEach((id, text) -> typed.add(new Typed(text, client.received().stream()
			.filter(m -> "noted".equals(m.path("type").asString()) && id.equals(m.path("replyTo").asString()))
			.flatMap(m -> m.path("findings").valueStream())
			.toList())));
		return new Outcome(prompt, questions, typed, asked);
	}

	private String type(String text) {
		String id = prefix + (++sent);
		client.send(Map.of("type", "text", "id", id, "text", text));
		return id;
	}

	private void pick(Object answer) {
		buttons.answer(answer);
	}

	/** The prompt the screener shows once it has answered the next {@code messages} messages. */
	private JsonNode promptAfter(int messages) {
		int acks = 0;
		JsonNode summary = null;
		while (true) {
			if (summary != null && acks >= messages) {
				client.drain(java.time.Duration.ofMillis(100));
				return summary;
			}
			JsonNode message = client.next();
			String type = message.path("type").asString();
			if ("ack".equals(type)) {
				acks++;
			}
			else if ("error".equals(type)) {
				throw new AssertionError(visitor.id() + ": error from the server: " + message);
			}
			else if ("summary".equals(type)) {
				summary = message;
			}
			else if ("bot".equals(type) && message.has("ask") && acks >= messages) {
				return message;
			}
		}
	}

	private static boolean isSummary(JsonNode prompt) {
		return "summary".equals(prompt.path("type").asString());
	}

	/** What this visitor picks for a question, as they would answer it. */
	Object answerTo(JsonNode ask) {
		String finding = ask.path("finding").asString();
		String question = ask.path("question").asString();
		switch (ask.path("kind").asString()) {
			case "yesno":
				return yesNo(finding);
			case "multi":
				return checklist(ask, finding);
			case "number":
			case "scale":
				return number(ask, finding);
			case "painmap":
				return regions();
			case "text":
				return "skip";
			default:
				return choice(ask, finding, question);
		}
	}

	/**
	 * Findings a visitor cannot tell apart when asked: whoever's neck is stiff says yes to "is your neck
	 * stiff, or does bending your chin to your chest hurt?", whichever id the corpus writer chose.
	 */
	private static final Map<String, String> SAME_TO_A_VISITOR = Map.of("stiff_neck", "reduced_neck_motion",
			"reduced_neck_motion", "stiff_neck");

	private String yesNo(String finding) {
		String said = yesNoOf(finding);
		String same = SAME_TO_A_VISITOR.get(finding);
		return same != null && said.equals("no") ? yesNoOf(same) : said;
	}

	private String yesNoOf(String finding) {
		Object said = visitor.answers().get(finding);
		if (said == null) {
			said = switch (String.valueOf(visitor.facts().get(finding))) {
				case "present" -> "yes";
				case "uncertain" -> "unsure";
				default -> "no";
			};
		}
		return switch (String.valueOf(said)) {
			case "yes", "present", "true" -> "yes";
			case "unsure", "uncertain", "not sure" -> "unsure";
			default -> "no";
		};
	}

	@SuppressWarnings("unchecked")
	private Object checklist(JsonNode ask, String finding) {
		List<String> medicines = (List<String>) visitor.answers().getOrDefault("medicines", List.of());
		List<String> treatments = (List<String>) visitor.answers().getOrDefault("treatments", List.of());
		List<String> picked = new ArrayList<>();
		boolean unsure = false;
		for (JsonNode option : ask.path("options")) {
			String value = option.path("value").asString();
			if (value.equals("none") || value.equals("unsure")) {
				continue;
			}
			if (MEDICINE_CLASSES.contains(value)) {
				boolean takes = medicines.contains(value) || "present".equals(String.valueOf(visitor.facts()
					.get("takes_" + (value.equals("simple") ? "simple_analgesics" : value.equals("combination")
							? "combination_analgesics" : value + "s"))));
				if (takes) {
					picked.add(value);
				}
				continue;
			}
			if (treatments.contains(value)) {
				picked.add(value);
				continue;
			}
			String said = yesNo(value);
			if (said.equals("yes")) {
				picked.add(value);
			}
			else if (said.equals("unsure")) {
				unsure = true;
			}
		}
		boolean offersUnsure = ask.path("options").valueStream().anyMatch(o -> o.path("value").asString().equals("unsure"));
		if (unsure && offersUnsure) {
			// what they tick, and "I'm not sure about one of these" for the rest
			picked.add("unsure");
			return picked;
		}
		if (unsure && picked.isEmpty()) {
			return "say:not sure";
		}
		return picked.isEmpty() ? List.of("none") : picked;
	}

	private Object number(JsonNode ask, String finding) {
		Object value = visitor.answers().get(finding);
		if (!(value instanceof Number)) {
			value = visitor.facts().get(finding);
		}
		if (!(value instanceof Number)) {
			value = DEFAULT_NUMBERS.getOrDefault(finding, finding.endsWith("_days") ? 4 : ask.path("min").asInt(0));
		}
		double number = ((Number) value).doubleValue();
		double min = ask.path("min").asDouble(0);
		double max = ask.has("max") ? ask.path("max").asDouble() : number;
		return Math.max(min, Math.min(max, number));
	}

	@SuppressWarnings("unchecked")
	private Object regions() {
		Object regions = visitor.answers().get("regions");
		if (regions == null) {
			regions = visitor.facts().get("pain_regions");
		}
		return regions instanceof List<?> list && !list.isEmpty() ? (List<String>) list : List.of("forehead");
	}

	private Object choice(JsonNode ask, String finding, String question) {
		Object said = switch (finding) {
			case "side" -> visitor.answers().getOrDefault("side", visitor.facts().getOrDefault("side", "both"));
			case "pulsating" -> visitor.answers().getOrDefault("quality", quality());
			default -> null;
		};
		for (JsonNode option : ask.path("options")) {
			if (option.path("value").asString().equals(String.valueOf(said))) {
				return option.path("value").asString();
			}
		}
		return ask.path("options").path(0).path("value").asString();
	}

	private String quality() {
		boolean pulsating = "present".equals(visitor.facts().get("pulsating"));
		boolean pressing = "present".equals(visitor.facts().get("pressing"));
		return pulsating && pressing ? "both" : pulsating ? "pulsating" : pressing ? "pressing" : "other";
	}

}
