package com.neckcheck.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;
import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database made by the release before typed transcripts (src/test/resources/fixtures/schema-v3, made by
 * {@link ReleaseFixtureMaker}) is migrated on start with nothing lost: every conversation, entry, noted
 * finding, warning sign, verdict and audit row is still shown by the staff API, the words are searchable,
 * and the unfinished conversation resumes and goes on.
 */
class ReleaseMigrationTests {

	@TempDir
	Path data;

	@Test
	void aDatabaseOfThePreviousReleaseIsMigratedWithNothingLost() throws Exception {
		Path fixture = Path.of("src/test/resources/fixtures/schema-v3");
		Files.copy(fixture.resolve("neckcheck.mv.db"), data.resolve("neckcheck.mv.db"));
		String token = Files.readString(fixture.resolve("resume-token.txt")).strip();
		try (ConfigurableApplicationContext server = SpringApplication.run(NeckCheckApplication.class, "--server.port=0",
				"--neckcheck.data-dir=" + data, "--logging.level.root=WARN",
				// the fixture is an H2 file, also when the suite runs on PostgreSQL (-Ppostgres sets the datasource)
				"--spring.datasource.url=jdbc:h2:file:" + data + "/neckcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--neckcheck.chat.messages-per-second=10000",
				"--neckcheck.chat.message-burst=10000", "--neckcheck.chat.conversations-per-minute=100000",
				"--neckcheck.staff.admin-password=" + ReleaseFixtureMaker.ADMIN_PASSWORD)) {
			int port = ((WebServerApplicationContext) server).getWebServer().getPort();
			StaffClient admin = StaffClient.basic(port, "admin", ReleaseFixtureMaker.ADMIN_PASSWORD);

			JsonNode list = admin.json("/api/staff/conversations?size=50");
			assertThat(list.path("total").asInt()).isEqualTo(3);
			JsonNode routine = only(admin, "triage=routine");
			JsonNode emergency = only(admin, "triage=emergency");
			assertThat(emergency.path("redFlags").toString()).contains("thunderclap");
			assertThat(only(admin, "flag=thunderclap").path("id").asString()).isEqualTo(emergency.path("id").asString());
			assertThat(only(admin, "redFlag=true").path("id").asString()).isEqualTo(emergency.path("id").asString());

			JsonNode detail = admin.json("/api/staff/conversations/" + routine.path("id").asString());
			List<JsonNode> lines = new ArrayList<>();
			detail.path("transcript").forEach(lines::add);
			JsonNode story = lines.stream().filter(l -> "visitor".equals(l.path("speaker").asString())).findFirst().orElseThrow();
			assertThat(story.path("text").asString()).startsWith("Ça fait mal derrière l'œil droit");
			assertThat(story.path("noted").size()).as("the findings noted in the story").isPositive();
			assertThat(lines).as("picked options shown by their labels")
				.anyMatch(l -> "choice".equals(l.path("kind").asString()) && "No".equals(l.path("text").asString()));
			assertThat(lines).as("the questions asked").anyMatch(l -> l.path("question").asString("").startsWith("q_"));
			assertThat(lines.get(lines.size() - 1).path("kind").asString()).isEqualTo("summary");
			assertThat(detail.path("summary").path("triage").asString()).isEqualTo("routine");
			assertThat(detail.path("verdict").path("impression").asString()).startsWith("Neck on the right");
			assertThat(admin.json("/api/staff/audit?conversation=" + routine.path("id").asString()).size())
				.as("the view and the verdict before the migration, and this view").isGreaterThanOrEqualTo(3);

			assertThat(only(admin, "q=" + encode("DERRIÈRE l'œil")).path("id").asString())
				.isEqualTo(routine.path("id").asString());

			try (ChatTestClient client = ChatTestClient.connect(port)) {
				client.send(Map.of("type", "start", "resume", token, "after", 0));
				assertThat(client.next("session").path("resumed").asBoolean()).isTrue();
				List<JsonNode> replay = client.drain(java.time.Duration.ofMillis(1500));
				assertThat(replay).as("the first answer, replayed from its column")
					.anyMatch(m -> m.path("replay").asBoolean() && "skip".equals(m.path("value").asString()));
				JsonNode pending = replay.stream().filter(m -> m.has("ask")).reduce((a, b) -> b).orElseThrow();
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				JsonNode summary = visitor.complete(Map.of(), ScriptedVisitor::negative, pending).summary();
				assertThat(summary.path("type").asString()).as("the unfinished conversation goes on to its end").isEqualTo("summary");
			}
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				new ScriptedVisitor(client).start();
				client.nextPrompt();
				// typed words sent with JSON escapes are found by the words, not by their escapes
				client.sendRaw("{\"type\":\"text\",\"id\":\"esc-1\",\"text\":\"\\u00c7a me serre la nuque\"}");
				client.next("ack");
			}
			assertThat(admin.json("/api/staff/conversations?q=" + encode("ça me serre")).path("total").asInt()).isEqualTo(1);
		}
	}

	private static JsonNode only(StaffClient admin, String query) {
		JsonNode page = admin.json("/api/staff/conversations?" + query);
		assertThat(page.path("total").asInt()).as(query).isEqualTo(1);
		return page.path("conversations").get(0);
	}

	private static String encode(String words) {
		return java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
	}

}
