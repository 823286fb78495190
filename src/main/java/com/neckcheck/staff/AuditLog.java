package com.neckcheck.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail: who viewed, exported, erased or judged which conversation, and when. The app only ever
 * appends to it; nothing here updates or deletes a row, and no endpoint offers to. Details never carry
 * visitor words.
 */
@Repository
class AuditLog {

	static final String SYSTEM = "system";

	enum Action {

		LOGIN("login"), LOGIN_FAILED("login.failed"), LOGIN_LOCKED("login.locked"),
		CONVERSATIONS_LIST("conversations.list"), CONVERSATION_VIEW("conversation.view"),
		CONVERSATIONS_EXPORT("conversations.export"), CONVERSATION_DELETE("conversation.delete"),
		VERDICT_SAVE("verdict.save"), CONVERSATION_REVIEWED("conversation.reviewed"),
		REPORT_DOWNLOAD("report.download"), FHIR_EXPORT("fhir.export"), ANALYTICS_VIEW("analytics.view"), AUDIT_VIEW("audit.view"),
		ACCOUNT_CREATE("account.create"), ACCOUNT_ENABLE("account.enable"), ACCOUNT_DISABLE("account.disable"),
		ACCOUNT_PASSWORD("account.password"), RETENTION_PURGE("retention.purge");

		final String wire;

		Action(String wire) {
			this.wire = wire;
		}

	}

	record Event(long id, Instant at, String actor, String action, String conversationId, String bookingReference,
			String detail) {
	}

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String actor, Action action, String conversationId, String detail) {
		record(actor, action, conversationId, null, detail);
	}

	/**
	 * An event; the conversation's booking reference is kept with it (looked up when not given), so the trail
	 * still names the conversation once it is erased.
	 */
	void record(String actor, Action action, String conversationId, String bookingReference, String detail) {
		log.debug("Audit: {} {} {}", actor, action.wire, conversationId == null ? "" : conversationId);
		jdbc.sql("""
				INSERT INTO audit_event (at, actor, action, conversation_id, booking_reference, detail)
				VALUES (:at, :actor, :action, :conversation,
				        COALESCE(:reference, (SELECT c.booking_reference FROM conversation c WHERE c.id = :conversation)),
				        :detail)""")
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("actor", actor)
			.param("action", action.wire)
			.param("conversation", conversationId)
			.param("reference", bookingReference)
			.param("detail", detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
			.update();
	}

	/** How long repeats of a failed or refused login under one name and address collapse into one row. */
	static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofMinutes(15);

	/** Keys (action, name, address) already recorded in the current window. */
	private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> recorded = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.expireAfterWrite(REPEAT_WINDOW)
		.maximumSize(10_000)
		.build();

	/**
	 * A failed or refused login: the first under one name, action and address in {@link #REPEAT_WINDOW} is a
	 * row and the repeats are not, so a guesser cannot fill the trail. The name is whatever was typed, so
	 * control characters in it are shown as '?'.
	 */
	void recordOncePerWindow(String attemptedName, Action action, String address) {
		String name = attemptedName == null ? "" : attemptedName.replaceAll("\\p{Cc}|\\p{Cf}", "?");
		if (recorded.asMap().putIfAbsent(action.wire + "|" + name + "|" + address, Boolean.TRUE) == null) {
			record(name, action, null, address == null ? null : "from " + address);
		}
	}

	/** Newest first; {@code beforeId} pages back, {@code conversationId} and {@code actor} narrow it. */
	List<Event> recent(Long beforeId, String conversationId, String actor, int limit) {
		SqlWhere where = new SqlWhere().when(beforeId, "id < :before", "before")
			.when(conversationId, "conversation_id = :conversation", "conversation")
			.when(actor, "actor = :actor", "actor")
			.param("limit", limit);
		return where.bind(jdbc.sql("SELECT id, at, actor, action, conversation_id, booking_reference, detail FROM audit_event"
				+ where.sql() + " ORDER BY id DESC LIMIT :limit"))
			.query((rs, row) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("conversation_id"), rs.getString("booking_reference"),
					rs.getString("detail")))
			.list();
	}

}
