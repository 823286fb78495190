package com.neckcheck.staff;

import java.net.http.HttpResponse;
import java.util.List;
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
		assertThat(locked.headers().firstValue("Retry-After")).as("the first wait is a minute").hasValue("60");
		StaffClient browser = StaffClient.anonymous(port);
		browser.get("/console/login");
		assertThat(browser.loginForm(username, "the-right-password", true).statusCode()).isEqualTo(429);
		assertThat(audit.recent(null, null, username, 20)).anyMatch(event -> event.action().equals("login.failed"))
			.anyMatch(event -> event.action().equals("login.locked"));
	}

	@Test
	void aChangeSentFromAnotherSiteIsRefusedEvenWithTheToken() {
		StaffClient console = StaffClient.console(port, "admin", ChatServerTest.ADMIN_PASSWORD);
		Map<String, String> tooShort = Map.of("username", "x", "password", "long-enough-password", "role", "STAFF");
		HttpResponse<String> foreign = console.withOrigin("https://evil.example").send("POST", "/api/staff/accounts", tooShort);
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("forbidden_origin");
		HttpResponse<String> own = console.withOrigin("http://127.0.0.1:" + port).send("POST", "/api/staff/accounts", tooShort);
		assertThat(own.statusCode()).as("from its own pages the request reaches the check of its content").isEqualTo(400);
	}

	@Test
	void aMalformedPageParameterIsRefusedWithoutEchoingTheParser() {
		HttpResponse<String> response = admin().get("/api/staff/conversations?page=abc%3Cscript%3E");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("bad_request").contains("page").doesNotContain("script")
			.doesNotContain("For input string");
	}

	@Test
	void anonymousRequestsMakeNoServerSession() {
		for (int i = 0; i < 50; i++) {
			for (String path : List.of("/api/staff/conversations", "/console/", "/api/staff/audit")) {
				HttpResponse<String> response = StaffClient.anonymous(port).get(path);
				assertThat(response.statusCode()).isIn(302, 401);
				assertThat(response.headers().allValues("Set-Cookie")).as(path)
					.noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
			}
		}
	}

	@Test
	void wrongPasswordsFromOneAddressNeverKeepTheAccountOutFromAnother() throws Exception {
		String username = newAccount("STAFF", "the-right-password");
		for (int i = 0; i < 5; i++) {
			assertThat(statusFrom("127.0.0.5", username, "a-wrong-guess")).isEqualTo(401);
		}
		assertThat(statusFrom("127.0.0.5", username, "the-right-password")).as("the guesser's address waits").isEqualTo(429);
		assertThat(statusFrom("127.0.0.6", username, "the-right-password")).as("the colleague logs in").isEqualTo(200);
		assertThat(audit.recent(null, null, username, 50).stream().filter(e -> e.action().equals("login.failed")))
			.as("five failures from one address within the window are one audit row").hasSize(1);
	}

	/** A Basic-auth request from another loopback address, as a second machine would be seen. */
	private int statusFrom(String loopback, String username, String password) throws Exception {
		try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), port,
				java.net.InetAddress.getByName(loopback), 0)) {
			String credentials = java.util.Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			socket.getOutputStream().write(("GET /api/staff/me HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nAuthorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
					java.nio.charset.StandardCharsets.US_ASCII)).readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
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
