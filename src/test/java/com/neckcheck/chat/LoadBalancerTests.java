package com.neckcheck.chat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import com.neckcheck.TestNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample nginx configuration of docs/nginx/nginx.conf in front of two nodes on one PostgreSQL: a visitor
 * who reconnects after every answer lands on the nodes in turn and finishes with a gapless transcript.
 * Runs with {@code mvn -B verify -Ppostgres} where Debian's nginx is installed.
 */
@EnabledIfSystemProperty(named = "neckcheck.test.postgres", matches = "true")
@EnabledIf("nginxInstalled")
class LoadBalancerTests {

	@TempDir
	Path work;

	static boolean nginxInstalled() {
		return com.neckcheck.RealParts.present(Files.isExecutable(Path.of("/usr/sbin/nginx")), "nginx (/usr/sbin/nginx)");
	}

	@Test
	void aVisitorReconnectingThroughNginxIsServedByEitherNodeWithNothingLost() throws Exception {
		ConfigurableApplicationContext nodeA = start("a");
		ConfigurableApplicationContext nodeB = start("b");
		int proxyPort = TestNetwork.freePort();
		Process nginx = startNginx(proxyPort, port(nodeA), port(nodeB));
		try {
			String token;
			String conversation;
			int lastSeq;
			try (ChatTestClient client = ChatTestClient.connect(proxyPort)) {
				JsonNode session = new ScriptedVisitor(client).start();
				token = session.path("token").asString();
				conversation = session.path("conversationId").asString();
				lastSeq = client.nextPrompt().path("seq").asInt();
			}
			JsonNode summary = null;
			for (int turn = 0; turn < 80 && summary == null; turn++) {
				try (ChatTestClient client = ChatTestClient.connect(proxyPort)) {
					client.send(Map.of("type", "start", "resume", token, "after", lastSeq - 1));
					assertThat(client.next("session").path("conversationId").asString()).isEqualTo(conversation);
					JsonNode prompt = client.nextPrompt();
					if ("summary".equals(prompt.path("type").asString())) {
						summary = prompt;
						break;
					}
					new ScriptedVisitor(client).answer(ScriptedVisitor.negative(prompt.get("ask")));
					JsonNode next = client.nextPrompt();
					lastSeq = next.path("seq").asInt();
					if ("summary".equals(next.path("type").asString())) {
						summary = next;
					}
				}
			}
			assertThat(summary).as("the screening finished through nginx").isNotNull();
			for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
				assertThat(node.getBean(io.micrometer.core.instrument.MeterRegistry.class).get("neckcheck.turn.latency").timer().count())
					.as("turns served by each node").isGreaterThan(5);
			}
			Nodes.assertGaplessAndOnce(nodeA, conversation);
		}
		finally {
			nginx.destroy();
			nginx.waitFor();
			nodeA.close();
			nodeB.close();
		}
	}

	private Process startNginx(int listen, int nodeA, int nodeB) throws Exception {
		String config = Files.readString(Path.of("docs/nginx/nginx.conf"))
			.replace("server 10.0.0.11:8080", "server 127.0.0.1:" + nodeA)
			.replace("server 10.0.0.12:8080", "server 127.0.0.1:" + nodeB)
			.replace("listen 80;", "listen 127.0.0.1:" + listen + ";");
		assertThat(config).contains("127.0.0.1:" + nodeA).contains("127.0.0.1:" + nodeB);
		Files.createDirectories(work.resolve("logs"));
		Path file = work.resolve("nginx.conf");
		Files.writeString(file, config);
		Process nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", work.toString(), "-c", file.toString(), "-g",
				"daemon off; pid " + work.resolve("nginx.pid") + "; error_log " + work.resolve("logs/error.log") + ";")
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("logs/out.log").toFile())
			.start();
		for (int i = 0; i < 50; i++) {
			try (Socket probe = new Socket("127.0.0.1", listen)) {
				return nginx;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("nginx did not start: " + Files.readString(work.resolve("logs/out.log")));
	}

	private ConfigurableApplicationContext start(String name) {
		return Nodes.start(work.resolve(name), "--neckcheck.chat.allowed-origin-patterns=*");
	}

	private static int port(ConfigurableApplicationContext node) {
		return Nodes.port(node);
	}

}
