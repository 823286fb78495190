package com.neckcheck.staff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The first admin: a generated password printed once when none is configured; never a default one. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private static final Pattern GENERATED = Pattern.compile("password   (\\S+)\\s+It is shown only this once");

	@Test
	void withoutAConfiguredPasswordOneIsGeneratedAndPrintedOnlyOnce(CapturedOutput output) {
		String dataDir = "./target/test-data/first-admin-" + System.nanoTime();
		// A username of its own, so that the test holds on a shared PostgreSQL database too.
		String admin = "--neckcheck.staff.admin-username=root" + Long.toString(System.nanoTime(), 36);
		String username = admin.substring(admin.indexOf('=') + 1);
		String password;
		try (ConfigurableApplicationContext app = start(dataDir, admin)) {
			Matcher matcher = GENERATED.matcher(output.getAll());
			assertThat(matcher.find()).as("the generated password is in the log").isTrue();
			password = matcher.group(1);
			assertThat(output.getAll()).as("the console's address with the port it listens on")
				.contains("address    http://localhost:" + port(app) + "/console/")
				.contains("username   " + username);
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			int port = port(app);
			assertThat(StaffClient.basic(port, username, password).get("/api/staff/me").statusCode()).isEqualTo(200);
			assertThat(StaffClient.basic(port, username, "admin").get("/api/staff/me").statusCode()).isEqualTo(401);
			assertThat(StaffClient.basic(port, username, "").get("/api/staff/me").statusCode()).isEqualTo(401);
		}
		int printed = output.getAll().split("It is shown only this once", -1).length - 1;
		try (ConfigurableApplicationContext app = start(dataDir, admin)) {
			assertThat(output.getAll().split("It is shown only this once", -1).length - 1).as("not printed again")
				.isEqualTo(printed);
			assertThat(StaffClient.basic(port(app), username, password).get("/api/staff/me").statusCode()).isEqualTo(200);
		}
		try (ConfigurableApplicationContext app = start(dataDir, admin,
				"--neckcheck.staff.admin-password=a-new-admin-password")) {
			int port = port(app);
			assertThat(StaffClient.basic(port, username, "a-new-admin-password").get("/api/staff/me").statusCode())
				.as("a configured password takes over, the way back in").isEqualTo(200);
			assertThat(StaffClient.basic(port, username, password).get("/api/staff/me").statusCode()).isEqualTo(401);
		}
	}

	@Test
	void aConfiguredPasswordMustBeLongEnough(CapturedOutput output) {
		String dataDir = "./target/test-data/first-admin-short-" + System.nanoTime();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(dataDir, "--neckcheck.staff.admin-password=short").close())
			.hasStackTraceContaining("adminPassword");
	}

	private static ConfigurableApplicationContext start(String dataDir, String... more) {
		String[] args = new String[more.length + 4];
		args[0] = "--server.port=0";
		args[1] = "--neckcheck.data-dir=" + dataDir;
		args[2] = "--logging.level.com.neckcheck=WARN";
		args[3] = "--logging.level.root=WARN";
		System.arraycopy(more, 0, args, 4, more.length);
		return new SpringApplicationBuilder(NeckCheckApplication.class).run(args);
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
