package com.neckcheck.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What visitors type, understood in the conversation over real WebSocket. */
@ChatServerTest
class LanguageConversationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			worst headache ever, came on like a thunderclap | emergency
			honestly the worst pain of my life, it exploded in my head | emergency
			my words come out wrong since this morning | emergency
			droopy eyelid since the chiropractor | emergency
			i keep passing out with these headaches | emergency
			my right arm goes weak and tingly when it starts | emergency
			everything looks double since yesterday | emergency
			fever and my neck is so stiff i can't touch my chin to my chest | emergency
			i'm confused and so drowsy | emergency
			sudden agonizing headache an hour ago | emergency
			I'm 7 months pregnant and have a bad headache | urgent
			I was treated for lymphoma | urgent
			it wakes me up every night | urgent
			my headaches keep getting worse every week | urgent
			it only comes on when I cough or strain | urgent
			I can't lift my arm properly since the headache started | emergency
			honestly the worst pain I've ever felt in my head | emergency
			I had a chiropractic adjustment on Monday and since then a new kind of headache | emergency
			I'm 65 and these headaches are new | urgent
			the headache is much worse when I stand up | urgent
			""")
	void aRedFlagInTheStoryGetsItsTriageAtOnce(String story, String triage) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:" + story);
			client.next("ack");
			JsonNode noted = client.next("noted");
			assertThat(noted.path("findings")).isNotEmpty();
			JsonNode advice = client.next("bot");
			if (triage.equals("emergency")) {
				if (advice.path("text").asString().startsWith("I noted")) {
					advice = client.next("bot");
				}
				assertThat(advice.path("text").asString()).startsWith("Call 911 now");
				assertThat(client.next("summary").path("triage").asString()).isEqualTo("emergency");
			}
			else {
				if (advice.path("text").asString().startsWith("I noted")) {
					advice = client.next("bot");
				}
				assertThat(advice.path("text").asString()).startsWith("Please see a doctor today");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "I've had migraines for 15 years, tried topamax and botox and a nerve ablation, I'm living off advil",
			"they get worse when I'm stressed, mostly behind my right eye and at the base of my skull",
			"the pain can be really bad, like a 9, and I have to lie down in a dark room",
			"I saw a neurologist and had an MRI which was normal", "my neck cracks when I turn it" })
	void anOrdinaryLongStandingStoryRaisesNoWarning(String story) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:" + story);
			JsonNode next = client.nextPrompt();
			assertThat(client.received()).as("no advice to see a doctor or call for help")
				.noneMatch(m -> m.path("text").asString().startsWith("Call 911")
						|| m.path("text").asString().startsWith("Please see a doctor today"));
			assertThat(next.path("type").asString()).isEqualTo("bot");
		}
	}

	@Test
	void aRedFlagMentionedInAnswerToAnotherQuestionStillCounts() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			JsonNode prompt = client.nextPrompt();
			visitor.answer("say:skip");
			prompt = client.nextPrompt();
			assertThat(prompt.path("ask").path("question").asString()).isEqualTo("q_signs_now");
			visitor.answer("say:no, but my left eyelid has been drooping since yesterday");
			JsonNode summary = client.nextPrompt();
			assertThat(summary.path("type").asString()).isEqualTo("summary");
			assertThat(summary.path("triage").asString()).isEqualTo("emergency");
			assertThat(summary.path("redFlags").toString()).contains("horner_signs");
		}
	}

	@Test
	void aRedFlagMentionedAfterTheSummaryGetsTheAdviceAtOnce() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			JsonNode summary = visitor.complete(Map.of(), ScriptedVisitor::negative).summary();
			assertThat(summary.path("triage").asString()).isEqualTo("routine");
			visitor.answer("say:oh and I forgot, my speech has been slurred since this morning");
			client.next("noted");
			assertThat(client.next("bot").path("text").asString()).startsWith("Call 911 now");
			visitor.answer("say:thanks");
			client.next("noted");
			assertThat(client.next("bot").path("text").asString()).startsWith("Your screening is complete");
		}
	}

	@Test
	void noteHoldsTheFindingsWithOffsetsIntoTheMessage() {
		String story = "hi so i get these headaches on the right side, they start at the base of my skull... no nausea";
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:" + story);
			JsonNode noted = client.next("noted");
			for (JsonNode finding : noted.path("findings")) {
				assertThat(story.substring(finding.path("start").asInt(), finding.path("end").asInt()))
					.isEqualTo(finding.path("text").asString());
			}
			assertThat(noted.path("findings").toString()).contains("\"finding\":\"nausea\",\"status\":\"absent\"")
				.contains("\"finding\":\"side\",\"status\":\"present\"")
				.contains("\"side\":\"right\"")
				.contains("base_of_skull");
			JsonNode confirmation = client.next("bot");
			assertThat(confirmation.path("text").asString()).startsWith("I noted:").contains("no feeling sick");
		}
	}

	@Test
	void whatWasNotedIsStoredWithTheMessage(@org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			String conversation = visitor.start().path("conversationId").asString();
			client.nextPrompt();
			visitor.answer("say:throbbing on the left, no nausea");
			int seq = client.next("ack").path("seq").asInt();
			JsonNode noted = client.next("noted");
			// Stored with the replies, in their transaction, before they are sent.
			client.nextPrompt();
			String stored = jdbc.sql("SELECT noted FROM transcript_entry WHERE conversation_id = ? AND seq = ?")
				.params(conversation, seq).query(String.class).single();
			assertThat(ChatTestClient.JSON.readTree(stored)).isEqualTo(noted.path("findings"));
		}
	}

	@Test
	void whatTheStoryToldIsNotAskedAgain() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			ScriptedVisitor.Outcome outcome = visitor.complete(Map.of("q_story",
					"say:right sided headaches, always the right, starting at the base of my skull, throbbing, no nausea, about 15 days a month"),
					ScriptedVisitor::negative);
			assertThat(outcome.askedQuestions()).doesNotContain("q_side", "q_side_locked", "q_starts_in_neck",
					"q_quality", "q_nausea", "q_headache_days", "q_pain_map");
			assertThat(outcome.summary().path("findings").toString()).contains("\"finding\":\"nausea\",\"status\":\"absent\"");
		}
	}

	@Test
	void aReplyIsReadAgainstThePendingQuestionAndTheRestIsKept() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			JsonNode prompt = visitor.answerNegativelyUntil("q_side");
			visitor.answer("say:only on the left, and light really bothers me");
			prompt = client.nextPrompt();
			assertThat(prompt.path("ask").path("question").asString()).isNotIn("q_side", "q_side_locked");
			ScriptedVisitor.Outcome outcome = visitor.complete(Map.of(), ScriptedVisitor::negative, prompt);
			assertThat(outcome.askedQuestions()).doesNotContain("q_photophobia");
			String findings = outcome.summary().path("findings").toString();
			assertThat(findings).contains("\"finding\":\"side\",\"status\":\"present\",\"side\":\"left\"")
				.contains("\"finding\":\"photophobia\",\"status\":\"present\"");
		}
	}

	@Test
	void aCorrectionChangesWhatWasNotedAndTheQuestionIsAskedAgain() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:my headaches are on the right side and throbbing");
			JsonNode prompt = client.nextPrompt();
			String pending = prompt.path("ask").path("question").asString();
			visitor.answer("say:no, it's the left side");
			JsonNode corrected = client.next("bot");
			assertThat(corrected.path("text").asString()).startsWith("Thanks, I've changed that").contains("(left)");
			JsonNode again = client.nextPrompt();
			assertThat(again.path("ask").path("question").asString()).isEqualTo(pending);
			ScriptedVisitor.Outcome outcome = visitor.complete(Map.of(), ScriptedVisitor::negative, again);
			assertThat(outcome.summary().path("findings").toString()).contains("\"side\":\"left\"");
		}
	}

	@Test
	void aStoryToldOverSeveralMessagesIsHandledInOrderWithNothingLost() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			String first = visitor.answer("say:so my headaches are on the left side");
			String second = visitor.answer("say:they start at the base of my skull");
			String third = visitor.answer("say:and no nausea at all");
			List<String> acked = new java.util.ArrayList<>();
			int lastSeq = 0;
			while (acked.size() < 3) {
				JsonNode message = client.next();
				if (message.path("type").asString().equals("ack")) {
					acked.add(message.path("id").asString());
					assertThat(message.path("seq").asInt()).isGreaterThan(lastSeq);
				}
				if (message.has("seq")) {
					lastSeq = message.path("seq").asInt();
				}
			}
			assertThat(acked).containsExactly(first, second, third);
			ScriptedVisitor.Outcome outcome = visitor.complete(Map.of(), ScriptedVisitor::negative);
			String findings = outcome.summary().path("findings").toString();
			assertThat(findings).contains("\"side\":\"left\"").contains("starts_in_neck")
				.contains("\"finding\":\"nausea\",\"status\":\"absent\"");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "asdf qwer zxcv", "😀😀😀🤕🤕", "Me duele mucho la cabeza desde ayer", "头疼得厉害",
			"!!!???...", "<b>bold</b> & \"quotes\" \\ backslash", "      " })
	void nonsenseAndOtherLanguagesDoNotBreakTheConversation(String text) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:skip");
			JsonNode question = client.nextPrompt();
			visitor.answer("say:" + text);
			assertThat(client.next("noted").path("findings").isArray()).isTrue();
			JsonNode again = client.nextPrompt();
			assertThat(again.path("ask").path("question").asString()).isEqualTo(question.path("ask").path("question").asString());
			visitor.answer("no");
			assertThat(client.nextPrompt().path("type").asString()).isIn("bot", "summary");
			assertThat(client.received()).noneMatch(m -> "error".equals(m.path("type").asString()));
		}
	}

	@Test
	void aLongMessageOfTwoThousandCharactersIsRead() {
		String sentence = "my head hurts on the left side and the pain is pressing, no nausea. ";
		String text = sentence.repeat(2000 / sentence.length() + 1).substring(0, 2000);
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			client.nextPrompt();
			visitor.answer("say:" + text);
			assertThat(client.next("noted").path("findings").toString()).contains("pressing");
			assertThat(client.nextPrompt().path("type").asString()).isEqualTo("bot");
			assertThat(client.drain(Duration.ofMillis(200))).noneMatch(m -> "error".equals(m.path("type").asString()));
		}
	}

}
