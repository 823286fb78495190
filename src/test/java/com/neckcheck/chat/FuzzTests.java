package com.neckcheck.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.neckcheck.ChatServerTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over ten thousand hostile frames across many sessions at once: every bad frame gets an {@code error} or a
 * policy close, nothing is logged as an unhandled exception, nothing is stored, and afterwards a normal
 * screening completes.
 */
@ChatServerTest
@ExtendWith(OutputCaptureExtension.class)
class FuzzTests {

	private static final int SESSIONS = 40;

	private static final int FRAMES_PER_SESSION = 260;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenThousandHostileFramesGetAnErrorOrAPolicyCloseAndBreakNothing(CapturedOutput output) throws Exception {
		long seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
		System.out.println("FuzzTests seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
		long conversationsBefore = jdbc.sql("SELECT COUNT(*) FROM conversation").query(Long.class).single();
		Map<String, AtomicInteger> sentByKind = new ConcurrentHashMap<>();
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger closes = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> runs = new ArrayList<>();
		for (int s = 0; s < SESSIONS; s++) {
			FrameFuzzer fuzzer = new FrameFuzzer(seed + s);
			runs.add(pool.submit(() -> fuzzOneSession(fuzzer, sentByKind, errors, closes)));
		}
		for (Future<?> run : runs) {
			run.get();
		}
		pool.shutdown();
		int invalidUtf8 = invalidUtf8FramesArePolicyClosed(60);
		int sent = sentByKind.values().stream().mapToInt(AtomicInteger::get).sum() + invalidUtf8;
		System.out.println("FuzzTests: " + sent + " frames, " + errors + " errors, " + closes + " closes (1 MB), "
				+ invalidUtf8 + " invalid UTF-8 (1007); by kind " + sentByKind);
		assertThat(sent).isGreaterThanOrEqualTo(10_000);
		assertThat(output.getAll()).doesNotContain(" ERROR ", "Exception", "Internal error");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation").query(Long.class).single())
			.as("no bad frame started or stored anything").isEqualTo(conversationsBefore);
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			JsonNode summary = visitor.complete(Map.of("q_story", "say:pain at the back of my head"), ScriptedVisitor::negative)
				.summary();
			assertThat(summary.path("text").asString()).contains("not a diagnosis");
		}
	}

	private void fuzzOneSession(FrameFuzzer fuzzer, Map<String, AtomicInteger> sentByKind, AtomicInteger errors,
			AtomicInteger closes) {
		ChatTestClient client = ChatTestClient.connect(port);
		try {
			for (int i = 0; i < FRAMES_PER_SESSION; i++) {
				FrameFuzzer.Frame frame = fuzzer.next();
				sentByKind.computeIfAbsent(frame.kind(), k -> new AtomicInteger()).incrementAndGet();
				if (frame.expect() == FrameFuzzer.Expect.CLOSE) {
					assertThat(client.sendExpectingClose(frame.text())).as(frame.kind()).isIn(1009, -1);
					closes.incrementAndGet();
					client.close();
					client = ChatTestClient.connect(port);
					continue;
				}
				if (frame.binary() != null) {
					client.sendBinary(frame.binary());
				}
				else {
					client.sendRaw(frame.text());
				}
				JsonNode answer = client.next();
				String type = answer.path("type").asString();
				if (frame.expect() == FrameFuzzer.Expect.PONG) {
					assertThat(type).isEqualTo("pong");
				}
				else {
					assertThat(type).as(frame.kind() + ": " + abbreviate(frame)).isEqualTo("error");
					assertThat(answer.path("code").asString()).as(frame.kind() + ": " + abbreviate(frame))
						.isIn("bad_request", "too_large", "unknown_session");
					errors.incrementAndGet();
				}
			}
		}
		finally {
			client.close();
		}
	}

	/** Text frames whose bytes are not UTF-8, which no JDK client will send: the server closes with 1007. */
	private int invalidUtf8FramesArePolicyClosed(int frames) {
		byte[][] broken = { { (byte) 0xC3, (byte) 0x28 }, { (byte) 0xFF, (byte) 0xFE, 0x7B },
				"{\"type\":\"text\",\"id\":\"u\",\"text\":\"\u0000".getBytes(StandardCharsets.UTF_8),
				{ 0x7B, 0x22, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x22, 0x7D }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80 } };
		int sent = 0;
		for (int i = 0; i < frames; i++) {
			try (RawWebSocket socket = RawWebSocket.connect(port)) {
				assertThat(socket.status()).isEqualTo(101);
				byte[] payload = broken[i % broken.length];
				socket.send(1, payload);
				sent++;
				RawWebSocket.Frame answer = socket.read();
				if (answer.opcode() == 1) {
					// Valid UTF-8 after all (the NUL case): it must have been refused as bad JSON.
					assertThat(answer.text()).contains("\"error\"");
				}
				else {
					assertThat(answer.closeCode()).as("close code for %s", java.util.Arrays.toString(payload)).isEqualTo(1007);
				}
			}
		}
		return sent;
	}

	private static String abbreviate(FrameFuzzer.Frame frame) {
		String text = frame.text() == null ? "(binary)" : frame.text();
		return text.length() <= 120 ? text : text.substring(0, 120) + "...";
	}

}
