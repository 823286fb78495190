package com.neckcheck.chat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.neckcheck.NeckCheckApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole NeckCheck nodes started in the test JVM, and checks of what they stored. */
final class Nodes {

	private Nodes() {
	}

	/** A node on a random port; the database comes from the test's system properties (H2 or PostgreSQL). */
	static ConfigurableApplicationContext start(Path dataDir, String... extra) {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--neckcheck.data-dir=" + dataDir,
				"--logging.level.root=WARN", "--neckcheck.chat.messages-per-second=10000",
				"--neckcheck.chat.message-burst=10000", "--neckcheck.chat.sockets-per-address=100000",
				"--neckcheck.chat.conversations-per-minute=100000"));
		args.addAll(List.of(extra));
		return SpringApplication.run(NeckCheckApplication.class, args.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** Seqs run 1..n without gaps, and no client message id is stored twice. */
	static void assertGaplessAndOnce(ConfigurableApplicationContext node, String conversation) {
		JdbcClient jdbc = node.getBean(JdbcClient.class);
		List<Integer> seqs = jdbc.sql("SELECT seq FROM transcript_entry WHERE conversation_id = ? ORDER BY seq")
			.param(conversation).query(Integer.class).list();
		for (int i = 0; i < seqs.size(); i++) {
			assertThat(seqs.get(i)).isEqualTo(i + 1);
		}
		List<String> clientIds = jdbc.sql("SELECT client_id FROM transcript_entry WHERE conversation_id = ? AND client_id IS NOT NULL")
			.param(conversation).query(String.class).list();
		assertThat(new HashSet<>(clientIds)).hasSameSizeAs(clientIds);
	}

}
