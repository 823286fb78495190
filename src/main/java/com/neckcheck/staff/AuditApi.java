package com.neckcheck.staff;

import java.security.Principal;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for admins, newest first. Read-only: no call changes or removes an event. */
@RestController
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/staff/audit")
	List<AuditLog.Event> events(@RequestParam(required = false) Long before,
			@RequestParam(required = false) String conversation, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit, Principal admin) {
		List<AuditLog.Event> events = audit.recent(before, conversation, actor, limit);
		audit.record(admin.getName(), AuditLog.Action.AUDIT_VIEW, conversation, "shown=" + events.size());
		return events;
	}

}
