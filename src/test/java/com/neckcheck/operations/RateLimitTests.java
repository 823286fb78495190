package com.neckcheck.operations;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.MovableTicker;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A socket that sends faster than its limit gets rate_limited, and can go on once it slows down; one that
 * keeps flooding is closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
				"neckcheck.chat.messages-per-second=0.01", "neckcheck.chat.message-burst=5" })
@Import(MovableTicker.Config.class)
class RateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	MovableTicker ticker;

	@Test
	void aFloodGetsRateLimitedAndTheSocketRecovers() throws Exception {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			for (int i = 0; i < 30; i++) {
				client.send(Map.of("type", "ping"));
			}
			List<JsonNode> answers = client.drain(Duration.ofMillis(500));
			long pongs = answers.stream().filter(m -> "pong".equals(m.path("type").asString())).count();
			long limited = answers.stream().filter(m -> "rate_limited".equals(m.path("code").asString())).count();
			assertThat(pongs).as("the burst; at one frame in 100 s nothing refills during the test").isEqualTo(5L);
			assertThat(limited).as("a run of refused frames is answered once, not once per frame").isBetween(1L, 3L);
			client.send(Map.of("type", "ping"));
			assertThat(client.drain(Duration.ofMillis(300)))
				.as("no pong before the rate's time has passed").noneMatch(m -> "pong".equals(m.path("type").asString()));
			ticker.moveOn(Duration.ofSeconds(100));
			client.send(Map.of("type", "ping"));
			assertThat(client.next().path("type").asString()).isEqualTo("pong");
		}
	}


	@Test
	void aSocketThatKeepsFloodingIsClosed() {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			for (int i = 0; i < 400 && client.isOpen(); i++) {
				try {
					client.send(Map.of("type", "ping"));
				}
				catch (RuntimeException closed) {
					break;
				}
			}
			assertThat(client.awaitClose()).isIn(1008, -1);
		}
		try (ChatTestClient next = ChatTestClient.connect(port)) {
			next.send(Map.of("type", "ping"));
			assertThat(next.next().path("type").asString()).as("others are served").isEqualTo("pong");
		}
	}

}
