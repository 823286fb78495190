package com.neckcheck.chat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Allowed origins and, when the clinic sets them, per-site widget keys checked at {@code start}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
				"neckcheck.staff.admin-password=test-admin-password",
				"neckcheck.chat.allowed-origin-patterns=http://clinic.test,http://other.test",
				"neckcheck.chat.widget-keys[0].key=clinic-main-site-key-2026",
				"neckcheck.chat.widget-keys[0].origin=http://clinic.test",
				"neckcheck.chat.widget-keys[1].key=any-page-partner-key-2026" })
class WidgetKeyTests {

	@LocalServerPort
	int port;

	@Test
	void aPageOfAnOriginNotAllowedCannotOpenTheSocket() {
		try (RawWebSocket socket = RawWebSocket.connect(port, "http://evil.test")) {
			assertThat(socket.status()).isEqualTo(403);
		}
		try (RawWebSocket socket = RawWebSocket.connect(port, "http://clinic.test")) {
			assertThat(socket.status()).isEqualTo(101);
		}
	}

	@Test
	void startNeedsAKnownKeyFromItsOwnOrigin() {
		assertThat(start("http://clinic.test", null)).contains("\"forbidden\"");
		assertThat(start("http://clinic.test", "a-guessed-key-that-is-wrong")).contains("\"forbidden\"");
		assertThat(start("http://other.test", "clinic-main-site-key-2026")).as("a key bound to another origin")
			.contains("\"forbidden\"");
		assertThat(start("http://clinic.test", "clinic-main-site-key-2026")).contains("\"session\"");
		assertThat(start("http://other.test", "any-page-partner-key-2026")).contains("\"session\"");
		assertThat(start(null, "any-page-partner-key-2026")).as("a key without an origin works from scripts too")
			.contains("\"session\"");
	}

	private String start(String origin, String key) {
		try (RawWebSocket socket = RawWebSocket.connect(port, origin)) {
			assertThat(socket.status()).isEqualTo(101);
			socket.sendText(key == null ? "{\"type\":\"start\"}" : "{\"type\":\"start\",\"key\":\"" + key + "\"}");
			return socket.read().text();
		}
	}

}
