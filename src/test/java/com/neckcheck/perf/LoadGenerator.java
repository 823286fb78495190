package com.neckcheck.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.neckcheck.TestNetwork;
import com.neckcheck.chat.JsonFrames;
import com.neckcheck.chat.ScriptedVisitor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load generator: N WebSocket sessions at once, each running whole screenings (a story in free text, then
 * answers) with a think time, against NeckCheck and, with the same sessions, message sizes and think time,
 * against the bare echo endpoint of the same stack ({@link BenchServer}). For each concurrency it prints
 * turn latency (a visitor message to the next question or summary) p50/p95/p99/max, turns per second and
 * errors, both ways and as a ratio; then the server heap per open idle session. It writes the latency
 * chart to {@code docs/performance-latency.svg}. The server runs in a JVM of its own, started here.
 *
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.args="-cp %classpath com.neckcheck.perf.LoadGenerator"
 * </pre>
 * Options as system properties before the class name: {@code -Dlevels=50,200,500,1000 -Dseconds=20
 * -DthinkMillis=1000 -Didle=2000 -DrampSeconds=10} (sessions arrive over the ramp, which is not measured; each
 * answer comes after a think time drawn evenly from half to one and a half {@code thinkMillis}),
 * {@code -Dfresh=true} (no warm-up by the generator: the first level meets the server as it started), and {@code -DserverArgs=--name=value|--name=value} for the server, {@code -DserverJvm=-XX:option|...} for its JVM, {@code -DserverJava=/usr/lib/jvm/...} for another JDK than the generator's.
 */
public final class LoadGenerator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STORY = "The pain starts at the base of my skull on the right and spreads to my "
			+ "temple, it gets worse when I sit at my desk for hours, I take ibuprofen most days";

	/**
	 * Sessions arrive spread over this time, and what they do meanwhile is not measured: visitors do not all
	 * start telling their story in the same second.
	 */
	private static final Duration RAMP = Duration.ofSeconds(Long.getLong("rampSeconds", 10));

	private final int port;

	private final Duration run;

	private final Duration think;

	private final HttpClient http = HttpClient.newHttpClient();

	private LoadGenerator(int port, Duration run, Duration think) {
		this.port = port;
		this.run = run;
		this.think = think;
	}

	record Level(int sessions, Stats neckcheck, Stats echo) {
	}

	record Stats(List<Long> nanos, double seconds, long errors) {

		double p(double quantile) {
			if (nanos.isEmpty()) {
				return Double.NaN;
			}
			List<Long> sorted = new ArrayList<>(nanos);
			Collections.sort(sorted);
			return sorted.get((int) Math.max(0, Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1))) / 1e6;
		}

		double perSecond() {
			return nanos.size() / seconds;
		}

	}

	public static void main(String[] args) throws Exception {
		List<Integer> levels = new ArrayList<>();
		for (String level : System.getProperty("levels", "50,200,500,1000").split(",")) {
			levels.add(Integer.parseInt(level.trim()));
		}
		Duration run = Duration.ofSeconds(Long.getLong("seconds", 20));
		Duration think = Duration.ofMillis(Long.getLong("thinkMillis", 1000));
		int idle = Integer.getInteger("idle", 2000);
		int port = TestNetwork.freePort();
		Process server = startServer(port);
		try {
			LoadGenerator generator = new LoadGenerator(port, run, think);
			if (!Boolean.getBoolean("fresh")) {
				// the generator's own warm-up; with -Dfresh=true the first level meets the server as started
				generator.screenings(20, Duration.ofSeconds(10), false);
				generator.screenings(20, Duration.ofSeconds(5), true);
			}
			List<Level> results = new ArrayList<>();
			for (int sessions : levels) {
				Stats neckcheck = generator.screenings(sessions, run, false);
				Stats echo = generator.screenings(sessions, run, true);
				results.add(new Level(sessions, neckcheck, echo));
				System.out.println(line(results.get(results.size() - 1)));
			}
			long perSession = generator.heapPerIdleSession(idle);
			report(results, perSession, idle, think, run);
			Files.writeString(Path.of("docs/performance-latency.svg"), LatencyChart.svg(results, think));
			System.out.println("chart written to docs/performance-latency.svg");
		}
		finally {
			server.destroy();
			server.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static String line(Level level) {
		return String.format(Locale.ROOT,
				"%5d sessions | NeckCheck p50 %7.2f p95 %7.2f p99 %7.2f max %8.2f ms, %6.1f turns/s, %d errors | "
						+ "echo p50 %6.2f p95 %6.2f p99 %6.2f max %7.2f ms, %6.1f/s | p99 ratio %.2f",
				level.sessions(), level.neckcheck().p(0.5), level.neckcheck().p(0.95), level.neckcheck().p(0.99),
				level.neckcheck().p(1), level.neckcheck().perSecond(), level.neckcheck().errors(), level.echo().p(0.5),
				level.echo().p(0.95), level.echo().p(0.99), level.echo().p(1), level.echo().perSecond(),
				level.neckcheck().p(0.99) / level.echo().p(0.99));
	}

	private static void report(List<Level> results, long perSession, int idle, Duration think, Duration run) {
		System.out.printf(Locale.ROOT, "%nLoadGenerator %s, %d cores, think %d ms, %d s per level%n", LocalDate.now(),
				Runtime.getRuntime().availableProcessors(), think.toMillis(), run.toSeconds());
		System.out.println("| sessions | NeckCheck p50 / p95 / p99 / max (ms) | turns/s | errors | echo p50 / p95 / p99 / max (ms) | p99 ratio |");
		System.out.println("|---|---|---|---|---|---|");
		for (Level level : results) {
			System.out.printf(Locale.ROOT, "| %d | %.2f / %.2f / %.2f / %.1f | %.0f | %d | %.2f / %.2f / %.2f / %.1f | %.2f |%n",
					level.sessions(), level.neckcheck().p(0.5), level.neckcheck().p(0.95), level.neckcheck().p(0.99),
					level.neckcheck().p(1), level.neckcheck().perSecond(), level.neckcheck().errors(), level.echo().p(0.5),
					level.echo().p(0.95), level.echo().p(0.99), level.echo().p(1), level.neckcheck().p(0.99) / level.echo().p(0.99));
		}
		System.out.printf(Locale.ROOT, "heap per open idle session (%d sessions, each with a started conversation): %,d bytes; "
				+ "10,000 sessions: %.0f MB%n", idle, perSession, perSession * 10_000 / 1e6);
	}

	/** {@code sessions} sockets at once, each running screenings (or the same frames against echo) until the end. */
	private Stats screenings(int sessions, Duration length, boolean echo) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(sessions);
		List<Long> turns = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		long measureFrom = start + RAMP.toNanos();
		long end = measureFrom + length.toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < sessions; i++) {
			long rampDelay = (long) i * RAMP.toMillis() / sessions;
			running.add(pool.submit(() -> {
				sleep(rampDelay);
				Session session = new Session(echo);
				while (System.nanoTime() < end) {
					try {
						session.screening(measureFrom, end, turns);
					}
					catch (RuntimeException ex) {
						errors.incrementAndGet();
						session.close();
						session = new Session(echo);
					}
				}
				session.close();
			}));
		}
		for (Future<?> session : running) {
			session.get();
		}
		pool.shutdown();
		return new Stats(turns, (System.nanoTime() - measureFrom) / 1e9, errors.get());
	}

	/** Server heap used with {@code count} open sockets that each started a conversation, less without them. */
	private long heapPerIdleSession(int count) throws Exception {
		long before = heap();
		List<Session> open = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Session session = new Session(false);
			session.send(Map.of("type", "start"));
			session.awaitPrompt();
			open.add(session);
		}
		long with = heap();
		open.forEach(Session::close);
		return (with - before) / count;
	}

	private long heap() throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bench/heap")).build(),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body()).path("used").asLong();
	}

	private static Process startServer(int port) throws Exception {
		Path data = Path.of("target/bench-data-" + System.nanoTime()).toAbsolutePath();
		Files.createDirectories(data);
		String javaHome = System.getProperty("serverJava", System.getProperty("java.home"));
		ProcessBuilder builder = new ProcessBuilder(Path.of(javaHome, "bin", "java").toString(), "-Xmx1g");
		for (String option : System.getProperty("serverJvm", "").split("[\\s|]+")) {
			if (!option.isBlank()) {
				builder.command().add(option);
			}
		}
		builder.command().addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), "--server.port=" + port,
				"--neckcheck.data-dir=" + data, "--logging.level.root=WARN", "--neckcheck.staff.admin-password=bench-admin-password",
				"--neckcheck.chat.sockets-per-address=1000000", "--neckcheck.chat.conversations-per-minute=10000000",
				"--server.tomcat.threads.max=" + Integer.getInteger("serverThreads", 200)));
		for (String extra : System.getProperty("serverArgs", "").split("[\\s|]+")) {
			if (!extra.isBlank()) {
				builder.command().add(extra);
			}
		}
		builder.redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (TestNetwork.status(port, "/actuator/health/readiness") == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				// starting
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the bench server did not start; see " + data.resolve("server.log"));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One socket, as a visitor: against NeckCheck it talks the contract; against echo it sends the same frames. */
	private final class Session {

		private final boolean echo;

		private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

		private final WebSocket socket;

		private final Random random = new Random();

		private int ids;

		Session(boolean echo) {
			this.echo = echo;
			this.socket = http.newWebSocketBuilder()
				.connectTimeout(Duration.ofSeconds(30))
				.buildAsync(URI.create("ws://127.0.0.1:" + port + (echo ? "/ws/echo" : "/ws/chat")), new JsonFrames(inbox, true))
				.join();
		}

		/** Turns before {@code measureFrom} (while sessions are still arriving) are not counted. */
		void screening(long measureFrom, long end, List<Long> turns) {
			send(Map.of("type", "start"));
			JsonNode prompt = awaitPrompt();
			Object answer = "say:" + STORY;
			int turnsInScreening = 0;
			while (System.nanoTime() < end) {
				long sent = System.nanoTime();
				send(message(answer));
				prompt = awaitPrompt();
				if (sent >= measureFrom) {
					turns.add(System.nanoTime() - sent);
				}
				if (++turnsInScreening > 45 || "summary".equals(prompt.path("type").asString())) {
					return;
				}
				sleep(think.toMillis() / 2 + random.nextInt((int) Math.max(1, think.toMillis())));
				answer = echo ? "no" : ScriptedVisitor.negative(prompt.get("ask"));
			}
		}

		private Map<String, Object> message(Object answer) {
			String id = "g" + (++ids);
			if (answer instanceof String text && text.startsWith("say:")) {
				return Map.of("type", "text", "id", id, "text", text.substring(4));
			}
			return Map.of("type", "choice", "id", id, "value", answer);
		}

		/** The next question or summary (NeckCheck), or the next frame (echo). */
		JsonNode awaitPrompt() {
			while (true) {
				JsonNode message;
				try {
					message = inbox.poll(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
				if (message == null) {
					throw new IllegalStateException("no answer within 30 s");
				}
				String type = message.path("type").asString();
				if ("error".equals(type) || "closed".equals(type)) {
					throw new IllegalStateException("server said " + message);
				}
				if (echo || "summary".equals(type) || ("bot".equals(type) && message.has("ask"))) {
					return message;
				}
			}
		}

		void send(Map<String, ?> message) {
			socket.sendText(JSON.writeValueAsString(message), true).join();
		}

		void close() {
			socket.abort();
		}

	}

}
