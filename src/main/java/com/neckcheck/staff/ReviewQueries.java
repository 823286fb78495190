package com.neckcheck.staff;

import com.neckcheck.finding.TriageLevel;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.HeadachePattern;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff's reads and writes over stored conversations: the filtered list, one conversation, erasure and
 * the clinician's verdict. Every filter value is a bound parameter.
 */
@Repository
class ReviewQueries {

	private static final String COLUMNS = """
			SELECT c.id, c.booking_reference, c.started_at, c.updated_at, c.status, c.triage, c.pattern, c.neck_band,
			c.neck_probability, c.medication_overuse,
			(SELECT STRING_AGG(f.finding, ',' ORDER BY f.finding) FROM conversation_red_flag f
			 WHERE f.conversation_id = c.id) AS red_flags, c.booking_clicked_at, c.booking_clicks,
			v.agreement, c.reviewed_at, c.reviewed_by
			FROM conversation c LEFT JOIN clinician_verdict v ON v.conversation_id = c.id""";

	/** The warning signs of conversation {@code c}. */
	private static final String FLAGS = "SELECT 1 FROM conversation_red_flag f WHERE f.conversation_id = c.id";

	/** Unfinished and quiet since {@code :quiet} (see {@link #abandonedBefore()}). */
	private static final String ABANDONED = "c.status <> 'completed' AND c.updated_at < :quiet";

	private final JdbcClient jdbc;

	private final StaffProperties properties;

	private final Clock clock;

	private final com.neckcheck.transcript.StoreCompaction compaction;

	ReviewQueries(JdbcClient jdbc, StaffProperties properties, Clock clock,
			com.neckcheck.transcript.StoreCompaction compaction) {
		this.compaction = compaction;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	record Page(List<ConversationRow> conversations, int page, int size, long total) {
	}

	Page search(ConversationFilter filter, int page, int size) {
		SqlWhere where = where(filter);
		long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM conversation c" + where.sql())).query(Long.class).single();
		where.param("limit", size).param("offset", (long) page * size);
		List<ConversationRow> rows = where
			.bind(jdbc.sql(COLUMNS + where.sql() + " ORDER BY c.started_at DESC, c.id LIMIT :limit OFFSET :offset"))
			.query(this::row)
			.list();
		return new Page(rows, page, size, total);
	}

	/** Every matching conversation, oldest first, one at a time (for exports and analytics). */
	void each(ConversationFilter filter, Consumer<ConversationRow> consumer) {
		SqlWhere where = where(filter);
		where.bind(jdbc.sql(COLUMNS + where.sql() + " ORDER BY c.started_at, c.id"))
			.query((ResultSet rs) -> consumer.accept(row(rs, 0)));
	}

	Optional<ConversationRow> find(String id) {
		return jdbc.sql(COLUMNS + " WHERE c.id = :id").param("id", id).query(this::row).optional();
	}

	Optional<ConversationRow> findByReference(String reference) {
		return jdbc.sql(COLUMNS + " WHERE c.booking_reference = :reference")
			.param("reference", reference)
			.query(this::row)
			.optional();
	}

	/** Sets or clears who marked a conversation reviewed, and when; false when there is no such conversation. */
	boolean markReviewed(String id, String reviewer, Instant at) {
		return jdbc.sql("UPDATE conversation SET reviewed_at = :at, reviewed_by = :by WHERE id = :id")
			.param("at", reviewer == null ? null : at.atOffset(java.time.ZoneOffset.UTC))
			.param("by", reviewer)
			.param("id", id)
			.update() == 1;
	}

	/** Completed emergency and urgent conversations nobody has marked reviewed: emergencies first, newest first. */
	List<ConversationRow> unreviewedRedFlags(int limit) {
		return jdbc.sql(COLUMNS + " WHERE c.status = 'completed' AND c.triage IN ('emergency', 'urgent')"
				+ " AND c.reviewed_at IS NULL"
				+ " ORDER BY CASE WHEN c.triage = 'emergency' THEN 0 ELSE 1 END, c.started_at DESC, c.id LIMIT :limit")
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** The screener's last line in an abandoned conversation: the question it asked (if it asked one) and its words. */
	record LastLine(String question, String words) {
	}

	/** The last thing the screener said in each abandoned conversation that matches. */
	List<LastLine> lastLinesOfAbandoned(ConversationFilter filter) {
		SqlWhere where = where(filter).always(ABANDONED);
		where.param("quiet", utc(abandonedBefore()));
		where.always("e.kind = 'bot'")
			.always("e.seq = (SELECT MAX(x.seq) FROM transcript_entry x WHERE x.conversation_id = e.conversation_id"
					+ " AND x.kind = 'bot')");
		return where.bind(jdbc.sql(
				"SELECT e.question, e.words FROM transcript_entry e JOIN conversation c ON c.id = e.conversation_id"
						+ where.sql()))
			.query((rs, row) -> new LastLine(rs.getString("question"), rs.getString("words")))
			.list();
	}

	/** Erases a conversation: its transcript entries and verdict go with it (foreign keys cascade). */
	boolean delete(String id) {
		boolean deleted = jdbc.sql("DELETE FROM conversation WHERE id = :id").param("id", id).update() > 0;
		if (deleted) {
			compaction.erased();
		}
		return deleted;
	}

	/** Erases every conversation last active before {@code cutoff}; how many went. */
	int deleteInactiveSince(Instant cutoff) {
		int deleted = jdbc.sql("DELETE FROM conversation WHERE updated_at < :cutoff").param("cutoff", utc(cutoff)).update();
		if (deleted > 0) {
			compaction.erased();
		}
		return deleted;
	}

	Optional<Verdict> verdict(String conversationId) {
		return jdbc.sql("""
				SELECT agreement, impression, author, at, triage, pattern, neck_band, neck_contributes
				FROM clinician_verdict WHERE conversation_id = :id""")
			.param("id", conversationId)
			.query((rs, row) -> new Verdict(rs.getString("agreement"), rs.getString("impression"),
					rs.getString("author"), rs.getTimestamp("at").toInstant(), labels(rs)))
			.optional();
	}

	void saveVerdict(String conversationId, Verdict verdict) {
		int updated = jdbc.sql("""
				UPDATE clinician_verdict SET agreement = :agreement, impression = :impression, author = :author, at = :at,
				triage = :triage, pattern = :pattern, neck_band = :band, neck_contributes = :contributes
				WHERE conversation_id = :id""")
			.params(verdictParams(conversationId, verdict))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO clinician_verdict (conversation_id, agreement, impression, author, at, triage, pattern,
					neck_band, neck_contributes)
					VALUES (:id, :agreement, :impression, :author, :at, :triage, :pattern, :band, :contributes)""")
				.params(verdictParams(conversationId, verdict))
				.update();
		}
	}

	Instant abandonedBefore() {
		return clock.instant().minus(properties.abandonedAfter());
	}

	private SqlWhere where(ConversationFilter filter) {
		SqlWhere where = new SqlWhere()
			.when(filter.from() == null ? null : utc(filter.from().atStartOfDay(properties.zone()).toInstant()),
					"c.started_at >= :from", "from")
			.when(filter.to() == null ? null : utc(filter.to().plusDays(1).atStartOfDay(properties.zone()).toInstant()),
					"c.started_at < :to", "to")
			.when(filter.triage() == null ? null : filter.triage().wire(), "c.triage = :triage", "triage")
			.when(filter.pattern() == null ? null : filter.pattern().wire(), "c.pattern = :pattern", "pattern")
			.when(filter.band() == null ? null : filter.band().wire(), "c.neck_band = :band", "band")
			.when(filter.flag(), "EXISTS (" + FLAGS + " AND f.finding = :flag)", "flag")
			.when(filter.q() == null ? null : SqlWhere.contains(filter.q().toLowerCase(java.util.Locale.ROOT)),
					"""
					EXISTS (SELECT 1 FROM transcript_entry e WHERE e.conversation_id = c.id AND e.speaker = 'visitor'
					AND LOWER(e.words) LIKE :q ESCAPE '\\')""", "q");
		if (filter.redFlag() != null) {
			where.always((filter.redFlag() ? "EXISTS (" : "NOT EXISTS (") + FLAGS + ")");
		}
		if (filter.booked() != null) {
			where.always(filter.booked() ? "c.booking_clicked_at IS NOT NULL" : "c.booking_clicked_at IS NULL");
		}
		if (filter.status() != null) {
			switch (filter.status()) {
				case "completed" -> where.always("c.status = 'completed'");
				case "abandoned" -> where.always(ABANDONED);
				default -> where.always("c.status <> 'completed' AND c.updated_at >= :quiet");
			}
			if (!filter.status().equals("completed")) {
				where.param("quiet", utc(abandonedBefore()));
			}
		}
		return where;
	}

	private ConversationRow row(ResultSet rs, int row) throws SQLException {
		Instant updated = instant(rs.getTimestamp("updated_at"));
		String stored = rs.getString("status");
		String status = "completed".equals(stored) ? "completed"
				: updated.isBefore(abandonedBefore()) ? "abandoned" : "active";
		String flags = rs.getString("red_flags");
		double probability = rs.getDouble("neck_probability");
		Double neck = rs.wasNull() ? null : probability;
		boolean overuse = rs.getBoolean("medication_overuse");
		Boolean medicationOveruse = rs.wasNull() ? null : overuse;
		return new ConversationRow(rs.getString("id"), rs.getString("booking_reference"),
				instant(rs.getTimestamp("started_at")), updated, status, triage(rs.getString("triage")),
				pattern(rs.getString("pattern")), band(rs.getString("neck_band")), neck, medicationOveruse,
				flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")),
				instant(rs.getTimestamp("booking_clicked_at")), rs.getInt("booking_clicks"), rs.getString("agreement"),
				instant(rs.getTimestamp("reviewed_at")), rs.getString("reviewed_by"));
	}

	// An unfinished conversation has no outcome yet; a stored name no release knows reads as none, not as an error.
	private static TriageLevel triage(String wire) {
		return wire == null ? null : TriageLevel.fromWire(wire).orElse(null);
	}

	private static HeadachePattern pattern(String wire) {
		return wire == null ? null : HeadachePattern.fromWire(wire).orElse(null);
	}

	private static NeckBand band(String wire) {
		return wire == null ? null : NeckBand.fromWire(wire).orElse(null);
	}

	private static java.util.Map<String, Object> verdictParams(String conversationId, Verdict verdict) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", conversationId);
		params.put("agreement", verdict.agreement());
		params.put("impression", verdict.impression());
		params.put("author", verdict.author());
		params.put("at", utc(verdict.at()));
		Verdict.Labels labels = verdict.labels() == null ? Verdict.Labels.NONE : verdict.labels();
		params.put("triage", labels.triage() == null ? null : labels.triage().wire());
		params.put("pattern", labels.pattern() == null ? null : labels.pattern().wire());
		params.put("band", labels.band() == null ? null : labels.band().wire());
		params.put("contributes", labels.neckContributes());
		return params;
	}

	/** The clinician's labels of a verdict row; a name no release knows reads as none. */
	private static Verdict.Labels labels(ResultSet rs) throws SQLException {
		boolean contributes = rs.getBoolean("neck_contributes");
		Boolean neck = rs.wasNull() ? null : contributes;
		return new Verdict.Labels(triage(rs.getString("triage")), pattern(rs.getString("pattern")),
				band(rs.getString("neck_band")), neck);
	}

	/** A screened conversation with the clinician's labels, for agreement and the labelled export. */
	record Labelled(String id, String bookingReference, TriageLevel triage, HeadachePattern pattern, NeckBand band,
			Double probability, Verdict.Labels clinician) {
	}

	/** The completed conversations of the filter whose verdict carries any label, oldest first. */
	List<Labelled> labelled(ConversationFilter filter) {
		SqlWhere where = where(filter).always("c.status = 'completed'")
			.always("(v.triage IS NOT NULL OR v.pattern IS NOT NULL OR v.neck_band IS NOT NULL OR v.neck_contributes IS NOT NULL)");
		return where.bind(jdbc.sql("""
				SELECT c.id, c.booking_reference, c.triage AS s_triage, c.pattern AS s_pattern, c.neck_band AS s_band,
				c.neck_probability, v.triage, v.pattern, v.neck_band, v.neck_contributes
				FROM conversation c JOIN clinician_verdict v ON v.conversation_id = c.id""" + where.sql()
				+ " ORDER BY c.started_at, c.id"))
			.query((rs, row) -> {
				double probability = rs.getDouble("neck_probability");
				Double neck = rs.wasNull() ? null : probability;
				TriageLevel triage = triage(rs.getString("s_triage"));
				// an emergency stops the screening at once: its pattern and band were never worked out
				boolean stopped = triage == TriageLevel.EMERGENCY;
				return new Labelled(rs.getString("id"), rs.getString("booking_reference"), triage,
						stopped ? null : pattern(rs.getString("s_pattern")), stopped ? null : band(rs.getString("s_band")),
						stopped ? null : neck, labels(rs));
			})
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
