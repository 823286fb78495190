package com.neckcheck.staff;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.transcript.TranscriptStore;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The numbers behind the console's analytics page, with the same filters as the conversation list. */
@RestController
class AnalyticsApi {

	private final Analytics analytics;

	private final AuditLog audit;

	private final ReviewQueries queries;

	private final TranscriptStore transcripts;

	private final TranscriptView view;

	AnalyticsApi(Analytics analytics, AuditLog audit, ReviewQueries queries, TranscriptStore transcripts,
			TranscriptView view) {
		this.analytics = analytics;
		this.audit = audit;
		this.queries = queries;
		this.transcripts = transcripts;
		this.view = view;
	}

	/** Agreement with clinicians over the labelled conversations of the filter (see {@link Agreement}). */
	@GetMapping("/api/staff/analytics/agreement")
	Agreement agreement(@Valid ConversationFilter filter, Principal staff) {
		Agreement agreement = Agreement.of(queries.labelled(filter));
		audit.record(staff.getName(), AuditLog.Action.ANALYTICS_VIEW, null, "agreement " + filter.describe());
		return agreement;
	}

	/**
	 * The labelled conversations for refitting the neck model: each with the findings of its summary, the
	 * screener's outcome and the clinician's labels; no visitor words. Audited as an export.
	 */
	@GetMapping("/api/staff/analytics/labelled.json")
	ResponseEntity<List<LabelledCase>> labelled(@Valid ConversationFilter filter, Principal staff) {
		List<LabelledCase> cases = new ArrayList<>();
		for (ReviewQueries.Labelled l : queries.labelled(filter)) {
			JsonNode summary = view.summary(transcripts.entries(l.id()));
			cases.add(new LabelledCase(l.bookingReference(), summary == null ? null : summary.get("findings"),
					new Screener(l.triage(), l.pattern(), l.band(), l.probability()), l.clinician()));
		}
		audit.record(staff.getName(), AuditLog.Action.CONVERSATIONS_EXPORT, null,
				"labelled json " + filter.describe() + " rows=" + cases.size());
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"neckcheck-labelled-cases.json\"")
			.header("Cache-Control", "no-store")
			.body(cases);
	}

	record Screener(TriageLevel triage, HeadachePattern pattern, NeckBand band, Double probability) {
	}

	record LabelledCase(String reference, JsonNode findings, Screener screener, Verdict.Labels clinician) {
	}

	@GetMapping("/api/staff/analytics")
	Analytics.Report report(@Valid ConversationFilter filter, Principal staff) {
		Analytics.Report report = analytics.report(filter);
		audit.record(staff.getName(), AuditLog.Action.ANALYTICS_VIEW, null, filter.describe());
		return report;
	}

}
