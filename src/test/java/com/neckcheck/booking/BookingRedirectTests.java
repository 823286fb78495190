package com.neckcheck.booking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.neckcheck.ChatServerTest;
import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary's booking link goes through the server, which counts the click and sends the visitor on. */
@ChatServerTest
class BookingRedirectTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClickIsCountedAndRedirectedToTheClinicsBookingPage() throws Exception {
		JsonNode booking;
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			booking = visitor.complete(Map.of(), ScriptedVisitor::negative).summary().path("booking");
		}
		String reference = booking.path("reference").asString();
		assertThat(booking.path("track").asString()).isEqualTo("/book/" + reference);
		assertThat(booking.path("url").asString()).isEqualTo("https://clinic.example/book?ref=" + reference);
		assertThat(clicks(reference)).isZero();
		HttpResponse<Void> first = get(booking.path("track").asString());
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location")).hasValue(booking.path("url").asString());
		assertThat(clicks(reference)).isEqualTo(1);
		for (int i = 0; i < 20; i++) {
			assertThat(get(booking.path("track").asString()).statusCode()).isEqualTo(302);
		}
		assertThat(clicks(reference)).as("repeating the link within the window counts once").isEqualTo(1);
		assertThat(jdbc.sql("SELECT booking_clicked_at FROM conversation WHERE booking_reference = :r")
			.param("r", reference)
			.query(java.sql.Timestamp.class)
			.single()).isNotNull();
	}

	@Test
	void onlyReferencesOfTheRightShapeAreAccepted() throws Exception {
		assertThat(get("/book/https:%2F%2Fevil.example").statusCode()).isIn(400, 404);
		assertThat(get("/book/NC-<script>").statusCode()).isIn(400, 404);
		HttpResponse<Void> unknown = get("/book/NC-0000000000");
		assertThat(unknown.statusCode()).as("an erased conversation's visitor still reaches the clinic").isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location")).hasValue("https://clinic.example/book?ref=NC-0000000000");
	}

	private HttpResponse<Void> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path.replace("<", "%3C").replace(">", "%3E"))).build(),
					HttpResponse.BodyHandlers.discarding());
	}

	private int clicks(String reference) {
		return jdbc.sql("SELECT booking_clicks FROM conversation WHERE booking_reference = :r")
			.param("r", reference)
			.query(Integer.class)
			.single();
	}

}
