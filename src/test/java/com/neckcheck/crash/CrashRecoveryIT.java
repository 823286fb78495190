package com.neckcheck.crash;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.neckcheck.TestNetwork;
import com.neckcheck.chat.JsonFrames;
import com.neckcheck.chat.ScriptedVisitor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application as a separate process, killed with SIGKILL at random moments while visitors are
 * mid-screening, at least 20 times, and restarted on the same data each time. Visitors behave like the
 * widget: they keep their token, resume with the last seq they saw, and resend what was not acknowledged
 * under the same id. At the end every acknowledged message is stored exactly once, at the seq it was
 * acknowledged with, every transcript is gapless, and every conversation reached its summary.
 */
class CrashRecoveryIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int KILLS = Integer.getInteger("crash.kills", 20);

	private static final int CONCURRENT_VISITORS = 6;

	private final Random random = new Random(Long.getLong("crash.seed", System.currentTimeMillis()));

	@Test
	void everyAcknowledgedMessageSurvivesSigkillExactlyOnce() throws Exception {
		Path jar = Path.of(System.getProperty("neckcheck.jar", "target/neckcheck-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).exists();
		Path data = Path.of("target/crash-data-" + System.nanoTime()).toAbsolutePath();
		int port = TestNetwork.freePort();
		List<Visitor> visitors = new ArrayList<>();
		ExecutorService pool = Executors.newCachedThreadPool();
		long began = System.nanoTime();
		int kills = 0;
		while (kills < KILLS) {
			Process server = start(jar, data, port);
			while (visitors.stream().filter(v -> !v.finished).count() < CONCURRENT_VISITORS) {
				visitors.add(new Visitor(visitors.size()));
			}
			List<Future<?>> rounds = visitors.stream().filter(v -> !v.finished).<Future<?>>map(v -> pool.submit(() -> v.round(port))).toList();
			Thread.sleep(300 + random.nextInt(2200));
			server.destroyForcibly().waitFor();
			kills++;
			for (Future<?> round : rounds) {
				round.get(60, TimeUnit.SECONDS);
			}
		}
		Process server = start(jar, data, port);
		List<Future<?>> last = visitors.stream().filter(v -> !v.finished).<Future<?>>map(v -> pool.submit(() -> v.round(port))).toList();
		for (Future<?> round : last) {
			round.get(120, TimeUnit.SECONDS);
		}
		server.destroy();
		server.waitFor();
		pool.shutdown();
		int acked = visitors.stream().mapToInt(v -> v.acked.size()).sum();
		System.out.printf("CrashRecoveryIT: %d SIGKILLs, %d conversations, %d acknowledged visitor messages, %d resends, %.0f s%n",
				kills, visitors.size(), acked, visitors.stream().mapToInt(v -> v.resends).sum(),
				(System.nanoTime() - began) / 1e9);
		assertThat(visitors).allSatisfy(v -> assertThat(v.finished).as("visitor %d finished", v.number).isTrue());
		assertThat(visitors).allSatisfy(v -> assertThat(v.errors).as("visitor %d errors", v.number).isEmpty());
		try (Connection db = DriverManager.getConnection(
				"jdbc:h2:file:" + data + "/neckcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
			for (Visitor visitor : visitors) {
				assertStored(db, visitor);
			}
		}
	}

	private static void assertStored(Connection db, Visitor visitor) throws Exception {
		Map<String, Integer> stored = new HashMap<>();
		List<Integer> seqs = new ArrayList<>();
		String status;
		try (PreparedStatement query = db.prepareStatement(
				"SELECT seq, client_id FROM transcript_entry WHERE conversation_id = ? ORDER BY seq")) {
			query.setString(1, visitor.conversationId);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					seqs.add(rows.getInt(1));
					String clientId = rows.getString(2);
					if (clientId != null) {
						assertThat(stored.put(clientId, rows.getInt(1))).as("client id %s stored once", clientId).isNull();
					}
				}
			}
		}
		try (PreparedStatement query = db.prepareStatement("SELECT status FROM conversation WHERE id = ?")) {
			query.setString(1, visitor.conversationId);
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).isTrue();
				status = rows.getString(1);
			}
		}
		for (int i = 0; i < seqs.size(); i++) {
			assertThat(seqs.get(i)).as("gapless transcript of visitor %d", visitor.number).isEqualTo(i + 1);
		}
		visitor.acked.forEach((id, seq) -> assertThat(stored.get(id)).as("acked %s of visitor %d", id, visitor.number)
			.isEqualTo(seq));
		assertThat(status).isEqualTo("completed");
	}

	private static Process start(Path jar, Path data, int port) throws Exception {
		Files.createDirectories(data);
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--neckcheck.data-dir=" + data,
				"--neckcheck.staff.admin-password=crash-test-admin-password", "--logging.level.root=WARN",
				"--neckcheck.chat.messages-per-second=10000", "--neckcheck.chat.message-burst=10000",
				"--neckcheck.chat.sockets-per-address=100000", "--neckcheck.chat.conversations-per-minute=100000");
		builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile()));
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("the server exited with " + process.exitValue() + "; see " + data.resolve("server.log"));
			}
			try {
				if (TestNetwork.status(port, "/actuator/health/readiness") == 200) {
					return process;
				}
			}
			catch (java.io.IOException notYet) {
				// still starting
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the server did not become ready; see " + data.resolve("server.log") + new File("").getAbsolutePath());
	}

	/** One visitor, across as many server lives as it takes, acting as the widget does. */
	private final class Visitor {

		final int number;

		final Map<String, Integer> acked = new HashMap<>();

		final List<String> errors = new ArrayList<>();

		String token;

		String conversationId;

		int lastSeq;

		int answeredAskSeq;

		Map<String, Object> pending;

		int messages;

		int resends;

		final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

		volatile boolean finished;

		Visitor(int number) {
			this.number = number;
		}

		@Override
		public String toString() {
			return "visitor " + number + " (conversation " + conversationId + ", last seq " + lastSeq + ", " + acked.size()
					+ " acked, pending " + pending + ", finished " + finished + ", errors " + errors + ", log " + log + ")";
		}

		/** Talks until the summary, or until the server dies under it. */
		void round(int port) {
			BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
			WebSocket socket;
			try {
				socket = HttpClient.newHttpClient()
					.newWebSocketBuilder()
					.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), new JsonFrames(inbox, true))
					.get(10, TimeUnit.SECONDS);
			}
			catch (Exception serverGone) {
				return;
			}
			Map<String, Object> start = new HashMap<>(Map.of("type", "start"));
			if (token != null) {
				start.put("resume", token);
				start.put("after", lastSeq);
			}
			if (!send(socket, start)) {
				return;
			}
			while (true) {
				JsonNode message;
				try {
					message = inbox.poll(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				if (message == null || message.path("type").asString().equals("closed")) {
					log.add(message == null ? "timeout" : "closed");
					return;
				}
				log.add(message.path("type").asString() + message.path("seq").asInt(0));
				if (!handle(socket, message)) {
					socket.abort();
					return;
				}
			}
		}

		/** @return false when this round is over */
		private boolean handle(WebSocket socket, JsonNode message) {
			switch (message.path("type").asString()) {
				case "session" -> {
					if (token == null) {
						token = message.path("token").asString();
						conversationId = message.path("conversationId").asString();
					}
					if (pending != null) {
						resends++;
						return send(socket, pending);
					}
				}
				case "ack" -> {
					String id = message.path("id").asString();
					int seq = message.path("seq").asInt();
					Integer before = acked.putIfAbsent(id, seq);
					if (before != null && before != seq) {
						errors.add("message " + id + " acked at " + before + " and then at " + seq);
					}
					if (pending != null && id.equals(pending.get("id"))) {
						pending = null;
					}
					lastSeq = Math.max(lastSeq, seq);
				}
				case "bot", "summary" -> {
					int seq = message.path("seq").asInt();
					lastSeq = Math.max(lastSeq, seq);
					if (message.path("type").asString().equals("summary")) {
						finished = true;
						return false;
					}
					if (message.has("ask") && pending == null && seq > answeredAskSeq) {
						answeredAskSeq = seq;
						think();
						pending = new HashMap<>();
						pending.put("type", "choice");
						pending.put("id", "v" + number + "-" + (++messages));
						pending.put("value", ScriptedVisitor.negative(message.get("ask")));
						return send(socket, pending);
					}
				}
				case "error" -> errors.add(message.toString());
				default -> {
				}
			}
			return true;
		}

		private void think() {
			try {
				Thread.sleep(40 + random.nextInt(120));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		private boolean send(WebSocket socket, Map<String, Object> message) {
			try {
				socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
				return true;
			}
			catch (Exception serverGone) {
				return false;
			}
		}

	}

}
