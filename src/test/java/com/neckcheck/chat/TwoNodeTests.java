package com.neckcheck.chat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL, no sticky sessions: any node serves any conversation, and a message that
 * reaches both is stored once. Runs with {@code mvn -B verify -Ppostgres} (skipped on the embedded H2).
 */
@EnabledIfSystemProperty(named = "neckcheck.test.postgres", matches = "true")
class TwoNodeTests {

	@TempDir
	Path data;

	@Test
	void aConversationStartedOnOneNodeContinuesOnTheOtherAfterTheFirstStops() {
		ConfigurableApplicationContext nodeA = start("a");
		ConfigurableApplicationContext nodeB = start("b");
		try {
			String token;
			String conversation;
			int lastSeen;
			try (ChatTestClient client = ChatTestClient.connect(port(nodeA))) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				JsonNode session = visitor.start();
				token = session.path("token").asString();
				conversation = session.path("conversationId").asString();
				client.nextPrompt();
				visitor.answer("say:my headaches are on the right side and start in my neck");
				JsonNode prompt = client.nextPrompt();
				visitor.answer(ScriptedVisitor.negative(prompt.get("ask")));
				lastSeen = client.nextPrompt().path("seq").asInt();
			}
			nodeA.close();
			try (ChatTestClient client = ChatTestClient.connect(port(nodeB))) {
				client.send(Map.of("type", "start", "resume", token, "after", 0));
				assertThat(client.next("session").path("conversationId").asString()).isEqualTo(conversation);
				List<JsonNode> replay = new ArrayList<>();
				for (int i = 0; i < lastSeen; i++) {
					replay.add(client.next());
				}
				assertThat(replay).extracting(m -> m.path("seq").asInt())
					.containsExactly(java.util.stream.IntStream.rangeClosed(1, lastSeen).boxed().toArray(Integer[]::new));
				assertThat(client.drain(Duration.ofMillis(300))).as("nothing doubled").isEmpty();
				JsonNode summary = new ScriptedVisitor(client)
					.complete(Map.of(), ScriptedVisitor::negative, replay.get(replay.size() - 1)).summary();
				assertThat(summary.path("findings").toString()).contains("\"side\":\"right\"");
			}
			Nodes.assertGaplessAndOnce(nodeB, conversation);
		}
		finally {
			nodeA.close();
			nodeB.close();
		}
	}

	@Test
	void theSameMessageSentToTwoNodesIsStoredOnce() throws Exception {
		ConfigurableApplicationContext nodeA = start("a");
		ConfigurableApplicationContext nodeB = start("b");
		try (ChatTestClient first = ChatTestClient.connect(port(nodeA));
				ChatTestClient second = ChatTestClient.connect(port(nodeB))) {
			ScriptedVisitor visitor = new ScriptedVisitor(first);
			JsonNode session = visitor.start();
			String conversation = session.path("conversationId").asString();
			first.nextPrompt();
			second.send(Map.of("type", "start", "resume", session.path("token").asString()));
			second.next("session");
			second.nextPrompt();
			Map<String, Object> message = Map.of("type", "text", "id", "resent-1", "text", "skip");
			CompletableFuture<Void> a = CompletableFuture.runAsync(() -> first.send(message));
			CompletableFuture<Void> b = CompletableFuture.runAsync(() -> second.send(message));
			CompletableFuture.allOf(a, b).join();
			int seqA = first.next("ack").path("seq").asInt();
			int seqB = second.next("ack").path("seq").asInt();
			assertThat(seqA).isEqualTo(seqB);
			int copies = jdbc(nodeA).sql("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = ? AND client_id = ?")
				.params(conversation, "resent-1").query(Integer.class).single();
			assertThat(copies).isEqualTo(1);
			Nodes.assertGaplessAndOnce(nodeA, conversation);
		}
		finally {
			nodeA.close();
			nodeB.close();
		}
	}

	private ConfigurableApplicationContext start(String name) {
		return Nodes.start(data.resolve(name));
	}

	private static int port(ConfigurableApplicationContext node) {
		return Nodes.port(node);
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext node) {
		return node.getBean(JdbcClient.class);
	}

}
