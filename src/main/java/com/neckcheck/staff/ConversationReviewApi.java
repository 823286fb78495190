package com.neckcheck.staff;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.neckcheck.transcript.TranscriptStore;
import com.neckcheck.visit.Audience;
import com.neckcheck.visit.FhirExport;
import com.neckcheck.visit.Intake;
import com.neckcheck.visit.PreVisitReport;
import com.neckcheck.visit.VisitPreparation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff review of stored conversations: the filtered list, one transcript, lookup by booking reference,
 * exports, erasure (admins) and the clinician's verdict. Every call leaves a row in the audit trail.
 */
@RestController
@RequestMapping("/api/staff/conversations")
class ConversationReviewApi {

	private static final String ID = "[0-9a-f-]{36}";

	/**
	 * One conversation for review: its outcome, the pre-visit intake (the facts where a clinician looks for
	 * them, and the structures to consider examining), the transcript with what the language pipeline noted,
	 * the summary the visitor was shown, and the clinician's verdict if one was given.
	 */
	record Detail(ConversationRow conversation, Intake intake, List<TranscriptView.Line> transcript, JsonNode summary,
			Verdict verdict) {
	}

	private final ReviewQueries queries;

	private final TranscriptStore transcripts;

	private final TranscriptView view;

	private final AuditLog audit;

	private final JsonMapper json;

	private final java.time.Clock clock;

	private final StaffProperties properties;

	private final VisitPreparation visits;

	private final PreVisitReport report;

	private final FhirExport fhirExport;

	ConversationReviewApi(ReviewQueries queries, TranscriptStore transcripts, TranscriptView view, AuditLog audit,
			JsonMapper json, java.time.Clock clock, StaffProperties properties, VisitPreparation visits,
			PreVisitReport report, FhirExport fhirExport) {
		this.visits = visits;
		this.report = report;
		this.fhirExport = fhirExport;
		this.queries = queries;
		this.transcripts = transcripts;
		this.view = view;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	@GetMapping
	ReviewQueries.Page list(@Valid ConversationFilter filter, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Principal staff) {
		ReviewQueries.Page result = queries.search(filter, page, size);
		audit.record(staff.getName(), AuditLog.Action.CONVERSATIONS_LIST, null,
				filter.describe() + " page=" + page + " shown=" + result.conversations().size());
		return result;
	}

	@GetMapping("/{id}")
	ResponseEntity<Detail> detail(@PathVariable @Pattern(regexp = ID) String id, Principal staff) {
		return queries.find(id).map(row -> ResponseEntity.ok(detail(row, staff))).orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/by-reference/{reference}")
	ResponseEntity<Detail> byReference(@PathVariable @Pattern(regexp = "NC-[0-9A-Z]{4,13}") String reference,
			Principal staff) {
		return queries.findByReference(reference)
			.map(row -> ResponseEntity.ok(detail(row, staff)))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/export.csv")
	void exportCsv(@Valid ConversationFilter filter, Principal staff, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + exportName("csv") + "\"");
		response.setHeader("Cache-Control", "no-store");
		int[] count = new int[1];
		try (CsvExport csv = new CsvExport(response.getWriter())) {
			queries.each(filter, row -> {
				csv.write(row);
				count[0]++;
			});
		}
		audit.record(staff.getName(), AuditLog.Action.CONVERSATIONS_EXPORT, null,
				"csv " + filter.describe() + " rows=" + count[0]);
	}

	@GetMapping("/export.json")
	void exportJson(@Valid ConversationFilter filter, Principal staff, HttpServletResponse response) throws IOException {
		List<ConversationRow> rows = new ArrayList<>();
		queries.each(filter, rows::add);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + exportName("json") + "\"");
		response.setHeader("Cache-Control", "no-store");
		json.writeValue(response.getOutputStream(), rows);
		audit.record(staff.getName(), AuditLog.Action.CONVERSATIONS_EXPORT, null,
				"json " + filter.describe() + " rows=" + rows.size());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable @Pattern(regexp = ID) String id, Principal admin) {
		String reference = queries.find(id).map(ConversationRow::bookingReference).orElse(null);
		if (!queries.delete(id)) {
			return ResponseEntity.notFound().build();
		}
		audit.record(admin.getName(), AuditLog.Action.CONVERSATION_DELETE, id, reference, "erased with its transcript");
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/verdict")
	ResponseEntity<Verdict> verdict(@PathVariable @Pattern(regexp = ID) String id,
			@Valid @RequestBody Verdict.Request request, Principal staff) {
		if (queries.find(id).isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		String impression = request.impression() == null || request.impression().isBlank() ? null
				: request.impression().strip();
		// a verdict saved without labels keeps those given before (the console always sends its selects)
		Verdict.Labels labels = request.labels().any() ? request.labels()
				: queries.verdict(id).map(Verdict::labels).orElse(null);
		Verdict verdict = new Verdict(request.agreement(), impression, staff.getName(), clock.instant(), labels);
		queries.saveVerdict(id, verdict);
		audit.record(staff.getName(), AuditLog.Action.VERDICT_SAVE, id, request.agreement());
		return ResponseEntity.ok(verdict);
	}

	/** The printable pre-visit report (PDF, one or two pages), for staff. */
	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable @Pattern(regexp = ID) String id, Principal staff) {
		return queries.find(id).map(row -> {
			var entries = transcripts.entries(row.id());
			JsonNode summary = view.summary(entries);
			Intake intake = visits.intake(entries, transcripts.notedBySeq(row.id()), summary);
			byte[] pdf = report.pdf(intake, row.bookingReference(), row.startedAt(), null,
					summary == null ? null : summary.path("advice").path("heading").asString(null), null, Audience.STAFF);
			audit.record(staff.getName(), AuditLog.Action.REPORT_DOWNLOAD, row.id(), "pre-visit report (staff)");
			return ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
				.header("Content-Disposition", "attachment; filename=\"pre-visit-" + row.bookingReference() + ".pdf\"")
				.header("Cache-Control", "no-store")
				.body(pdf);
		}).orElse(ResponseEntity.notFound().build());
	}

	/**
	 * The screening as a FHIR R4 Bundle for the clinic's record system: the QuestionnaireResponse, the neck
	 * likelihood as a RiskAssessment, the triage, pattern and overuse verdict as Observations.
	 */
	@GetMapping("/{id}/fhir")
	ResponseEntity<String> fhir(@PathVariable @Pattern(regexp = ID) String id, Principal staff) {
		return queries.find(id).map(row -> {
			var entries = transcripts.entries(row.id());
			String bundle = fhirExport.bundleJson(row.bookingReference(), row.startedAt(), entries, view.summary(entries));
			audit.record(staff.getName(), AuditLog.Action.FHIR_EXPORT, row.id(), "FHIR R4 bundle");
			return ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType("application/fhir+json"))
				.header("Cache-Control", "no-store")
				.body(bundle);
		}).orElse(ResponseEntity.notFound().build());
	}

	/** Marks a conversation as read by a clinician (or not): red-flag conversations nobody read are queued on top. */
	@PutMapping("/{id}/reviewed")
	ResponseEntity<ConversationRow> reviewed(@PathVariable @Pattern(regexp = ID) String id,
			@Valid @RequestBody Reviewed request, Principal staff) {
		if (!queries.markReviewed(id, request.reviewed() ? staff.getName() : null, clock.instant())) {
			return ResponseEntity.notFound().build();
		}
		audit.record(staff.getName(), AuditLog.Action.CONVERSATION_REVIEWED, id, request.reviewed() ? "reviewed" : "not reviewed");
		return ResponseEntity.of(queries.find(id));
	}

	record Reviewed(@jakarta.validation.constraints.NotNull Boolean reviewed) {
	}

	/** Completed red-flag conversations nobody has marked reviewed: emergencies first, newest first, at most 200. */
	@GetMapping("/queue")
	List<ConversationRow> queue(Principal staff) {
		List<ConversationRow> rows = queries.unreviewedRedFlags(200);
		audit.record(staff.getName(), AuditLog.Action.CONVERSATIONS_LIST, null, "red-flag queue shown=" + rows.size());
		return rows;
	}

	private Detail detail(ConversationRow row, Principal staff) {
		var entries = transcripts.entries(row.id());
		var noted = transcripts.notedBySeq(row.id());
		JsonNode summary = view.summary(entries);
		Detail detail = new Detail(row, visits.intake(entries, noted, summary), view.lines(entries, noted), summary,
				queries.verdict(row.id()).orElse(null));
		audit.record(staff.getName(), AuditLog.Action.CONVERSATION_VIEW, row.id(), null);
		return detail;
	}

	private String exportName(String extension) {
		return "neckcheck-conversations-" + LocalDate.now(clock.withZone(properties.zone())) + "." + extension;
	}

}
