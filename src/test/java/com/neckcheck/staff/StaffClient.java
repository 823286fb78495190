package com.neckcheck.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.neckcheck.chat.ChatTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The staff API over real HTTP, as a script (HTTP Basic) or as the console does it (a session cookie from
 * the login form and the CSRF token from its cookie). Redirects are not followed, so tests see them.
 */
final class StaffClient {

	private final int port;

	private final String basic;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String origin;

	private StaffClient(int port, String basic) {
		this.port = port;
		this.basic = basic;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	static StaffClient basic(int port, String username, String password) {
		return new StaffClient(port, "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	static StaffClient anonymous(int port) {
		return new StaffClient(port, null);
	}

	/** Logs in through the console's form, with the CSRF token the login page set. */
	static StaffClient console(int port, String username, String password) {
		StaffClient client = anonymous(port);
		client.get("/console/login");
		HttpResponse<String> login = client.loginForm(username, password, true);
		if (login.statusCode() != 200) {
			throw new AssertionError("login failed: " + login.statusCode() + " " + login.body());
		}
		return client;
	}

	HttpResponse<String> loginForm(String username, String password, boolean withToken) {
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpRequest.Builder request = request("/console/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (withToken) {
			request.header("X-XSRF-TOKEN", csrfToken());
		}
		return send(request);
	}

	/** Sends {@code Origin} on every request from now on, as a browser on that site would. */
	StaffClient withOrigin(String origin) {
		this.origin = origin;
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** A form post, as a page's form sends it. */
	HttpResponse<String> form(String path, String body) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A GET whose body is bytes (a PDF), with the Accept header a browser's download sends. */
	HttpResponse<byte[]> bytes(String path) {
		try {
			return http.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	JsonNode json(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return ChatTestClient.JSON.readTree(response.body());
	}

	HttpResponse<String> send(String method, String path, Object body, boolean withToken) {
		HttpRequest.Builder request = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(ChatTestClient.JSON.writeValueAsString(body)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (withToken) {
			request.header("X-XSRF-TOKEN", csrfToken());
		}
		return send(request);
	}

	HttpResponse<String> send(String method, String path, Object body) {
		return send(method, path, body, basic == null);
	}

	private String csrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "application/json");
		if (basic != null) {
			request.header("Authorization", basic);
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
