package com.neckcheck.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.neckcheck.transcript.Conversation;
import com.neckcheck.transcript.Entry;
import com.neckcheck.transcript.TranscriptStore;
import com.neckcheck.visit.Audience;
import com.neckcheck.visit.Intake;
import com.neckcheck.visit.PreVisitReport;
import com.neckcheck.visit.VisitPreparation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The visitor's own copy of a finished screening as a PDF: their summary and their answers, without what is
 * for staff only. The widget posts the conversation's token as a form (a download, so no cross-origin
 * read is needed); the token, never the booking reference, proves the screening is theirs.
 */
@RestController
class VisitorReportApi {

	private final TranscriptStore store;

	private final VisitPreparation visits;

	private final PreVisitReport report;

	private final JsonMapper json;

	VisitorReportApi(TranscriptStore store, VisitPreparation visits, PreVisitReport report, JsonMapper json) {
		this.store = store;
		this.visits = visits;
		this.report = report;
		this.json = json;
	}

	@PostMapping(path = "/my-report", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<byte[]> myReport(@RequestParam(defaultValue = "") String token) {
		Optional<Conversation> found = token.isBlank() || token.length() > 200 ? Optional.empty()
				: store.findByTokenHash(Tokens.hash(token));
		if (found.isEmpty() || !Conversation.COMPLETED.equals(found.get().status())) {
			return ResponseEntity.status(404)
				.contentType(MediaType.TEXT_PLAIN)
				.body("There is no finished screening to download from this page.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		Conversation conversation = found.get();
		List<Entry> entries = store.entries(conversation.id());
		JsonNode summary = null;
		for (Entry entry : entries) {
			if (entry.kind() == Entry.Kind.SUMMARY && entry.detail() != null) {
				summary = json.readTree(entry.detail());
			}
		}
		Intake intake = visits.intake(entries, store.notedBySeq(conversation.id()), summary);
		List<String> paragraphs = new ArrayList<>();
		if (summary != null) {
			summary.path("sections").forEach(section -> paragraphs.add(section.path("text").asString("")));
		}
		byte[] pdf = report.pdf(intake, conversation.bookingReference(), conversation.startedAt(), null,
				summary == null ? null : summary.path("advice").path("heading").asString(null), paragraphs,
				Audience.VISITOR);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					"attachment; filename=\"headache-screening-" + conversation.bookingReference() + ".pdf\"")
			.header("Cache-Control", "no-store")
			.body(pdf);
	}

}
