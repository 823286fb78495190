package com.neckcheck.chat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping a node: open sockets are told to reconnect (1012), and a message in flight is finished (stored,
 * acknowledged and answered) before its socket is closed. The message is held in flight for certain by a
 * row lock on its conversation, taken by the test, which the server's reply must wait for.
 */
class GracefulShutdownTests {

	@Test
	void aMessageInFlightIsAnsweredBeforeTheSocketIsClosedWith1012() throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(NeckCheckApplication.class).run(
				"--server.port=0", "--neckcheck.data-dir=./target/test-data/shutdown-" + System.nanoTime(),
				"--logging.level.root=WARN", "--neckcheck.staff.admin-password=test-admin-password",
				// Embedded H2 in every pass, also the PostgreSQL one: the check that the turn waits for the lock reads
				// H2's INFORMATION_SCHEMA.SESSIONS. The default URL, with a lock timeout (H2's is 1 s) long enough
				// for a slow machine to stop the node meanwhile.
				"--spring.datasource.url=jdbc:h2:file:${neckcheck.data-dir}/neckcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		DataSource database = app.getBean(DataSource.class);
		try (ChatTestClient idle = ChatTestClient.connect(port); ChatTestClient busy = ChatTestClient.connect(port)) {
			idle.send(Map.of("type", "start"));
			idle.nextPrompt();
			busy.send(Map.of("type", "start"));
			String conversation = busy.next("session").path("conversationId").asString();
			busy.nextPrompt();
			CompletableFuture<Void> stopping;
			// a last activity old enough that the turn rewrites it, so that its write waits for the row lock below
			try (Connection old = database.getConnection();
					PreparedStatement quiet = old.prepareStatement(
							"UPDATE conversation SET updated_at = updated_at - INTERVAL '10' MINUTE WHERE id = ?")) {
				quiet.setString(1, conversation);
				quiet.executeUpdate();
			}
			try (Connection lock = database.getConnection()) {
				lock.setAutoCommit(false);
				try (PreparedStatement update = lock.prepareStatement("UPDATE conversation SET lang = lang WHERE id = ?")) {
					update.setString(1, conversation);
					update.executeUpdate();
				}
				busy.send(Map.of("type", "text", "id", "in-flight", "text", "It hurts at the back of my head."));
				awaitTurnWaitingForTheLock(database);
				stopping = CompletableFuture.runAsync(app::close);
				assertThat(idle.awaitClose()).as("an idle socket is told at once").isEqualTo(1012);
				Thread.sleep(Duration.ofMillis(300).toMillis()); // well within the lock timeout
				assertThat(busy.isOpen()).as("the socket with a message in flight waits for it").isTrue();
				lock.rollback();
			}
			assertThat(busy.awaitClose()).isEqualTo(1012);
			stopping.join();
			java.util.List<JsonNode> afterAck = busy.drain(Duration.ofMillis(300));
			assertThat(afterAck).isNotEmpty();
			assertThat(afterAck.get(0).path("type").asString()).isEqualTo("ack");
			assertThat(afterAck.get(0).path("id").asString()).isEqualTo("in-flight");
			JsonNode last = afterAck.get(afterAck.size() - 1);
			assertThat(last.path("type").asString()).as("the answer came before the close").isEqualTo("bot");
			assertThat(last.has("ask")).isTrue();
		}
		assertThat(app.isActive()).isFalse();
	}

	/** The turn's write is blocked by the test's row lock: the message is in flight, not yet stored or acked. */
	private static void awaitTurnWaitingForTheLock(DataSource database) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		try (Connection look = database.getConnection();
				PreparedStatement blocked = look.prepareStatement(
						"SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
			while (System.nanoTime() < deadline) {
				try (java.sql.ResultSet rs = blocked.executeQuery()) {
					rs.next();
					if (rs.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(5);
			}
		}
		throw new AssertionError("the turn never reached the database");
	}

}
