package com.neckcheck.staff;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The numbers behind the console's analytics page, with the same filters as the conversation list. */
@RestController
class AnalyticsApi {

	private final Analytics analytics;

	private final AuditLog audit;

	AnalyticsApi(Analytics analytics, AuditLog audit) {
		this.analytics = analytics;
		this.audit = audit;
	}

	@GetMapping("/api/staff/analytics")
	Analytics.Report report(@Valid ConversationFilter filter, Principal staff) {
		Analytics.Report report = analytics.report(filter);
		audit.record(staff.getName(), AuditLog.Action.ANALYTICS_VIEW, null, filter.describe());
		return report;
	}

}
