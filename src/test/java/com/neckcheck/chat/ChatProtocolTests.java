package com.neckcheck.chat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.neckcheck.ChatServerTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire contract against the real server over real WebSocket. */
@ChatServerTest
class ChatProtocolTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fullConversationHasGaplessSeqsAndEndsInASummaryWithTheNotice() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			JsonNode session = visitor.start();
			assertThat(session.path("token").asString()).hasSizeGreaterThan(30);
			assertThat(session.path("resumed").asBoolean()).isFalse();
			ScriptedVisitor.Outcome outcome = visitor.complete(Map.of("q_side", "left", "q_pain_map", List.of("occiput")),
					ScriptedVisitor::negative);
			JsonNode summary = outcome.summary();
			assertThat(summary.path("triage").asString()).isEqualTo("routine");
			assertThat(summary.path("text").asString()).contains("This is not a diagnosis");
			assertThat(summary.path("booking").path("url").asString())
				.isEqualTo("https://clinic.example/book?ref=" + summary.path("booking").path("reference").asString());
			assertThat(summary.path("neck").path("probability").asDouble()).isBetween(0.0, 1.0);
			List<Integer> seqs = outcome.messages().stream()
				.filter(m -> m.has("seq"))
				.map(m -> m.path("seq").asInt())
				.toList();
			assertThat(seqs).isSorted();
			for (int i = 0; i < seqs.size(); i++) {
				assertThat(seqs.get(i)).isEqualTo(i + 1);
			}
			int stored = jdbc.sql("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = ?")
				.param(session.path("conversationId").asString())
				.query(Integer.class)
				.single();
			assertThat(stored).isEqualTo(seqs.size());
		}
	}

	@Test
	void everyVisitorMessageIsAckedThenNotedThenAnswered() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			String id = visitor.answer("say:skip");
			JsonNode ack = client.next();
			assertThat(ack.path("type").asString()).isEqualTo("ack");
			assertThat(ack.path("id").asString()).isEqualTo(id);
			JsonNode noted = client.next();
			assertThat(noted.path("type").asString()).isEqualTo("noted");
			assertThat(noted.path("replyTo").asString()).isEqualTo(id);
			assertThat(noted.path("findings").isArray()).isTrue();
			JsonNode bot = client.next();
			assertThat(bot.path("type").asString()).isEqualTo("bot");
			assertThat(bot.path("seq").asInt()).isEqualTo(ack.path("seq").asInt() + 1);
			assertThat(bot.path("ask").path("kind").asString()).as("the first warning-sign checklist").isEqualTo("multi");
			assertThat(bot.path("progress").path("step").asInt()).isEqualTo(2);
		}
	}

	@Test
	void typedYesNoAndNumberAnswersAreUnderstood() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:skip");
			client.nextPrompt();
			// not sure about one of the checklist's signs: each is then asked on its own, by yes or no
			visitor.answer("say:not sure");
			JsonNode prompt = client.nextPrompt();
			for (String reply : List.of("nope", "no", "nah", "not at all", "No, never.")) {
				assertThat(prompt.path("ask").path("kind").asString()).isEqualTo("yesno");
				String question = prompt.path("ask").path("question").asString();
				visitor.answer("say:" + reply);
				prompt = client.nextPrompt();
				assertThat(prompt.path("ask").path("question").asString()).as(reply).isNotEqualTo(question);
			}
		}
	}

	@Test
	void aNumberQuestionCarriesTheLabelOfItsUnitAndAChecklistMarksItsStandAloneOption() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			JsonNode age = visitor.answerNegativelyUntil("q_age").path("ask");
			assertThat(age.path("unit").asString()).isEqualTo("years");
			assertThat(age.path("unitLabel").asString()).isEqualTo("Age in years");
			visitor.answer(40);
			JsonNode triggers = visitor.answerNegativelyUntil("q_neck_triggers").path("ask");
			List<String> exclusive = new java.util.ArrayList<>();
			triggers.path("options").forEach(o -> {
				if (o.has("exclusive")) {
					assertThat(o.path("exclusive").asBoolean()).isTrue();
					exclusive.add(o.path("value").asString());
				}
			});
			assertThat(exclusive).containsExactly("none");
		}
	}

	@Test
	void aNumberQuestionTakesAboutTwelve() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			JsonNode prompt = visitor.answerNegativelyUntil("q_age");
			visitor.answer("say:um about 42 i think");
			JsonNode next = client.nextPrompt();
			assertThat(next.path("ask").path("question").asString()).as("the age was taken").isEqualTo("q_warning_patterns");
		}
	}

	@Test
	void anAnswerThatDoesNotFitIsAskedAgainWithAHint() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:skip");
			JsonNode question = client.nextPrompt();
			visitor.answer("say:purple elephants");
			JsonNode again = client.nextPrompt();
			assertThat(again.path("ask").path("question").asString())
				.isEqualTo(question.path("ask").path("question").asString());
			assertThat(again.path("text").asString()).startsWith("Sorry, I didn't catch that");
			visitor.answer("maybe-not-an-option");
			assertThat(client.nextPrompt().path("ask").path("question").asString())
				.isEqualTo(question.path("ask").path("question").asString());
		}
	}

	@Test
	void aResentClientMessageIsStoredOnceAndAckedAgain() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			String conversation = visitor.start().path("conversationId").asString();
			client.nextPrompt();
			client.send(Map.of("type", "text", "id", "same-id", "text", "skip"));
			int seq = client.next("ack").path("seq").asInt();
			client.nextPrompt();
			client.send(Map.of("type", "text", "id", "same-id", "text", "skip"));
			JsonNode again = client.next();
			assertThat(again.path("type").asString()).isEqualTo("ack");
			assertThat(again.path("seq").asInt()).isEqualTo(seq);
			assertThat(client.drain(Duration.ofMillis(500))).isEmpty();
			int copies = jdbc.sql("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = ? AND client_id = ?")
				.params(conversation, "same-id")
				.query(Integer.class)
				.single();
			assertThat(copies).isEqualTo(1);
		}
	}

	@Test
	void reconnectingWithTheTokenResumesAndReplaysWhatCameAfter() {
		String token;
		int lastSeen;
		String pendingQuestion;
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			token = visitor.start().path("token").asString();
			client.nextPrompt();
			visitor.answer("say:skip");
			JsonNode prompt = client.nextPrompt();
			lastSeen = prompt.path("seq").asInt();
			visitor.answer("no");
			client.next("ack");
			pendingQuestion = client.nextPrompt().path("ask").path("question").asString();
		}
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			client.send(Map.of("type", "start", "resume", token, "after", lastSeen));
			JsonNode session = client.next("session");
			assertThat(session.path("resumed").asBoolean()).isTrue();
			JsonNode replayedVisitor = client.next();
			assertThat(replayedVisitor.path("type").asString()).isEqualTo("ack");
			assertThat(replayedVisitor.path("seq").asInt()).isEqualTo(lastSeen + 1);
			assertThat(replayedVisitor.path("value").asString()).isEqualTo("no");
			JsonNode replayedBot = client.next();
			assertThat(replayedBot.path("seq").asInt()).isEqualTo(lastSeen + 2);
			assertThat(replayedBot.path("ask").path("question").asString()).isEqualTo(pendingQuestion);
			assertThat(client.drain(Duration.ofMillis(500))).as("nothing shown twice").isEmpty();
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.answer("no");
			assertThat(client.next("ack").path("seq").asInt()).isEqualTo(lastSeen + 3);
		}
	}

	@Test
	void resumingWithoutAfterAsksThePendingQuestionAgain() {
		String token;
		String pending;
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			token = new ScriptedVisitor(client).start().path("token").asString();
			pending = client.nextPrompt().path("ask").path("question").asString();
		}
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			client.send(Map.of("type", "start", "resume", token));
			client.next("session");
			assertThat(client.nextPrompt().path("ask").path("question").asString()).isEqualTo(pending);
		}
	}

	@Test
	void anUnknownTokenGetsUnknownSessionAndTheSocketStaysUsable() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			client.send(Map.of("type", "start", "resume", "not-a-real-token"));
			JsonNode error = client.next();
			assertThat(error.path("type").asString()).isEqualTo("error");
			assertThat(error.path("code").asString()).isEqualTo("unknown_session");
			client.send(Map.of("type", "start"));
			assertThat(client.next("session").path("resumed").asBoolean()).isFalse();
		}
	}

	@Test
	void badFramesGetAnErrorAndTheConversationGoesOn() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			JsonNode prompt = client.nextPrompt();
			for (String frame : List.of("{not json", "[1,2,3]", "\"hello\"", "{}", "{\"type\":42}", "{\"type\":\"dance\"}",
					"{\"type\":\"text\",\"text\":\"hi\"}", "{\"type\":\"text\",\"id\":\"x1\"}",
					"{\"type\":\"choice\",\"id\":\"x2\"}", "{\"type\":\"choice\",\"id\":\"x3\",\"value\":{\"a\":1}}",
					"{\"type\":\"start\",\"after\":-4}", "{\"type\":\"ping\",\"type\":\"text\",\"id\":\"d1\",\"text\":\"hi\"}")) {
				client.sendRaw(frame);
				JsonNode error = client.next();
				assertThat(error.path("type").asString()).as(frame).isEqualTo("error");
				assertThat(error.path("code").asString()).as(frame).isEqualTo("bad_request");
				assertThat(error.path("message").asString()).as(frame).isNotBlank();
			}
			client.sendRaw("{\"type\":\"text\",\"id\":\"x1\"}");
			assertThat(client.next().path("replyTo").asString()).isEqualTo("x1");
			client.sendBinary(new byte[] { 1, 2, 3 });
			assertThat(client.next().path("code").asString()).isEqualTo("bad_request");
			client.send(Map.of("type", "ping"));
			assertThat(client.next().path("type").asString()).isEqualTo("pong");
			visitor.answer("say:skip");
			assertThat(client.nextPrompt().path("seq").asInt()).isEqualTo(prompt.path("seq").asInt() + 2);
		}
	}

	@Test
	void answeringBeforeStartIsABadRequest() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			client.send(Map.of("type", "text", "id", "early", "text", "hello"));
			JsonNode error = client.next();
			assertThat(error.path("code").asString()).isEqualTo("bad_request");
			assertThat(error.path("replyTo").asString()).isEqualTo("early");
		}
	}

	@Test
	void aFrameOverTheTextLimitGetsTooLargeAndNothingIsStored() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			String conversation = visitor.start().path("conversationId").asString();
			client.nextPrompt();
			client.send(Map.of("type", "text", "id", "big", "text", "a".repeat(10_000)));
			JsonNode error = client.next();
			assertThat(error.path("code").asString()).isEqualTo("too_large");
			visitor.answer("say:skip");
			assertThat(client.next("ack").path("seq").asInt()).isEqualTo(3);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = ? AND client_id = 'big'")
				.param(conversation).query(Integer.class).single()).isZero();
		}
	}

	@Test
	void aOneMegabyteFrameClosesWith1009AndTheConversationResumesWithNothingLost() {
		String token;
		int lastSeq;
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			token = visitor.start().path("token").asString();
			client.nextPrompt();
			visitor.answer("say:skip");
			lastSeq = client.nextPrompt().path("seq").asInt();
			String huge = "{\"type\":\"text\",\"id\":\"huge\",\"text\":\"" + "b".repeat(1024 * 1024) + "\"}";
			// the close code itself is checked without the write race in the test below
			assertThat(client.sendExpectingClose(huge)).isIn(1009, -1);
		}
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			client.send(Map.of("type", "start", "resume", token, "after", 0));
			client.next("session");
			List<JsonNode> replay = new java.util.ArrayList<>();
			for (int i = 0; i < lastSeq; i++) {
				replay.add(client.next());
			}
			assertThat(replay).extracting(m -> m.path("seq").asInt()).containsExactly(
					java.util.stream.IntStream.rangeClosed(1, lastSeq).boxed().toArray(Integer[]::new));
			assertThat(client.drain(Duration.ofMillis(500))).isEmpty();
		}
	}

	@Test
	void aFrameAnnouncedAsOneMegabyteIsClosedWith1009BeforeItIsReadWhole() {
		try (RawWebSocket socket = RawWebSocket.connect(port)) {
			// the first 64 KB: more than the server's 16 KB frame buffer, far less than the megabyte announced
			byte[] start = ("{\"type\":\"text\",\"text\":\"" + "b".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8);
			socket.sendFrameStart(1, 1024 * 1024, start);
			assertThat(socket.read().closeCode()).isEqualTo(1009);
		}
	}

}
