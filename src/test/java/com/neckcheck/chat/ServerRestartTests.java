package com.neckcheck.chat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A conversation outlives the server: stop it, start a new one on the same data folder, carry on. */
class ServerRestartTests {

	@TempDir
	Path data;

	@Test
	void aConversationResumesAfterARestartAtTheSameQuestionWithNothingLost() {
		String token;
		int lastSeen;
		String pending;
		int firstSeq;
		try (ConfigurableApplicationContext server = start()) {
			try (ChatTestClient client = ChatTestClient.connect(port(server))) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				token = visitor.start().path("token").asString();
				client.nextPrompt();
				visitor.answer("say:skip");
				client.nextPrompt();
				visitor.answer("say:no");
				JsonNode prompt = client.nextPrompt();
				visitor.answer("no");
				firstSeq = client.next("ack").path("seq").asInt();
				prompt = client.nextPrompt();
				lastSeen = prompt.path("seq").asInt();
				pending = prompt.path("ask").path("question").asString();
			}
		}
		try (ConfigurableApplicationContext server = start()) {
			try (ChatTestClient client = ChatTestClient.connect(port(server))) {
				client.send(Map.of("type", "start", "resume", token, "after", firstSeq - 1));
				assertThat(client.next("session").path("resumed").asBoolean()).isTrue();
				JsonNode visitorEntry = client.next();
				assertThat(visitorEntry.path("seq").asInt()).isEqualTo(firstSeq);
				assertThat(visitorEntry.path("value").asString()).isEqualTo("no");
				JsonNode question = client.next();
				assertThat(question.path("seq").asInt()).isEqualTo(lastSeen);
				assertThat(question.path("ask").path("question").asString()).isEqualTo(pending);
				assertThat(client.drain(Duration.ofMillis(500))).as("nothing doubled").isEmpty();
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				visitor.answer("no");
				assertThat(client.next("ack").path("seq").asInt()).isEqualTo(lastSeen + 1);
				JsonNode summary = visitor.complete(Map.of(), ScriptedVisitor::negative).summary();
				assertThat(summary.path("type").asString()).isEqualTo("summary");
			}
		}
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(NeckCheckApplication.class, "--server.port=0", "--neckcheck.data-dir=" + data,
				"--logging.level.root=WARN", "--neckcheck.chat.messages-per-second=10000",
				"--neckcheck.chat.message-burst=10000", "--neckcheck.chat.sockets-per-address=100000",
				"--neckcheck.chat.conversations-per-minute=100000");
	}

	private static int port(ConfigurableApplicationContext server) {
		return ((WebServerApplicationContext) server).getWebServer().getPort();
	}

}
