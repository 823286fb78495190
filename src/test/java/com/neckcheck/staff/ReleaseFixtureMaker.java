package com.neckcheck.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;
import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

/**
 * Makes the database fixture a schema migration is tested on: a real release's H2 file holding a finished
 * conversation told with non-ASCII words, an emergency, an unfinished one, a clinician's verdict and audit
 * rows. Run it on the release whose data the migration must carry:
 * {@code mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.neckcheck.staff.ReleaseFixtureMaker -Dexec.args=FOLDER}
 * and commit FOLDER/neckcheck.mv.db and FOLDER/resume-token.txt under src/test/resources/fixtures/.
 */
public final class ReleaseFixtureMaker {

	static final String ADMIN_PASSWORD = "fixture-admin-password";

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]).toAbsolutePath();
		Files.createDirectories(folder);
		try (ConfigurableApplicationContext server = SpringApplication.run(NeckCheckApplication.class,
				"--server.port=0", "--neckcheck.data-dir=" + folder, "--neckcheck.staff.admin-password=" + ADMIN_PASSWORD,
				"--logging.level.root=WARN", "--neckcheck.chat.messages-per-second=10000",
				"--neckcheck.chat.message-burst=10000", "--neckcheck.chat.conversations-per-minute=100000")) {
			int port = ((WebServerApplicationContext) server).getWebServer().getPort();
			String finished;
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				finished = visitor.start().path("conversationId").asString();
				client.nextPrompt();
				visitor.answer("say:Ça fait mal derrière l'œil droit, it starts in my neck on the right every day");
				visitor.complete(Map.of(), ScriptedVisitor::negative);
			}
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				visitor.start();
				client.nextPrompt();
				visitor.answer("say:the worst headache of my life, it came on suddenly an hour ago");
				client.nextPrompt();
			}
			try (ChatTestClient client = ChatTestClient.connect(port)) {
				ScriptedVisitor visitor = new ScriptedVisitor(client);
				// the unfinished one is resumed after the migration: its token (a secret of no one) goes with the file
				Files.writeString(folder.resolve("resume-token.txt"), visitor.start().path("token").asString());
				client.nextPrompt();
				visitor.answer("skip");
				client.nextPrompt();
				visitor.answer("no");
				client.nextPrompt();
			}
			StaffClient admin = StaffClient.basic(port, "admin", ADMIN_PASSWORD);
			admin.json("/api/staff/conversations/" + finished);
			admin.send("PUT", "/api/staff/conversations/" + finished + "/verdict",
					Map.of("agreement", "partly", "impression", "Neck on the right, likely; check the occipital nerve."));
		}
		System.out.println("fixture written: " + folder.resolve("neckcheck.mv.db"));
	}

}
