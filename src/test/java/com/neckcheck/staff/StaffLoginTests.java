package com.neckcheck.staff;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in to the console: the form with its CSRF token, sessions, throttling and disabled accounts. */
@ChatServerTest
class StaffLoginTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	private final StaffClient admin() {
		return StaffClient.basic(port, "admin", ChatServerTest.ADMIN_PASSWORD);
	}

	private String newAccount(String role, String password) {
		String username = role.toLowerCase() + Long.toString(System.nanoTime(), 36);
		assertThat(admin().send("POST", "/api/staff/accounts", Map.of("username", username, "password", password, "role", role))
			.statusCode()).isEqualTo(201);
		return username;
	}

	@Test
	void theConsoleLogsInWithTheFormAndItsCsrfToken() {
		StaffClient browser = StaffClient.anonymous(port);
		browser.get("/console/login");
		assertThat(browser.loginForm("admin", ChatServerTest.ADMIN_PASSWORD, false).statusCode())
			.as("a login post without the CSRF token is refused").isEqualTo(403);
		assertThat(browser.loginForm("admin", "wrong password!", true).statusCode()).isEqualTo(401);
		HttpResponse<String> login = browser.loginForm("admin", ChatServerTest.ADMIN_PASSWORD, true);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("HttpOnly")
				&& c.contains("SameSite=Strict"));
		assertThat(browser.json("/api/staff/me").path("username").asString()).isEqualTo("admin");
		assertThat(browser.get("/console/").statusCode()).isEqualTo(200);
		assertThat(audit.recent(null, null, "admin", 20)).anyMatch(event -> event.action().equals("login"));
	}

	@Test
	void changesFromTheConsoleNeedTheCsrfToken() {
		StaffClient browser = StaffClient.console(port, "admin", ChatServerTest.ADMIN_PASSWORD);
		String id = "00000000-0000-0000-0000-000000000000";
		HttpResponse<String> forged = browser.send("PUT", "/api/staff/conversations/" + id + "/verdict",
				Map.of("agreement", "agree"), false);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("csrf");
		assertThat(browser.send("PUT", "/api/staff/conversations/" + id + "/verdict", Map.of("agreement", "agree"), true)
			.statusCode()).as("with the token it reaches the API (no such conversation)").isEqualTo(404);
		assertThat(browser.send("POST", "/console/logout", null, true).statusCode()).isEqualTo(204);
		assertThat(browser.get("/api/staff/me").statusCode()).isEqualTo(401);
	}

	@Test
	void loginsAreThrottledAfterRepeatedFailures() {
		String username = newAccount("STAFF", "the-right-password");
		StaffClient guesser = StaffClient.basic(port, username, "a-wrong-guess");
		for (int i = 0; i < 5; i++) {
			assertThat(guesser.get("/api/staff/me").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = StaffClient.basic(port, username, "the-right-password").get("/api/staff/me");
		assertThat(locked.statusCode()).as("locked even with the right password").isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
		StaffClient browser = StaffClient.anonymous(port);
		browser.get("/console/login");
		assertThat(browser.loginForm(username, "the-right-password", true).statusCode()).isEqualTo(429);
		assertThat(audit.recent(null, null, username, 20)).anyMatch(event -> event.action().equals("login.failed"))
			.anyMatch(event -> event.action().equals("login.locked"));
	}

	@Test
	void aDisabledAccountLosesItsOpenSession() {
		String username = newAccount("STAFF", "soon-to-be-gone");
		StaffClient browser = StaffClient.console(port, username, "soon-to-be-gone");
		assertThat(browser.get("/api/staff/conversations").statusCode()).isEqualTo(200);
		assertThat(admin().send("PUT", "/api/staff/accounts/" + username + "/enabled", Map.of("enabled", false))
			.statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/staff/conversations").statusCode()).isEqualTo(401);
		assertThat(StaffClient.basic(port, username, "soon-to-be-gone").get("/api/staff/me").statusCode()).isEqualTo(401);
		assertThat(admin().send("PUT", "/api/staff/accounts/" + username + "/enabled", Map.of("enabled", true))
			.statusCode()).isEqualTo(200);
		assertThat(StaffClient.basic(port, username, "soon-to-be-gone").get("/api/staff/me").statusCode()).isEqualTo(200);
	}

	@Test
	void accountsNeedAProperUsernameAndALongPassword() {
		assertThat(admin().send("POST", "/api/staff/accounts", Map.of("username", "x", "password", "long-enough-password",
				"role", "STAFF")).statusCode()).isEqualTo(400);
		assertThat(admin().send("POST", "/api/staff/accounts", Map.of("username", "shortpass", "password", "short",
				"role", "STAFF")).statusCode()).isEqualTo(400);
		assertThat(admin().send("POST", "/api/staff/accounts", Map.of("username", "admin", "password", "long-enough-password",
				"role", "STAFF")).statusCode()).isEqualTo(409);
		assertThat(admin().send("PUT", "/api/staff/accounts/admin/enabled", Map.of("enabled", false)).statusCode())
			.as("an admin cannot lock themself out").isEqualTo(400);
	}

	@Test
	void staffChangeTheirOwnPassword() {
		String username = newAccount("STAFF", "first-password-1");
		StaffClient self = StaffClient.basic(port, username, "first-password-1");
		assertThat(self.send("POST", "/api/staff/me/password", Map.of("current", "not-it-at-all", "password", "second-password-2"))
			.statusCode()).isEqualTo(403);
		assertThat(self.send("POST", "/api/staff/me/password", Map.of("current", "first-password-1", "password", "second-password-2"))
			.statusCode()).isEqualTo(204);
		assertThat(StaffClient.basic(port, username, "second-password-2").get("/api/staff/me").statusCode()).isEqualTo(200);
	}

}
