package com.neckcheck.operations;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;
import com.neckcheck.TestNetwork;
import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the application's own logging turned up to DEBUG, a whole screening and a staff review leave no
 * visitor words in the log, while every line of the chat carries the ids needed to trace it (request,
 * socket, conversation) in its logging context, which plain-text logs print (logging.pattern.correlation)
 * and JSON logs carry as fields.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTests {

	@Test
	void noVisitorWordsInTheLogButIdsForTracing(CapturedOutput output) throws Exception {
		String marker = "vexwort" + Long.toString(System.nanoTime(), 36);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NeckCheckApplication.class).run(
				"--server.port=0", "--neckcheck.data-dir=./target/test-data/logs-" + System.nanoTime(),
				"--logging.level.root=INFO", "--logging.level.com.neckcheck=DEBUG",
				"--neckcheck.staff.admin-password=test-admin-password", "--neckcheck.chat.messages-per-second=10000",
				"--neckcheck.chat.message-burst=10000")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			ListAppender<ILoggingEvent> events = new ListAppender<>();
			events.start();
			Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
			root.addAppender(events);
			String conversation;
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				conversation = visitor.start().path("conversationId").asString();
				visitor.complete(Map.of("q_story", "say:My " + marker + " headache sits behind my left eye since my "
						+ "car accident, and I take ibuprofen " + marker + " every day"), ScriptedVisitor::negative);
			}
			java.net.http.HttpResponse<String> review = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
						+ "/api/staff/conversations/" + conversation))
					.header("Authorization", "Basic " + java.util.Base64.getEncoder()
						.encodeToString("admin:test-admin-password".getBytes()))
					.header("X-Request-Id", "trace-me-42")
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(review.body()).contains(marker);
			assertThat(review.headers().firstValue("X-Request-Id")).hasValue("trace-me-42");
			assertThat(TestNetwork.status(port, "/actuator/health")).isEqualTo(200);
			String log = output.getAll();
			assertThat(log).doesNotContain(marker, "ibuprofen", "car accident");
			assertThat(log).contains("Conversation " + conversation + " started", "Conversation " + conversation + " completed");
			root.detachAppender(events);
			List<ILoggingEvent> chat = events.list.stream()
				.filter(e -> e.getFormattedMessage().startsWith("Conversation " + conversation))
				.toList();
			assertThat(chat).isNotEmpty()
				.allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsKey("socket"));
			assertThat(chat).anySatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("conversation", conversation));
			assertThat(events.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(marker));
			assertThat(events.list).filteredOn(e -> e.getFormattedMessage().contains("conversation.view"))
				.singleElement()
				.satisfies(e -> assertThat(e.getMDCPropertyMap()).containsEntry("request", "trace-me-42"));
		}
	}

}
