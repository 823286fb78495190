package com.neckcheck.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that keep one client from taking others' service: sockets per address, new conversations per
 * minute per address, messages per conversation over all its sockets, and the length of a conversation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
				"neckcheck.chat.sockets-per-address=4", "neckcheck.chat.conversations-per-minute=3",
				"neckcheck.chat.messages-per-second=1", "neckcheck.chat.message-burst=8",
				"neckcheck.chat.max-conversation-entries=12", "neckcheck.staff.admin-password=test-admin-password" })
@Import(MovableTicker.Config.class)
class ChatLimitsTests {

	/** Each limit is tried from a loopback address of its own, so the tests do not use up each other's. */
	private static final String SOCKETS_HOST = "127.0.0.2";

	private static final String STARTS_HOST = "127.0.0.3";

	private static final String FLOOD_HOST = "127.0.0.7";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableTicker ticker;

	@Test
	void aFlooderThatReconnectsAfterEachCloseWritesOneLogLine() {
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events = new ch.qos.logback.core.read.ListAppender<>();
		events.start();
		ch.qos.logback.classic.Logger handler = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ChatHandler.class);
		handler.addAppender(events);
		ch.qos.logback.classic.Level level = handler.getLevel();
		handler.setLevel(ch.qos.logback.classic.Level.INFO);
		int closes = 0;
		try {
			for (int round = 0; round < 5; round++) {
				try (RawWebSocket socket = RawWebSocket.connectFrom(FLOOD_HOST, port)) {
					for (int i = 0; i < 300; i++) {
						socket.sendText("{\"type\":\"ping\"}");
					}
					if (closedForFlooding(socket)) {
						closes++;
					}
				}
			}
		}
		finally {
			handler.detachAppender(events);
			handler.setLevel(level);
		}
		assertThat(closes).isEqualTo(5);
		assertThat(events.list.stream().filter(e -> e.getFormattedMessage().contains("flooding")))
			.as("five flood closes from one address in a minute, one log line").hasSize(1);
	}

	/** Reads until the policy close; a reset right after it (frames the server left unread) counts as closed too. */
	private static boolean closedForFlooding(RawWebSocket socket) {
		boolean refused = false;
		try {
			while (true) {
				RawWebSocket.Frame frame = socket.read();
				if (frame.opcode() == 8) {
					return frame.closeCode() == 1008;
				}
				refused |= frame.text().contains("rate_limited");
			}
		}
		catch (RuntimeException reset) {
			return refused;
		}
	}

	@Test
	void anAddressGetsOnlySoManyOpenSockets() {
		List<RawWebSocket> open = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				RawWebSocket socket = RawWebSocket.connectFrom(SOCKETS_HOST, port);
				socket.sendText("{\"type\":\"ping\"}");
				assertThat(socket.readText()).contains("pong");
				open.add(socket);
			}
			try (RawWebSocket fifth = RawWebSocket.connectFrom(SOCKETS_HOST, port)) {
				assertThat(fifth.read().closeCode()).as("policy close").isEqualTo(1008);
			}
			try (ChatTestClient elsewhere = ChatTestClient.connect(port)) {
				elsewhere.send(Map.of("type", "ping"));
				assertThat(elsewhere.next().path("type").asString()).as("other addresses are not affected").isEqualTo("pong");
			}
			open.remove(0).close();
			awaitFreedSocket();
		}
		finally {
			open.forEach(RawWebSocket::close);
		}
	}

	/** A closed socket frees its place, once the server has seen the close. */
	private void awaitFreedSocket() {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (RawWebSocket socket = RawWebSocket.connectFrom(SOCKETS_HOST, port)) {
				socket.sendText("{\"type\":\"ping\"}");
				RawWebSocket.Frame answer = socket.read();
				if (answer.opcode() == 1 && answer.text().contains("pong")) {
					return;
				}
			}
			catch (java.io.UncheckedIOException closedFirst) {
				// refused again: the close has not been seen yet
			}
			pollAgain();
		}
		throw new AssertionError("the closed socket never freed its place");
	}

	@Test
	void anAddressStartsOnlySoManyConversationsAMinuteButMayAlwaysResume() {
		String token = null;
		String refused = null;
		for (int i = 0; i < 5 && refused == null; i++) {
			try (RawWebSocket socket = RawWebSocket.connectFrom(STARTS_HOST, port)) {
				socket.sendText("{\"type\":\"start\"}");
				JsonNode answer = ChatTestClient.JSON.readTree(socket.readText());
				if ("session".equals(answer.path("type").asString())) {
					token = answer.path("token").asString();
				}
				else {
					refused = answer.toString();
				}
			}
		}
		assertThat(refused).as("a start beyond the limit is refused").isNotNull();
		assertThat(refused).contains("rate_limited").as("with the emergency reminder").contains("call 911");
		try (RawWebSocket socket = RawWebSocket.connectFrom(STARTS_HOST, port)) {
			socket.sendText("{\"type\":\"start\",\"resume\":\"" + token + "\"}");
			assertThat(socket.readText()).contains("\"session\"");
		}
	}

	@Test
	void oneConversationIsRateLimitedOverAllItsSockets() {
		try (ChatTestClient first = ChatTestClient.connect(port); ChatTestClient second = ChatTestClient.connect(port)) {
			first.send(Map.of("type", "start"));
			String token = first.next("session").path("token").asString();
			second.send(Map.of("type", "start", "resume", token));
			second.next("session");
			for (int i = 0; i < 6; i++) {
				first.send(Map.of("type", "text", "id", "a" + i, "text", "hello"));
				second.send(Map.of("type", "text", "id", "b" + i, "text", "hello"));
			}
			List<JsonNode> all = new ArrayList<>(first.drain(java.time.Duration.ofMillis(800)));
			all.addAll(second.drain(java.time.Duration.ofMillis(800)));
			long limited = all.stream().filter(m -> "rate_limited".equals(m.path("code").asString())).count();
			long acked = all.stream().filter(m -> "ack".equals(m.path("type").asString())).count();
			assertThat(acked).as("each socket alone is within its own limit of 8").isLessThanOrEqualTo(9);
			assertThat(limited).isGreaterThanOrEqualTo(3);
			assertThat(all).filteredOn(m -> "rate_limited".equals(m.path("code").asString()))
				.allSatisfy(m -> assertThat(m.path("replyTo").asString()).isNotEmpty())
				.allSatisfy(m -> assertThat(m.path("message").asString()).as("with the emergency reminder").contains("call 911"));
		}
	}

	@Test
	void aConversationTakesNoMoreMessagesPastItsLength() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			client.send(Map.of("type", "start"));
			String id = client.next("session").path("conversationId").asString();
			JsonNode refusal = null;
			for (int i = 0; i < 12 && refusal == null; i++) {
				client.send(Map.of("type", "text", "id", "t" + i, "text", "hmm"));
				for (JsonNode m : client.drain(java.time.Duration.ofMillis(300))) {
					if ("too_long".equals(m.path("code").asString())) {
						refusal = m;
					}
				}
				ticker.moveOn(java.time.Duration.ofSeconds(1)); // past the rate of one a second
			}
			assertThat(refusal).isNotNull();
			assertThat(refusal.path("message").asString()).contains("call 911");
			int stored = jdbc.sql("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = ?")
				.param(id)
				.query(Integer.class)
				.single();
			assertThat(stored).isLessThanOrEqualTo(12 + 3);
		}
	}

	/** The server sees a close on its own thread: waiting for it is polling, not waiting for a clock. */
	private static void pollAgain() {
		try {
			Thread.sleep(150);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
