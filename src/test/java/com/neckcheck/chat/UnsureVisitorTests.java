package com.neckcheck.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visitors who are unsure of much: every screening still ends in a summary without an internal error, and
 * an unsure answer to any warning question is never triaged routine.
 */
@ChatServerTest
class UnsureVisitorTests {

	private static final List<String> UNSURE = List.of("not sure", "unsure", "dunno", "I don't know", "maybe",
			"hard to say", "not really", "kind of", "no idea");

	private static final List<String> EMERGENCY_QUESTIONS = List.of("q_thunderclap", "q_neuro_deficit", "q_confusion",
			"q_vision_change", "q_horner_signs", "q_painful_red_eye");

	@LocalServerPort
	int port;

	@Test
	void answeringNotSureToEverythingEndsInEmergencyAdviceAtTheFirstWarningQuestion() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			ScriptedVisitor.Outcome outcome = visitor.complete(Map.of(), ask -> "say:not sure");
			assertThat(outcome.summary().path("triage").asString()).isEqualTo("emergency");
			// "not sure" to the checklist asks its signs one by one, and an unsure thunderclap is an emergency
			assertThat(outcome.askedQuestions()).containsExactly("q_story", "q_signs_now", "q_thunderclap");
			assertThat(outcome.summary().path("redFlags").path(0).path("finding").asString()).isEqualTo("thunderclap");
		}
	}

	@Test
	void anyMixOfUnsureAndOtherAnswersEndsInASummary() {
		for (int seed = 1; seed <= 40; seed++) {
			Random random = new Random(seed);
			List<String> unsureWarnings = new ArrayList<>();
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				visitor.start();
				ScriptedVisitor.Outcome outcome = visitor.complete(Map.of(), ask -> {
					Object answer = randomAnswer(ask, random);
					if (EMERGENCY_QUESTIONS.contains(ask.path("question").asString()) && isUnsure(answer)) {
						unsureWarnings.add(ask.path("question").asString());
					}
					return answer;
				});
				String triage = outcome.summary().path("triage").asString();
				assertThat(triage).as("seed %d", seed).isIn("routine", "urgent", "emergency");
				if (!unsureWarnings.isEmpty()) {
					assertThat(triage).as("seed %d, unsure on %s", seed, unsureWarnings).isEqualTo("emergency");
				}
				assertThat(outcome.messages()).as("seed %d", seed)
					.noneMatch(m -> "error".equals(m.path("type").asString()));
			}
		}
	}

	private static boolean isUnsure(Object answer) {
		return "unsure".equals(answer) || (answer instanceof String s && s.startsWith("say:")
				&& UNSURE.contains(s.substring(4)));
	}

	private static Object randomAnswer(JsonNode ask, Random random) {
		String kind = ask.path("kind").asString();
		if (random.nextInt(2) == 0 && !kind.equals("text")) {
			return random.nextBoolean() ? "say:" + UNSURE.get(random.nextInt(UNSURE.size()))
					: (kind.equals("yesno") ? "unsure" : "say:not sure");
		}
		List<String> values = new ArrayList<>();
		ask.path("options").forEach(o -> values.add(o.path("value").asString()));
		switch (kind) {
			case "yesno":
				return random.nextInt(4) == 0 ? "yes" : "no";
			case "choice":
			case "text":
				return values.get(random.nextInt(values.size()));
			case "multi":
				List<String> picked = new ArrayList<>();
				for (String value : values) {
					if (!value.equals("none") && random.nextInt(4) == 0) {
						picked.add(value);
					}
				}
				return picked.isEmpty() ? List.of("none") : picked;
			case "painmap":
				return List.of(values.get(random.nextInt(values.size())), values.get(random.nextInt(values.size())));
			default:
				double min = ask.path("min").asDouble(0);
				double max = Math.min(ask.path("max").asDouble(100), 90);
				return Math.round(min + random.nextDouble() * (max - min));
		}
	}

}
