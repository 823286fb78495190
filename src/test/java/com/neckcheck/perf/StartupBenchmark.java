package com.neckcheck.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.neckcheck.TestNetwork;

/**
 * Start to ready: launches the packaged jar as a fresh process on a fresh data folder, and times it from
 * the launch to the first 200 of {@code /actuator/health/readiness} (which needs the database, the dialog
 * files and the language models). Two ways of running it: the jar as built ({@code java -jar}), and the
 * jar extracted with a class data sharing archive made by a training run (Spring Boot's documented CDS
 * set-up, docs/deploy.md); with {@code -DaotJava=<a JDK 24+ home>} also that JDK with its ahead-of-time cache
 * (JEP 483/514), made by a training run the same way. Needs {@code mvn package} first.
 *
 * <pre>
 * mvn -B -q package -DskipTests && mvn -B -q exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Druns=7 -DaotJava=/usr/lib/jvm/temurin-25-jdk-amd64 -cp %classpath com.neckcheck.perf.StartupBenchmark"
 * </pre>
 */
public final class StartupBenchmark {

	private static final Path JAR = Path.of("target/neckcheck-0.1.0-SNAPSHOT.jar");

	private static final Path CDS = Path.of("target/startup-cds").toAbsolutePath();

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 5);
		if (!Files.exists(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run mvn package first");
		}
		Path extracted = prepareCds();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String aotJava = System.getProperty("aotJava");
		if (aotJava != null) {
			prepareAotCache(Path.of(aotJava, "bin", "java").toString(), extracted);
		}
		List<Double> plain = new ArrayList<>();
		List<Double> shared = new ArrayList<>();
		List<Double> sharedC1 = new ArrayList<>();
		List<Double> aot = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			// alternated, so that a slow phase of the machine hits both alike
			plain.add(secondsToReady(List.of(java, "-jar", JAR.toAbsolutePath().toString()), Path.of(".")));
			shared.add(secondsToReady(List.of(java, "-XX:SharedArchiveFile=app.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
					"-jar", "neckcheck-0.1.0-SNAPSHOT.jar"), extracted));
			// the launch docs/deploy.md gives for small nodes: no C2 compiler competing with start-up and load
			sharedC1.add(secondsToReady(List.of(java, "-XX:SharedArchiveFile=app.jsa", "-XX:TieredStopAtLevel=1",
					"-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", "neckcheck-0.1.0-SNAPSHOT.jar"), extracted));
			if (aotJava != null) {
				aot.add(secondsToReady(List.of(Path.of(aotJava, "bin", "java").toString(), "-XX:AOTCache=app.aot",
						"-Xlog:aot=off", "-Xlog:cds=off", "-jar", "neckcheck-0.1.0-SNAPSHOT.jar"), extracted));
			}
			System.out.printf(Locale.ROOT, "run %d: java -jar %.2f s, extracted with CDS %.2f s, CDS and C1 only %.2f s%s%n",
					i + 1, plain.get(i), shared.get(i), sharedC1.get(i), aot.isEmpty() ? "" : String.format(Locale.ROOT, ", AOT cache %.2f s", aot.get(i)));
		}
		System.out.printf(Locale.ROOT, "%nStartupBenchmark %s, %d cores, Java %s, %d runs, start to ready (s)%n",
				LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs);
		System.out.println("| launch | median | min | max |");
		System.out.println("|---|---|---|---|");
		row("java -jar (as built)", plain);
		row("extracted, CDS archive", shared);
		row("extracted, CDS archive, C1 only (-XX:TieredStopAtLevel=1)", sharedC1);
		if (!aot.isEmpty()) {
			row("extracted, " + aotJava + " with its AOT cache", aot);
		}
	}

	private static void row(String name, List<Double> seconds) {
		List<Double> sorted = new ArrayList<>(seconds);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", name, sorted.get(sorted.size() / 2), sorted.get(0),
				sorted.get(sorted.size() - 1));
	}

	/** Extracts the jar and makes the archive with a training run that stops once the context is refreshed. */
	private static Path prepareCds() throws Exception {
		Files.createDirectories(CDS);
		Path extracted = CDS.resolve("app");
		if (Files.exists(extracted.resolve("app.jsa"))
				&& Files.getLastModifiedTime(extracted.resolve("app.jsa")).compareTo(Files.getLastModifiedTime(JAR)) > 0) {
			return extracted;
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		run(List.of(java, "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(), "extract", "--force", "--destination",
				extracted.toAbsolutePath().toString()), Path.of("."));
		run(List.of(java, "-XX:ArchiveClassesAtExit=app.jsa", "-Dspring.context.exit=onRefresh", "-jar",
				"neckcheck-0.1.0-SNAPSHOT.jar", "--neckcheck.data-dir=" + dataDir(), "--server.port=0",
				"--neckcheck.staff.admin-password=benchmark-password"), extracted);
		return extracted;
	}

	/** JDK 25's one-step form: the training run writes the cache when it exits. */
	private static void prepareAotCache(String java, Path extracted) throws Exception {
		run(List.of(java, "-XX:AOTCacheOutput=app.aot", "-Dspring.context.exit=onRefresh", "-jar",
				"neckcheck-0.1.0-SNAPSHOT.jar", "--neckcheck.data-dir=" + dataDir(), "--server.port=0",
				"--neckcheck.staff.admin-password=benchmark-password"), extracted);
	}

	private static void run(List<String> command, Path folder) throws Exception {
		Process process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(CDS.resolve("prepare.log").toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("failed: " + command + "; see " + CDS.resolve("prepare.log"));
		}
	}

	private static double secondsToReady(List<String> launch, Path folder) throws Exception {
		int port = TestNetwork.freePort();
		List<String> command = new ArrayList<>(launch);
		command.addAll(List.of("--server.port=" + port, "--neckcheck.data-dir=" + dataDir(),
				"--neckcheck.staff.admin-password=benchmark-password", "--logging.level.root=WARN"));
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(CDS.resolve("run.log").toFile())
			.start();
		try {
			long deadline = started + Duration.ofSeconds(90).toNanos();
			while (System.nanoTime() < deadline) {
				try {
					if (readiness(port) == 200) {
						return (System.nanoTime() - started) / 1e9;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(20);
			}
			throw new IllegalStateException("not ready within 90 s; see " + CDS.resolve("run.log"));
		}
		finally {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * One plain HTTP/1.0 request on a socket: cheap enough to ask every 20 ms without taking the cores
	 * from the process being timed (a new HTTP client per poll did).
	 */
	private static int readiness(int port) throws IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write("GET /actuator/health/readiness HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			byte[] status = socket.getInputStream().readNBytes(12);
			return status.length == 12 ? Integer.parseInt(new String(status, 9, 3, StandardCharsets.US_ASCII)) : -1;
		}
	}

	private static String dataDir() throws IOException {
		Files.createDirectories(CDS);
		return Files.createTempDirectory(CDS.toAbsolutePath(), "data-").toString();
	}

}
