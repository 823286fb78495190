package com.neckcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first start, as the README tells it: the packaged jar started with nothing configured in an
 * empty folder. Its output must hold nothing a newcomer would read as trouble (no WARN or ERROR line, no JVM
 * warning, no stack trace) except the block with the generated admin password, printed once and after
 * everything else start-up prints; the data must land in ./data under that folder; and a second start in the
 * same folder prints no block and no warning at all.
 */
class FirstStartIT {

	/** A log line's level, as Spring Boot's console format writes it after the timestamp. */
	private static final Pattern LEVEL = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s");

	private static final String BLOCK_END = "=".repeat(78);

	@Test
	void anEmptyFolderStartsCleanlyAndShowsTheAdminAccountOnceAtTheEnd() throws Exception {
		Path jar = Path.of(System.getProperty("neckcheck.jar", "target/neckcheck-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
		assertThat(jar).exists();
		Path folder = Path.of("target/first-start-" + System.nanoTime()).toAbsolutePath();
		Files.createDirectories(folder);

		List<String> first = runOnce(jar, folder, folder.resolveSibling(folder.getFileName() + "-1.log"));
		List<String> troubled = first.stream().filter(FirstStartIT::looksLikeTrouble).toList();
		assertThat(troubled).as("the only warning is the admin block's first line").hasSize(1);
		assertThat(troubled.get(0)).contains("FirstAdmin");
		String all = String.join("\n", first);
		assertThat(all.split("It is shown only this once", -1)).as("the block, printed once").hasSize(2);
		assertThat(all).contains("username   admin").containsPattern("password   \\S{20,}");
		int block = all.indexOf("It is shown only this once");
		for (String before : List.of("Started NeckCheckApplication", "Warmed up before ready",
				"NeckCheck is ready: the demo page at http://localhost:")) {
			assertThat(all).contains(before);
			assertThat(block).as("the block after: " + before).isGreaterThan(all.indexOf(before));
		}
		assertThat(folder.resolve("data/neckcheck.mv.db")).as("the data lives in ./data of the start folder").exists();

		List<String> second = runOnce(jar, folder, folder.resolveSibling(folder.getFileName() + "-2.log"));
		assertThat(second.stream().filter(FirstStartIT::looksLikeTrouble).toList()).as("a second start: nothing to worry about")
			.isEmpty();
		assertThat(String.join("\n", second)).doesNotContain("It is shown only this once").doesNotContain(BLOCK_END);
	}

	/** A log line at WARN or ERROR, a JVM, SLF4J or Logback warning, or a stack trace. */
	private static boolean looksLikeTrouble(String line) {
		return LEVEL.matcher(line).find() || line.toLowerCase(java.util.Locale.ROOT).contains("warning:")
				|| line.startsWith("SLF4J(W)") || line.startsWith("SLF4J(E)") || line.contains("|-WARN")
				|| line.contains("|-ERROR") || line.startsWith("\tat ") || line.contains("Exception");
	}

	/** Starts the jar in the folder with the defaults, waits until the demo page and console answer, stops it. */
	private static List<String> runOnce(Path jar, Path folder, Path log) throws Exception {
		int port = TestNetwork.freePort();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "--server.port=" + port).directory(folder.toFile());
		// a newcomer's shell: nothing of this machine's settings (logging formats, ports, JVM options) leaks in
		builder.environment().keySet().removeIf(name -> !List.of("PATH", "HOME", "LANG", "TMPDIR").contains(name));
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		Process process = builder.start();
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while (!ready(port)) {
				assertThat(process.isAlive()).as("the service is running; see " + log).isTrue();
				assertThat(System.nanoTime()).as("ready within two minutes; see " + log).isLessThan(deadline);
				Thread.sleep(100);
			}
			assertThat(TestNetwork.status(port, "/")).isEqualTo(200);
			assertThat(TestNetwork.status(port, "/favicon.ico")).isEqualTo(200);
			assertThat(TestNetwork.status(port, "/favicon.svg")).isEqualTo(200);
			assertThat(TestNetwork.status(port, "/console/login.html")).isEqualTo(200);
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		return new ArrayList<>(Files.readAllLines(log));
	}

	private static boolean ready(int port) throws InterruptedException {
		try {
			return TestNetwork.status(port, "/actuator/health/readiness") == 200;
		}
		catch (java.io.IOException notYet) {
			return false;
		}
	}

}
