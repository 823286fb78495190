package com.neckcheck.chat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.neckcheck.NeckCheckApplication;
import com.neckcheck.dialog.ConversationState;
import com.neckcheck.dialog.DialogEngine;
import com.neckcheck.dialog.Reply;
import com.neckcheck.dialog.Screener;
import com.neckcheck.dialog.VisitorInput;
import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One message the dialog engine fails on must not break a conversation for good: it is kept, acknowledged
 * and skipped from then on; the visitor hears the emergency reminder and the question again, and the
 * conversation goes on, on the same socket, after a resume, and on a node that rebuilds it from the
 * transcript. The failing engine is a test double at the engine's boundary ({@link Screener}).
 */
@ExtendWith(OutputCaptureExtension.class)
class UnreadableTurnTests {

	/** Typed words the test engine fails on, quoted in its exception's message as a careless engine would. */
	static final String POISON = "zebra-quartz-poison";

	@TempDir
	Path data;

	@Test
	void aTurnTheEngineFailsOnIsKeptSkippedAndTheConversationGoesOnEverywhere(CapturedOutput output) {
		String token;
		String pending;
		try (ConfigurableApplicationContext server = start()) {
			try (ChatTestClient client = ChatTestClient.connect(port(server))) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				token = visitor.start().path("token").asString();
				client.nextPrompt();
				visitor.answer("say:skip");
				pending = client.nextPrompt().path("ask").path("question").asString();

				client.send(Map.of("type", "text", "id", "bad-1", "text", "my head " + POISON + " hurts"));
				int keptSeq = client.next("ack").path("seq").asInt();
				assertThat(keptSeq).isPositive();
				JsonNode error = client.next("error");
				assertThat(error.path("code").asString()).isEqualTo("internal");
				assertThat(error.path("replyTo").asString()).isEqualTo("bad-1");
				assertThat(error.path("message").asString()).as("the emergency reminder goes with it").contains("call 911");
				JsonNode again = client.nextPrompt();
				assertThat(again.path("ask").path("question").asString()).as("the same question again").isEqualTo(pending);
				assertThat(again.path("seq").asInt()).isEqualTo(keptSeq + 1);

				visitor.answer("say:none of these");
				assertThat(client.next("ack").path("seq").asInt()).isEqualTo(keptSeq + 2);
				JsonNode next = client.nextPrompt();
				assertThat(next.path("type").asString()).as("the half-done turn was thrown away").isEqualTo("bot");
				assertThat(next.path("ask").path("question").asString()).as("the conversation moved on").isNotEqualTo(pending);
			}
			try (ChatTestClient client = ChatTestClient.connect(port(server))) {
				client.send(Map.of("type", "start", "resume", token, "after", 0));
				assertThat(client.next("session").path("resumed").asBoolean()).isTrue();
				new ScriptedVisitor(client).answer("say:none of these");
				client.next("ack");
				assertThat(client.nextPrompt().path("type").asString()).as("a resume goes on too").isEqualTo("bot");
			}
			double unreadable = server.getBean(MeterRegistry.class).counter("neckcheck.turns.unreadable").count();
			assertThat(unreadable).isEqualTo(1.0);
		}
		try (ConfigurableApplicationContext otherNode = start()) {
			try (ChatTestClient client = ChatTestClient.connect(port(otherNode))) {
				client.send(Map.of("type", "start", "resume", token));
				assertThat(client.next("session").path("resumed").asBoolean()).isTrue();
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				JsonNode summary = visitor.complete(Map.of(), ScriptedVisitor::negative).summary();
				assertThat(summary.path("type").asString()).as("rebuilt from the transcript, to the end").isEqualTo("summary");
			}
			assertThat(otherNode.getBean(MeterRegistry.class).counter("neckcheck.turns.unreadable").count())
				.as("the kept entry is skipped on rebuild, not read again").isZero();
		}
		assertThat(output.getAll()).contains("kept it as unreadable").doesNotContain(POISON);
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(new Class<?>[] { NeckCheckApplication.class, FailingScreener.class },
				new String[] { "--server.port=0", "--neckcheck.data-dir=" + data, "--logging.level.root=WARN",
						"--neckcheck.chat.messages-per-second=10000", "--neckcheck.chat.message-burst=10000",
						"--neckcheck.chat.sockets-per-address=100000", "--neckcheck.chat.conversations-per-minute=100000" });
	}

	private static int port(ConfigurableApplicationContext server) {
		return ((WebServerApplicationContext) server).getWebServer().getPort();
	}

	/** The real engine, except that it throws on the poison words. */
	@Configuration(proxyBeanMethods = false)
	static class FailingScreener {

		@Bean
		@Primary
		Screener failingScreener(DialogEngine engine) {
			return new Screener() {

				@Override
				public List<Reply> open(ConversationState state) {
					return engine.open(state);
				}

				@Override
				public Turn handle(ConversationState state, VisitorInput input) {
					if (input instanceof VisitorInput.Typed typed && typed.text().contains(POISON)) {
						// half done, as a real failure may leave it: a state kept after this would end in an emergency
						state.findings().record(Finding.of("thunderclap", FindingStatus.PRESENT));
						throw new IllegalStateException("cannot read '" + typed.text() + "'");
					}
					return engine.handle(state, input);
				}

				@Override
				public Optional<Reply.Say> pendingQuestion(ConversationState state) {
					return engine.pendingQuestion(state);
				}
			};
		}

	}

}
