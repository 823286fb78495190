package com.neckcheck.staff;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.neckcheck.ChatServerTest;
import com.neckcheck.transcript.TranscriptStore;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff API against the real server: access rules, filters over conversations held by real WebSocket
 * screenings, exports, erasure, verdicts, retention and the audit trail.
 */
@ChatServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffApiTests {

	/** A word no other test types, so searches and filters can be checked exactly on a shared database. */
	private static final String MARKER = "zorbling" + Long.toString(System.nanoTime(), 36);

	/** The same, in letters JSON would have escaped ("\u00fc"): stored as typed, so it is found as typed. */
	private static final String UMLAUT_MARKER = "schläfenweh" + Long.toString(System.nanoTime(), 36);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TranscriptStore store;

	@Autowired
	ReviewQueries queries;

	@Autowired
	AuditLog audit;

	private StaffClient admin;

	private Visits.Visit routine;

	private Visits.Visit emergency;

	private Visits.Visit abandoned;

	@BeforeAll
	void screenSomeVisitors() {
		admin = StaffClient.basic(port, "admin", ChatServerTest.ADMIN_PASSWORD);
		routine = Visits.completed(port, "I get a dull ache at the back of my head on the left when I sit at the "
				+ "computer, no fever. I tried botox and " + MARKER + " tablets, " + UMLAUT_MARKER + ".");
		emergency = Visits.completed(port, "It came on suddenly like a thunderclap, the worst headache of my life.");
		abandoned = Visits.leftAfterStory(port, "my neck is stiff in the mornings");
		jdbc.sql("UPDATE conversation SET updated_at = :long_ago WHERE id = :id")
			.param("long_ago", Instant.now().minus(Duration.ofHours(3)).atOffset(ZoneOffset.UTC))
			.param("id", abandoned.conversationId())
			.update();
		assertThat(StaffClient.anonymous(port).get("/book/" + routine.reference()).statusCode()).isEqualTo(302);
	}

	@Test
	void everyStaffEndpointAnswers401WithoutCredentials() {
		StaffClient nobody = StaffClient.anonymous(port);
		String id = routine.conversationId();
		List<String[]> calls = List.of(new String[] { "GET", "/api/staff/conversations" },
				new String[] { "GET", "/api/staff/conversations/" + id },
				new String[] { "GET", "/api/staff/conversations/by-reference/" + routine.reference() },
				new String[] { "GET", "/api/staff/conversations/export.csv" },
				new String[] { "GET", "/api/staff/conversations/export.json" },
				new String[] { "DELETE", "/api/staff/conversations/" + id },
				new String[] { "PUT", "/api/staff/conversations/" + id + "/verdict" },
				new String[] { "GET", "/api/staff/audit" }, new String[] { "GET", "/api/staff/analytics" },
				new String[] { "GET", "/api/staff/accounts" }, new String[] { "POST", "/api/staff/accounts" },
				new String[] { "GET", "/api/staff/me" }, new String[] { "GET", "/api/staff/findings" });
		for (String[] call : calls) {
			HttpResponse<String> response = nobody.send(call[0], call[1], Map.of("agreement", "agree"), false);
			assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as("no browser prompt").isEmpty();
			assertThat(response.body()).doesNotContain("thunderclap", MARKER);
		}
		StaffClient wrong = StaffClient.basic(port, "admin", "not-the-password");
		assertThat(wrong.get("/api/staff/conversations").statusCode()).isEqualTo(401);
		assertThat(queries.find(id)).as("the unauthenticated DELETE erased nothing").isPresent();
	}

	@Test
	void consolePagesRedirectToTheLoginWithoutASession() {
		StaffClient nobody = StaffClient.anonymous(port);
		for (String path : List.of("/console/", "/console/index.html", "/console/console.js", "/console")) {
			HttpResponse<String> response = nobody.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/console/login");
		}
		assertThat(nobody.get("/console/login").statusCode()).isEqualTo(200);
		assertThat(nobody.get("/console/login").headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("script-src 'self'", "frame-ancestors 'none'");
	}

	@Test
	void aStaffAccountCanReviewButNotEraseNorReadTheAuditLog() {
		String username = "desk" + Long.toString(System.nanoTime(), 36);
		assertThat(admin.send("POST", "/api/staff/accounts",
				Map.of("username", username, "password", "front-desk-password", "role", "STAFF"))
			.statusCode()).isEqualTo(201);
		StaffClient desk = StaffClient.basic(port, username, "front-desk-password");
		assertThat(desk.get("/api/staff/conversations").statusCode()).isEqualTo(200);
		assertThat(desk.get("/api/staff/conversations/" + routine.conversationId()).statusCode()).isEqualTo(200);
		assertThat(desk.send("DELETE", "/api/staff/conversations/" + routine.conversationId(), null).statusCode())
			.isEqualTo(403);
		assertThat(desk.get("/api/staff/audit").statusCode()).isEqualTo(403);
		assertThat(desk.get("/api/staff/accounts").statusCode()).isEqualTo(403);
		assertThat(desk.send("POST", "/api/staff/accounts",
				Map.of("username", "sneaky" + username, "password", "another-password", "role", "ADMIN"))
			.statusCode()).isEqualTo(403);
		assertThat(queries.find(routine.conversationId())).isPresent();
		assertThat(desk.json("/api/staff/me").path("role").asString()).isEqualTo("STAFF");
	}

	@Test
	void theConsoleNamesPatternsBandsAndTriageFromTheDialogs() {
		var labels = admin.json("/api/staff/findings").path("labels");
		assertThat(labels.path("pattern").path("occipital_neuralgia").asString()).isEqualTo("Occipital neuralgia");
		assertThat(labels.path("pattern").size()).isEqualTo(com.neckcheck.finding.HeadachePattern.values().length);
		assertThat(labels.path("band").path("moderate").asString()).isEqualTo("Moderate");
		assertThat(labels.path("triage").path("urgent").asString()).isEqualTo("Urgent");
	}

	@Test
	void filtersReturnTheRightConversations() {
		String r = routine.conversationId();
		String e = emergency.conversationId();
		String a = abandoned.conversationId();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
		assertThat(ids("q=" + MARKER)).containsExactly(r);
		assertThat(ids("q=" + MARKER.toUpperCase())).as("case-insensitive").containsExactly(r);
		assertThat(ids("q=" + java.net.URLEncoder.encode(UMLAUT_MARKER, java.nio.charset.StandardCharsets.UTF_8)))
			.as("a word with an umlaut").containsExactly(r);
		assertThat(ids("q=" + java.net.URLEncoder.encode(UMLAUT_MARKER.toUpperCase(java.util.Locale.ROOT),
				java.nio.charset.StandardCharsets.UTF_8))).as("and in capitals").containsExactly(r);
		assertThat(ids("triage=emergency")).contains(e).doesNotContain(r, a);
		assertThat(ids("triage=routine")).contains(r).doesNotContain(e, a);
		assertThat(ids("redFlag=true")).contains(e).doesNotContain(r, a);
		assertThat(ids("redFlag=false")).contains(r).doesNotContain(e);
		assertThat(ids("flag=" + emergency.summary().path("redFlags").path(0).path("finding").asString())).contains(e)
			.doesNotContain(r);
		assertThat(ids("status=completed")).contains(r, e).doesNotContain(a);
		assertThat(ids("status=abandoned")).contains(a).doesNotContain(r, e);
		assertThat(ids("status=active")).doesNotContain(r, e, a);
		assertThat(ids("booked=true")).contains(r).doesNotContain(e, a);
		assertThat(ids("booked=false")).contains(e, a).doesNotContain(r);
		assertThat(ids("pattern=" + routine.summary().path("pattern").asString() + "&q=" + MARKER)).containsExactly(r);
		assertThat(ids("band=" + routine.summary().path("neck").path("band").asString())).contains(r);
		assertThat(ids("from=" + today + "&to=" + today)).contains(r, e, a);
		assertThat(ids("to=" + yesterday)).doesNotContain(r, e, a);
		assertThat(ids("from=" + LocalDate.now(ZoneOffset.UTC).plusDays(1))).doesNotContain(r, e, a);
		assertThat(admin.get("/api/staff/conversations?triage=bogus").statusCode()).isEqualTo(400);
		assertThat(admin.get("/api/staff/conversations?pattern=sinus").statusCode()).isEqualTo(400);
		assertThat(admin.get("/api/staff/conversations?band=extreme").statusCode()).isEqualTo(400);
		assertThat(admin.get("/api/staff/conversations?size=100000").statusCode()).isEqualTo(400);
		assertThat(audit.recent(null, null, "admin", 50)).anyMatch(event -> event.action().equals("conversations.list")
				&& event.detail().contains("q=(" + MARKER.length() + " characters)") && !event.detail().contains(MARKER));
	}

	@Test
	void searchTermsAreDataNotSql() {
		assertThat(ids("q=" + java.net.URLEncoder.encode("' OR 1=1 --", java.nio.charset.StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(ids("q=%25")).doesNotContain(emergency.conversationId());
	}

	@Test
	void csvExportIsValidCsvWithoutHtml() throws Exception {
		HttpResponse<String> response = admin.get("/api/staff/conversations/export.csv?from="
				+ LocalDate.now(ZoneOffset.UTC));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		assertThat(response.body()).doesNotContain("<", ">", MARKER);
		try (CSVParser csv = CSVParser.parse(new StringReader(response.body()),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(csv.getHeaderNames()).containsExactly(CsvExport.HEADER);
			List<CSVRecord> records = csv.getRecords();
			CSVRecord row = records.stream()
				.filter(record -> record.get("conversation_id").equals(emergency.conversationId()))
				.findFirst()
				.orElseThrow();
			assertThat(row.get("triage")).isEqualTo("emergency");
			assertThat(row.get("status")).isEqualTo("completed");
			assertThat(row.get("red_flags")).isNotEmpty();
			assertThat(row.get("booking_reference")).isEqualTo(emergency.reference());
			assertThat(records).allSatisfy(record -> assertThat(record.size()).isEqualTo(CsvExport.HEADER.length));
			long listed = admin.json("/api/staff/conversations?from=" + LocalDate.now(ZoneOffset.UTC)).path("total")
				.asLong();
			assertThat((long) records.size()).isEqualTo(listed);
		}
		assertThat(audit.recent(null, null, "admin", 20)).anyMatch(
				event -> event.action().equals("conversations.export") && event.detail().startsWith("csv"));
	}

	@Test
	void csvCellsCannotBecomeSpreadsheetFormulas() {
		assertThat(CsvExport.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(CsvExport.text("+1")).isEqualTo("'+1");
		assertThat(CsvExport.text("@SUM")).isEqualTo("'@SUM");
		assertThat(CsvExport.text("NC-123")).isEqualTo("NC-123");
	}

	@Test
	void jsonExportHasTheSameRows() {
		JsonNode rows = admin.json("/api/staff/conversations/export.json?q=" + MARKER);
		assertThat(rows.size()).isEqualTo(1);
		assertThat(rows.get(0).path("id").asString()).isEqualTo(routine.conversationId());
		assertThat(rows.get(0).path("bookingClickedAt").isMissingNode()).isFalse();
	}

	@Test
	void aTranscriptShowsWhatWasNotedWithOffsetsAndTheSummary() {
		JsonNode detail = admin.json("/api/staff/conversations/" + routine.conversationId());
		JsonNode story = null;
		for (JsonNode line : detail.path("transcript")) {
			if (line.path("speaker").asString().equals("visitor") && line.path("text").asString().contains(MARKER)) {
				story = line;
			}
		}
		assertThat(story).isNotNull();
		String text = story.path("text").asString();
		assertThat(story.path("noted").size()).isGreaterThan(1);
		boolean feverDenied = false;
		for (JsonNode finding : story.path("noted")) {
			int start = finding.path("start").asInt();
			int end = finding.path("end").asInt();
			assertThat(text.substring(start, end)).isEqualTo(finding.path("text").asString());
			feverDenied |= finding.path("finding").asString().equals("fever")
					&& finding.path("status").asString().equals("absent");
		}
		assertThat(feverDenied).as("'no fever' is noted as absent").isTrue();
		assertThat(detail.path("summary").path("triage").asString()).isEqualTo("routine");
		assertThat(detail.path("summary").path("text").asString()).contains("not a diagnosis");
		assertThat(detail.path("conversation").path("bookingClicks").asInt()).isEqualTo(1);
		List<String> speakers = new ArrayList<>();
		detail.path("transcript").forEach(line -> speakers.add(line.path("speaker").asString()));
		assertThat(speakers).contains("bot", "visitor");
		JsonNode choice = null;
		for (JsonNode line : detail.path("transcript")) {
			if (line.path("kind").asString().equals("choice") && line.path("value").isString()
					&& line.path("value").asString().equals("no")) {
				choice = line;
			}
		}
		assertThat(choice).as("a picked option is shown by its label").isNotNull();
		assertThat(choice.path("text").asString()).isEqualTo("No");
		assertThat(audit.recent(null, routine.conversationId(), "admin", 10))
			.anyMatch(event -> event.action().equals("conversation.view"));
		JsonNode byReference = admin.json("/api/staff/conversations/by-reference/" + routine.reference());
		assertThat(byReference.path("conversation").path("id").asString()).isEqualTo(routine.conversationId());
		assertThat(admin.get("/api/staff/conversations/by-reference/NC-0000000000").statusCode()).isEqualTo(404);
	}

	@Test
	void thePreVisitIntakeGathersTheFactsAndWhereEachWarningSignCameFrom() {
		JsonNode intake = admin.json("/api/staff/conversations/" + routine.conversationId()).path("intake");
		assertThat(intake.path("side").asString()).isEqualTo("left");
		List<String> regions = new ArrayList<>();
		intake.path("regions").forEach(r -> regions.add(r.path("id").asString()));
		assertThat(regions).contains("occiput");
		JsonNode fever = find(intake.path("warningSigns"), "fever");
		assertThat(fever.path("answer").asString()).isEqualTo("no");
		assertThat(fever.path("words").asString()).as("the visitor's own words").contains("fever");
		JsonNode thunderclap = find(intake.path("warningSigns"), "thunderclap");
		assertThat(thunderclap.path("answer").asString()).isEqualTo("no");
		assertThat(thunderclap.path("question").asString()).as("settled by the checklist").isNotBlank();
		assertThat(intake.path("warningSigns").size()).as("every warning sign of the catalogue")
			.isGreaterThanOrEqualTo(20);
		assertThat(intake.path("medicines").size()).isEqualTo(4);
		assertThat(intake.path("overuse").path("suspected").asBoolean()).isFalse();
		assertThat(intake.path("outcome").path("triage").asString()).isEqualTo("routine");
		List<String> examine = new ArrayList<>();
		intake.path("examine").forEach(s -> examine.add(s.path("label").asString() + ": " + s.path("reason").asString()));
		assertThat(examine).as("the back of the head, brought on at the computer")
			.anyMatch(line -> line.startsWith("suboccipital muscles: pain at the back of the head")
					&& line.contains("holding the head in one position"));
		assertThat(intake.path("examine").get(0).path("side").asString()).isEqualTo("left");

		JsonNode emergencyIntake = admin.json("/api/staff/conversations/" + emergency.conversationId()).path("intake");
		JsonNode sudden = find(emergencyIntake.path("warningSigns"), "thunderclap");
		assertThat(sudden.path("answer").asString()).isEqualTo("yes");
		assertThat(sudden.path("words").asString()).as("quoted from the story").isNotBlank();
		assertThat(emergencyIntake.path("outcome").path("triage").asString()).isEqualTo("emergency");
	}

	@Test
	void thePreVisitReportIsAPdfOfAtMostTwoPagesWithEverythingAClinicianNeeds() throws Exception {
		for (Visits.Visit visit : List.of(routine, emergency)) {
			HttpResponse<byte[]> response = admin.bytes("/api/staff/conversations/" + visit.conversationId() + "/report.pdf");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
			assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
				.contains("pre-visit-" + visit.reference() + ".pdf");
			com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(response.body());
			assertThat(pdf.getNumberOfPages()).as("one or two pages").isBetween(1, 2);
			StringBuilder text = new StringBuilder();
			com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			String words = text.toString().replaceAll("\\s+", " ");
			assertThat(words).contains("NeckCheck demo clinic", "Pre-visit report", visit.reference(), "not a diagnosis",
					"Medicines", "Every warning sign", "Consider examining");
			assertThat(audit.recent(null, visit.conversationId(), "admin", 10))
				.anyMatch(event -> event.action().equals("report.download"));
		}
		HttpResponse<byte[]> emergencyReport = admin.bytes("/api/staff/conversations/" + emergency.conversationId() + "/report.pdf");
		String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(emergencyReport.body()))
			.getTextFromPage(1).replaceAll("\\s+", " ");
		assertThat(first.indexOf("Warning signs raised")).as("the warning sign comes first").isNotNegative()
			.isLessThan(first.indexOf("Intake"));
		for (String token : new String[] { "", "not-a-token", "x".repeat(300) }) {
			var mine = StaffClient.anonymous(port).form("/my-report", "token=" + token);
			assertThat(mine.statusCode()).as("no report for token '%s'", token.length() > 20 ? "(long)" : token).isEqualTo(404);
			assertThat(mine.body()).doesNotContain("%PDF");
		}
		assertThat(StaffClient.anonymous(port).bytes("/api/staff/conversations/" + routine.conversationId() + "/report.pdf")
			.statusCode()).as("staff only").isEqualTo(401);
	}

	private static JsonNode find(JsonNode signs, String finding) {
		for (JsonNode sign : signs) {
			if (sign.path("finding").asString().equals(finding)) {
				return sign;
			}
		}
		throw new AssertionError("no warning sign '" + finding + "' in " + signs);
	}

	@Test
	void redFlagConversationsNobodyReviewedAreQueuedUntilMarkedReviewed() {
		assertThat(queue()).as("the emergency waits for a clinician").contains(emergency.conversationId())
			.doesNotContain(routine.conversationId());
		HttpResponse<String> marked = admin.send("PUT", "/api/staff/conversations/" + emergency.conversationId() + "/reviewed",
				Map.of("reviewed", true));
		assertThat(marked.statusCode()).isEqualTo(200);
		assertThat(marked.body()).contains("\"reviewedBy\":\"admin\"");
		assertThat(queue()).doesNotContain(emergency.conversationId());
		assertThat(audit.recent(null, emergency.conversationId(), "admin", 10))
			.anySatisfy(event -> {
				assertThat(event.action()).isEqualTo("conversation.reviewed");
				assertThat(event.bookingReference()).as("named by booking reference").isEqualTo(emergency.reference());
			});
		admin.send("PUT", "/api/staff/conversations/" + emergency.conversationId() + "/reviewed", Map.of("reviewed", false));
		assertThat(queue()).contains(emergency.conversationId());
		assertThat(admin.send("PUT", "/api/staff/conversations/00000000-0000-0000-0000-000000000000/reviewed",
				Map.of("reviewed", true)).statusCode()).isEqualTo(404);
	}

	private List<String> queue() {
		List<String> ids = new ArrayList<>();
		admin.json("/api/staff/conversations/queue").forEach(row -> ids.add(row.path("id").asString()));
		return ids;
	}

	@Test
	void aVerdictIsSavedWithTheConversationAndAudited() {
		String id = routine.conversationId();
		HttpResponse<String> saved = admin.send("PUT", "/api/staff/conversations/" + id + "/verdict",
				Map.of("agreement", "partly", "impression", "Suboccipital trigger points; migraine features too."));
		assertThat(saved.statusCode()).isEqualTo(200);
		JsonNode detail = admin.json("/api/staff/conversations/" + id);
		assertThat(detail.path("verdict").path("agreement").asString()).isEqualTo("partly");
		assertThat(detail.path("verdict").path("author").asString()).isEqualTo("admin");
		assertThat(detail.path("conversation").path("verdict").asString()).isEqualTo("partly");
		assertThat(admin.send("PUT", "/api/staff/conversations/" + id + "/verdict", Map.of("agreement", "maybe"))
			.statusCode()).isEqualTo(400);
		assertThat(audit.recent(null, id, "admin", 10)).anyMatch(
				event -> event.action().equals("verdict.save") && event.detail().equals("partly"));
	}

	@Test
	void erasureRemovesTheTranscriptItsFindingsAndTheVerdict() {
		Visits.Visit doomed = Visits.completed(port, "pain at the base of my skull on the right, no fever");
		String id = doomed.conversationId();
		admin.send("PUT", "/api/staff/conversations/" + id + "/verdict", Map.of("agreement", "agree"));
		assertThat(count("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = :id AND noted IS NOT NULL", id))
			.isPositive();
		assertThat(admin.send("DELETE", "/api/staff/conversations/" + id, null).statusCode()).isEqualTo(204);
		assertThat(count("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = :id", id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM conversation WHERE id = :id", id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM clinician_verdict WHERE conversation_id = :id", id)).isZero();
		assertThat(admin.get("/api/staff/conversations/" + id).statusCode()).isEqualTo(404);
		assertThat(admin.send("DELETE", "/api/staff/conversations/" + id, null).statusCode()).isEqualTo(404);
		assertThat(audit.recent(null, id, "admin", 10)).anySatisfy(event -> {
			assertThat(event.action()).isEqualTo("conversation.delete");
			assertThat(event.bookingReference()).as("the trail still names it once erased").isEqualTo(doomed.reference());
		});
	}

	@Test
	void aVisitorStillConnectedToAnErasedConversationIsToldItIsGone() {
		try (com.neckcheck.chat.ChatTestClient client = com.neckcheck.chat.ChatTestClient.connect(port)) {
			com.neckcheck.chat.ScriptedVisitor visitor = new com.neckcheck.chat.ScriptedVisitor(client);
			String id = visitor.start().path("conversationId").asString();
			client.nextPrompt();
			visitor.answer("say:my neck hurts");
			client.nextPrompt();
			assertThat(admin.send("DELETE", "/api/staff/conversations/" + id, null).statusCode()).isEqualTo(204);
			visitor.answer("no");
			JsonNode error = client.next("error");
			assertThat(error.path("code").asString()).isEqualTo("unknown_session");
			assertThat(count("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = :id", id)).isZero();
		}
	}

	@Test
	void retentionPurgesOnlyConversationsPastTheirTime() {
		Instant now = Instant.now();
		String old = java.util.UUID.randomUUID().toString();
		String recent = java.util.UUID.randomUUID().toString();
		store.create(old, "retention-old-" + old, "NC-OLD" + old.substring(0, 6).toUpperCase().replaceAll("[^0-9A-Z]", "0"),
				"en", now.minus(Duration.ofDays(366)));
		store.create(recent, "retention-new-" + recent, "NC-NEW" + recent.substring(0, 6).toUpperCase().replaceAll("[^0-9A-Z]", "0"),
				"en", now.minus(Duration.ofDays(364)));
		jdbc.sql("INSERT INTO transcript_entry (conversation_id, seq, at, speaker, kind, words) VALUES (:id, 1, :at, 'bot', 'bot', 'Hello')")
			.param("id", old)
			.param("at", now.minus(Duration.ofDays(366)).atOffset(ZoneOffset.UTC))
			.update();
		RetentionJob job = new RetentionJob(queries, audit, new RetentionProperties(365, "0 0 3 * * *"),
				Clock.fixed(now, ZoneOffset.UTC));
		assertThat(job.purge()).isGreaterThanOrEqualTo(1);
		assertThat(queries.find(old)).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = :id", old)).isZero();
		assertThat(queries.find(recent)).isPresent();
		assertThat(queries.find(routine.conversationId())).isPresent();
		assertThat(queries.find(emergency.conversationId())).isPresent();
		assertThat(audit.recent(null, null, "system", 10)).anyMatch(event -> event.action().equals("retention.purge"));
		queries.delete(recent);
	}

	@Test
	void theAuditLogCannotBeChangedThroughTheApp() {
		List<AuditLog.Event> before = audit.recent(null, null, null, 5);
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
			assertThat(admin.send(method, "/api/staff/audit", Map.of("actor", "nobody")).statusCode()).as(method)
				.isEqualTo(405);
			assertThat(admin.send(method, "/api/staff/audit/" + before.get(0).id(), Map.of("actor", "nobody"))
				.statusCode()).as(method).isIn(404, 405);
		}
		JsonNode events = admin.json("/api/staff/audit?limit=200");
		assertThat(events.size()).isGreaterThanOrEqualTo(before.size());
		assertThat(events.toString()).as("visitor words never reach the audit log").doesNotContain(MARKER);
		assertThat(audit.recent(null, null, "admin", 5)).anyMatch(event -> event.action().equals("audit.view"));
	}

	@Test
	void analyticsCountTheStoredConversations() {
		JsonNode report = admin.json("/api/staff/analytics?from=" + LocalDate.now(ZoneOffset.UTC) + "&to="
				+ LocalDate.now(ZoneOffset.UTC));
		JsonNode funnel = report.path("funnel");
		assertThat(funnel.path("started").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(funnel.path("completed").asInt()).isGreaterThanOrEqualTo(2).isLessThan(funnel.path("started").asInt());
		assertThat(funnel.path("bookingClicked").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(report.path("triage").path("emergency").asInt()).isGreaterThanOrEqualTo(1);
		int screened = total(report.path("triage"));
		int emergencies = report.path("triage").path("emergency").asInt();
		assertThat(total(report.path("pattern"))).as("emergencies stopped before a pattern: not counted")
			.isEqualTo(screened - emergencies);
		assertThat(total(report.path("band"))).as("nor in the neck bands").isEqualTo(screened - emergencies);
		assertThat(report.path("days").size()).isEqualTo(1);
		assertThat(report.path("redFlags").toString())
			.contains(emergency.summary().path("redFlags").path(0).path("finding").asString());
		assertThat(report.path("dropOff").size()).isGreaterThanOrEqualTo(1);
		assertThat(report.path("dropOff").path(0).path("text").asString()).isNotEmpty();
		assertThat(audit.recent(null, null, "admin", 10)).anyMatch(event -> event.action().equals("analytics.view"));
	}

	private static int total(JsonNode counts) {
		int total = 0;
		for (JsonNode count : counts) {
			total += count.asInt();
		}
		return total;
	}

	private List<String> ids(String query) {
		JsonNode page = admin.json("/api/staff/conversations?size=200&" + query);
		List<String> ids = new ArrayList<>();
		page.path("conversations").forEach(row -> ids.add(row.path("id").asString()));
		return ids;
	}

	private long count(String sql, Object id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
