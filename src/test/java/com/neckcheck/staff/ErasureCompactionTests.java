package com.neckcheck.staff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;
import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erased words leave the data file, not only the tables: the embedded H2 store keeps old pages in its file
 * until it is compacted, so the test searches the file's bytes after an erasure and a graceful stop. A second
 * conversation, not erased, shows that the search finds words that are there.
 */
class ErasureCompactionTests {

	@Test
	void theDataFolderIsPrivateAndErasedWordsLeaveItsFileAtAGracefulStop() throws Exception {
		Path data = Path.of("./target/test-data/erasure-" + System.nanoTime());
		String erasedWord = "zebrafinch" + System.nanoTime();
		String keptWord = "kingfisher" + System.nanoTime();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(NeckCheckApplication.class).run(
				"--server.port=0", "--neckcheck.data-dir=" + data, "--logging.level.root=WARN",
				"--logging.level.com.neckcheck.transcript=INFO",
				"--neckcheck.staff.admin-password=test-admin-password", "--neckcheck.chat.conversations-per-minute=100000",
				"--neckcheck.chat.sockets-per-address=100000",
				"--spring.datasource.url=jdbc:h2:file:${neckcheck.data-dir}/neckcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						// H2 compacts for at most 200 ms when it closes, which in a clinic's store of some size
						// reaches little of the file (the probe of issue 13 found the words after a graceful stop); the
						// test gives it no time, so that only the rewrite after erasures can remove them
						+ "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;MAX_COMPACT_TIME=0");
		try {
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
				.as("the data folder is the service user's only").isEqualTo("rwx------");
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String filler = " It sits at the back of my head and spreads over the top on bad days.".repeat(20);
			for (int i = 0; i < 40; i++) {
				tell(port, "Visitor " + i + " here." + filler);
			}
			String erased = tell(port, "My " + erasedWord + " headache sits at the back of my head on the right." + filler);
			for (int i = 40; i < 80; i++) {
				tell(port, "Visitor " + i + " here." + filler);
			}
			tell(port, "My " + keptWord + " headache sits at the back of my head on the left");
			assertThat(StaffClient.basic(port, "admin", "test-admin-password")
				.send("DELETE", "/api/staff/conversations/" + erased, null)
				.statusCode()).isIn(200, 204);
		}
		finally {
			app.close();
		}
		byte[] file = Files.readAllBytes(data.resolve("neckcheck.mv.db"));
		String bytes = new String(file, StandardCharsets.ISO_8859_1);
		assertThat(bytes).as("a word of a conversation that was kept").contains(keptWord);
		assertThat(bytes).as("a word of the erased conversation").doesNotContain(erasedWord);
	}

	private static String tell(int port, String story) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			String conversation = visitor.start().path("conversationId").asString();
			client.send(Map.of("type", "text", "id", "story", "text", story));
			client.next("ack");
			return conversation;
		}
	}

}
