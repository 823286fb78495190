package com.neckcheck.staff;

import java.util.Map;

import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

import tools.jackson.databind.JsonNode;

/** Real screenings over WebSocket that give the staff tests conversations to review. */
final class Visits {

	record Visit(String conversationId, JsonNode summary) {

		String reference() {
			return summary == null ? null : summary.path("booking").path("reference").asString();
		}

	}

	private Visits() {
	}

	/** A visitor who tells {@code story} first, then answers every question as someone with nothing to report. */
	static Visit completed(int port, String story) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			String id = visitor.start().path("conversationId").asString();
			JsonNode summary = visitor.complete(Map.of("q_story", "say:" + story), ScriptedVisitor::negative).summary();
			return new Visit(id, summary);
		}
	}

	/** A visitor who tells {@code story} and leaves at the next question. */
	static Visit leftAfterStory(int port, String story) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			String id = visitor.start().path("conversationId").asString();
			client.nextPrompt();
			visitor.answer("say:" + story);
			client.nextPrompt();
			return new Visit(id, null);
		}
	}

}
