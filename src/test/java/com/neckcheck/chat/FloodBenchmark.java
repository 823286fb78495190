package com.neckcheck.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;

import tools.jackson.databind.JsonNode;

/**
 * Does one flooding client degrade everyone else? 50 visitors run screenings with a think time, first
 * alone, then while one client sends frames as fast as it can; prints the visitors' turn latency (a message
 * to the next question) in both runs, their ratio, and what the flooder got back. The server runs in this
 * JVM with the product's default rate limits (the per-address limits are lifted, since all 50 visitors come
 * from 127.0.0.1 here).
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.neckcheck.chat.FloodBenchmark</pre>
 */
public final class FloodBenchmark {

	private static final int VISITORS = Integer.getInteger("visitors", 50);

	private static final Duration RUN = Duration.ofSeconds(Long.getLong("seconds", 20));

	private static final Duration THINK = Duration.ofMillis(Long.getLong("thinkMillis", 250));

	private FloodBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(NeckCheckApplication.class).run("--server.port=0",
				"--neckcheck.data-dir=./target/flood-" + System.nanoTime(), "--logging.level.root=WARN",
				"--neckcheck.staff.admin-password=flood-benchmark-password", "--neckcheck.chat.sockets-per-address=100000",
				"--neckcheck.chat.conversations-per-minute=100000");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		try {
			run(port, false, Duration.ofSeconds(8));
			Result quiet = run(port, false, RUN);
			Result flooded = run(port, true, RUN);
			System.out.printf("%nFloodBenchmark (%d visitors, think %d ms, %d s per run, %d cores)%n", VISITORS,
					THINK.toMillis(), RUN.toSeconds(), Runtime.getRuntime().availableProcessors());
			System.out.println(quiet.line("without flood"));
			System.out.println(flooded.line("with flood   "));
			System.out.printf("p99 with flood / without: %.2f (target <= 1.20); p50 ratio %.2f%n",
					flooded.p(0.99) / quiet.p(0.99), flooded.p(0.50) / quiet.p(0.50));
			System.out.printf("flooder: %d frames sent, %d rate_limited answers, %d other answers, closed by the server and reconnected %d times%n",
					flooded.floodSent, flooded.floodLimited, flooded.floodOther, flooded.floodReconnects);
		}
		finally {
			app.close();
		}
	}

	record Result(List<Long> turnsNanos, long floodSent, long floodLimited, long floodOther, long floodReconnects) {

		double p(double quantile) {
			List<Long> sorted = new ArrayList<>(turnsNanos);
			Collections.sort(sorted);
			return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
		}

		String line(String name) {
			return String.format("%s: %d turns, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", name, turnsNanos.size(),
					p(0.50), p(0.95), p(0.99), p(1.0));
		}

	}

	private static Result run(int port, boolean flood, Duration length) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(VISITORS + 1);
		long end = System.nanoTime() + length.toNanos();
		List<Long> turns = Collections.synchronizedList(new ArrayList<>());
		List<Future<?>> visitors = new ArrayList<>();
		for (int i = 0; i < VISITORS; i++) {
			visitors.add(pool.submit(() -> visitUntil(port, end, turns)));
		}
		Flooder flooder = flood ? new Flooder(port) : null;
		Future<?> flooding = flood ? pool.submit(() -> flooder.floodUntil(end)) : null;
		for (Future<?> visitor : visitors) {
			visitor.get();
		}
		if (flooding != null) {
			flooding.get();
		}
		pool.shutdown();
		return flood ? new Result(turns, flooder.sent.get(), flooder.limited.get(), flooder.other.get(), flooder.reconnects.get())
				: new Result(turns, 0, 0, 0, 0);
	}

	/** Screenings one after another until the end, timing each turn. */
	private static void visitUntil(int port, long end, List<Long> turns) {
		while (System.nanoTime() < end) {
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				visitor.start();
				JsonNode prompt = client.nextPrompt();
				visitor.answer("say:my head hurts at the back on the left, it starts in my neck");
				while (!"summary".equals(prompt.path("type").asString()) && System.nanoTime() < end) {
					long sent = System.nanoTime();
					prompt = client.nextPrompt();
					turns.add(System.nanoTime() - sent);
					if ("summary".equals(prompt.path("type").asString())) {
						break;
					}
					Thread.sleep(THINK.toMillis());
					visitor.answer(ScriptedVisitor.negative(prompt.get("ask")));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** One client that sends text frames as fast as its socket takes them. */
	private static final class Flooder implements WebSocket.Listener {

		final AtomicLong sent = new AtomicLong();

		final AtomicLong limited = new AtomicLong();

		final AtomicLong other = new AtomicLong();

		final AtomicBoolean closed = new AtomicBoolean();

		final AtomicLong reconnects = new AtomicLong();

		private final String address;

		private final WebSocket socket;

		Flooder(int port) {
			this.address = "ws://127.0.0.1:" + port + "/ws/chat";
			this.socket = connect();
		}

		/** Floods; when the server closes the socket, connects again at once and goes on, as a bot would. */
		void floodUntil(long end) {
			String frame = ChatTestClient.JSON.writeValueAsString(Map.of("type", "text", "id", "flood", "text", "spam spam spam"));
			WebSocket current = socket;
			while (System.nanoTime() < end) {
				try {
					current.sendText("{\"type\":\"start\"}", true).get(5, TimeUnit.SECONDS);
					while (System.nanoTime() < end) {
						current.sendText(frame, true).get(5, TimeUnit.SECONDS);
						sent.incrementAndGet();
					}
				}
				catch (Exception closedByServer) {
					closed.set(true);
					reconnects.incrementAndGet();
					current.abort();
					current = connect();
				}
			}
			current.abort();
		}

		private WebSocket connect() {
			return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(address), this).join();
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			if (data.toString().contains("rate_limited")) {
				limited.incrementAndGet();
			}
			else {
				other.incrementAndGet();
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closed.set(true);
			return null;
		}

	}

}
