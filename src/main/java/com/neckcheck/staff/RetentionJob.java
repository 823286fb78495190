package com.neckcheck.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases conversations whose last activity is older than {@code neckcheck.retention.days}, on the schedule
 * {@code neckcheck.retention.schedule}, and records each run in the audit trail. Time comes from the injected
 * clock, so a test moves it instead of waiting. Several nodes may run it at once: erasing is idempotent.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final ReviewQueries queries;

	private final AuditLog audit;

	private final RetentionProperties properties;

	private final Clock clock;

	RetentionJob(ReviewQueries queries, AuditLog audit, RetentionProperties properties, Clock clock) {
		this.queries = queries;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${neckcheck.retention.schedule:0 15 3 * * *}")
	void scheduled() {
		purge();
	}

	/** @return how many conversations were erased */
	int purge() {
		Instant cutoff = clock.instant().minus(Duration.ofDays(properties.days()));
		int erased = queries.deleteInactiveSince(cutoff);
		audit.record(AuditLog.SYSTEM, AuditLog.Action.RETENTION_PURGE, null,
				erased + " conversations last active before " + cutoff + " (" + properties.days() + " days)");
		log.info("Retention: erased {} conversations last active before {}", erased, cutoff);
		return erased;
	}

}
