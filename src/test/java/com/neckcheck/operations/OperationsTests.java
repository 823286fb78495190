package com.neckcheck.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;
import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/** Health probes and Prometheus metrics, over real HTTP. */
@ChatServerTest
class OperationsTests {

	@LocalServerPort
	int port;

	@Test
	void livenessAndReadinessAreUpWithTheDatabaseAndTheDialogScripts() throws Exception {
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void prometheusExposesTheChatMetrics() throws Exception {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			visitor.complete(Map.of("q_story", "say:worst headache of my life, came on in seconds"), ScriptedVisitor::negative);
			assertThat(get("/actuator/prometheus").statusCode()).as("metrics on the visitor port need a login")
				.isEqualTo(401);
			String metrics = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
					.header("Authorization", "Basic " + java.util.Base64.getEncoder()
						.encodeToString(("admin:" + com.neckcheck.ChatServerTest.ADMIN_PASSWORD).getBytes()))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(metrics).contains("neckcheck_conversations_started_total", "neckcheck_conversations_completed_total",
					"neckcheck_conversations_abandoned_total", "neckcheck_triage_total{level=\"emergency\"}",
					"neckcheck_red_flags_total{flag=\"thunderclap\"}", "neckcheck_turn_latency_seconds_bucket",
					"neckcheck_sockets_open", "neckcheck_rate_limited_total");
			assertThat(metrics).doesNotContain("worst headache");
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
