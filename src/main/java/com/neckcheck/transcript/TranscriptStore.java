package com.neckcheck.transcript;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conversations and their transcript entries in the database; the writes of a turn go through the group commit. */
@Repository
public class TranscriptStore {

	private final JdbcClient jdbc;

	private final GroupCommit writes;

	private final TranscriptProperties properties;

	TranscriptStore(JdbcClient jdbc, GroupCommit writes, TranscriptProperties properties) {
		this.jdbc = jdbc;
		this.writes = writes;
		this.properties = properties;
	}

	public Conversation create(String id, String tokenHash, String bookingReference, String lang, Instant now) {
		writes.write(() -> jdbc.sql("""
				INSERT INTO conversation (id, token_hash, booking_reference, lang, started_at, updated_at, status)
				VALUES (:id, :token, :booking, :lang, :now, :now, :status)""")
			.param("id", id)
			.param("token", tokenHash)
			.param("booking", bookingReference)
			.param("lang", lang)
			.param("now", utc(now))
			.param("status", Conversation.ACTIVE)
			.update());
		return new Conversation(id, bookingReference, lang, now, Conversation.ACTIVE);
	}

	public Optional<Conversation> findByTokenHash(String tokenHash) {
		return jdbc.sql("""
				SELECT id, booking_reference, lang, started_at, status FROM conversation WHERE token_hash = :token""")
			.param("token", tokenHash)
			.query(TranscriptStore::conversation)
			.optional();
	}

	public Optional<Conversation> findById(String id) {
		return jdbc.sql("SELECT id, booking_reference, lang, started_at, status FROM conversation WHERE id = :id")
			.param("id", id)
			.query(TranscriptStore::conversation)
			.optional();
	}

	/** The seq at which the conversation holds the visitor message with this client id, if it does. */
	public Optional<Integer> storedSeq(String conversationId, String clientId) {
		if (clientId == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT seq FROM transcript_entry WHERE conversation_id = :id AND client_id = :client")
			.param("id", conversationId)
			.param("client", clientId)
			.query(Integer.class)
			.optional();
	}

	/**
	 * Stores a visitor entry with what the language pipeline noted in it (JSON, with offsets, or null), the
	 * replies to it, and the outcome when the replies end the conversation, in one transaction. When the
	 * conversation already holds that client message id nothing is written and the stored entry's seq is
	 * returned with {@code duplicate} set. Both rules are the database's (primary key and unique
	 * constraint), so two nodes receiving the same message store it once.
	 *
	 * @throws StaleConversationException when another entry already holds one of these positions
	 */
	public Appended appendTurn(String conversationId, Entry visitor, String noted, List<Entry> replies,
			Outcome outcome) {
		try {
			writes.write(() -> {
				insert(conversationId, visitor, noted);
				return insertReplies(conversationId, replies, outcome);
			});
			return new Appended(visitor.seq(), false);
		}
		catch (DuplicateKeyException ex) {
			return storedSeq(conversationId, visitor.clientId()).map(seq -> new Appended(seq, true))
				.orElseThrow(() -> new StaleConversationException(conversationId, visitor.seq()));
		}
		catch (DataIntegrityViolationException ex) {
			throw goneOr(ex, conversationId);
		}
	}

	public record Appended(int seq, boolean duplicate) {
	}

	/**
	 * Stores replies that were never stored (the node stopped between a visitor entry and its replies).
	 *
	 * @throws StaleConversationException when another node has written at one of these positions
	 */
	public void appendAll(String conversationId, List<Entry> entries) {
		storeReplies(conversationId, entries, null);
	}

	/** Stores the last replies and the conversation's outcome in one transaction. */
	public void complete(String conversationId, List<Entry> lastEntries, Outcome outcome) {
		storeReplies(conversationId, lastEntries, outcome);
	}

	private void storeReplies(String conversationId, List<Entry> entries, Outcome outcome) {
		try {
			writes.write(() -> insertReplies(conversationId, entries, outcome));
		}
		catch (DuplicateKeyException ex) {
			throw new StaleConversationException(conversationId, entries.get(0).seq());
		}
		catch (DataIntegrityViolationException ex) {
			throw goneOr(ex, conversationId);
		}
	}

	/** Inside a write: the bot entries, the conversation's last activity, and its outcome when it ended. */
	private int insertReplies(String conversationId, List<Entry> replies, Outcome outcome) {
		replies.forEach(reply -> insert(conversationId, reply, null));
		touch(conversationId, outcome != null);
		return outcome == null ? 0 : recordOutcome(conversationId, outcome);
	}

	/** The last activity: always at the end of a screening, otherwise once it lags by the resolution. */
	private int touch(String conversationId, boolean exactly) {
		Instant now = Instant.now();
		if (exactly) {
			// whatever another node's clock wrote before
			return jdbc.sql("UPDATE conversation SET updated_at = :now WHERE id = :id")
				.param("now", utc(now))
				.param("id", conversationId)
				.update();
		}
		return jdbc.sql("UPDATE conversation SET updated_at = :now WHERE id = :id AND updated_at <= :lagging")
			.param("now", utc(now))
			.param("id", conversationId)
			.param("lagging", utc(now.minus(properties.activityResolution())))
			.update();
	}

	private int recordOutcome(String conversationId, Outcome outcome) {
		return jdbc.sql("""
				UPDATE conversation SET status = :status, triage = :triage, pattern = :pattern, neck_band = :band,
				neck_probability = :probability, medication_overuse = :overuse WHERE id = :id""")
			.param("status", Conversation.COMPLETED)
			.param("triage", outcome.triage().wire())
			.param("pattern", outcome.pattern().wire())
			.param("band", outcome.neckBand().wire())
			.param("probability", outcome.neckProbability())
			.param("overuse", outcome.medicationOveruse())
			.param("id", conversationId)
			.update() + redFlags(conversationId, outcome.redFlags());
	}

	/** The warning signs a summary rests on, one row each; a later summary (a sign told after the end) replaces them. */
	private int redFlags(String conversationId, List<String> findings) {
		jdbc.sql("DELETE FROM conversation_red_flag WHERE conversation_id = :id").param("id", conversationId).update();
		for (String finding : findings) {
			jdbc.sql("INSERT INTO conversation_red_flag (conversation_id, finding) VALUES (:id, :finding)")
				.param("id", conversationId)
				.param("finding", finding)
				.update();
		}
		return findings.size();
	}

	/**
	 * Counts a click on the booking link of the conversation with this reference and keeps the first click's
	 * time; false when no conversation has it (erased, purged or never existed).
	 */
	public boolean recordBookingClick(String bookingReference, Instant at) {
		return jdbc.sql("""
				UPDATE conversation SET booking_clicks = booking_clicks + 1,
				booking_clicked_at = COALESCE(booking_clicked_at, :at) WHERE booking_reference = :reference""")
			.param("at", utc(at))
			.param("reference", bookingReference)
			.update() > 0;
	}

	/** What the language pipeline noted in each visitor entry that had findings, by seq (JSON lists). */
	public Map<Integer, String> notedBySeq(String conversationId) {
		Map<Integer, String> noted = new HashMap<>();
		jdbc.sql("SELECT seq, noted FROM transcript_entry WHERE conversation_id = :id AND noted IS NOT NULL")
			.param("id", conversationId)
			.query((ResultSet rs) -> {
				noted.put(rs.getInt("seq"), rs.getString("noted"));
			});
		return noted;
	}

	public List<Entry> entries(String conversationId) {
		return entriesAfter(conversationId, 0);
	}

	public List<Entry> entriesAfter(String conversationId, int afterSeq) {
		return jdbc.sql("""
				SELECT seq, at, speaker, kind, client_id, words, picked, question, detail FROM transcript_entry
				WHERE conversation_id = :id AND seq > :after ORDER BY seq""")
			.param("id", conversationId)
			.param("after", afterSeq)
			.query(TranscriptStore::entry)
			.list();
	}

	/** SQL states of a foreign-key violation: the standard's (PostgreSQL) and H2's "parent missing". */
	private static final java.util.Set<String> MISSING_PARENT = java.util.Set.of("23503", "23506");

	/**
	 * A foreign-key violation on an entry write means the conversation was erased under it; any other broken
	 * rule (a value too long, a null) is a bug, rethrown as it is, with its cause. The state is read from the
	 * exception, since inside a failed transaction PostgreSQL allows no query to confirm it.
	 */
	private static RuntimeException goneOr(DataIntegrityViolationException ex, String conversationId) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && MISSING_PARENT.contains(sql.getSQLState())) {
				return new ConversationGoneException(conversationId, ex);
			}
		}
		return ex;
	}

	private int insert(String conversationId, Entry entry, String noted) {
		return jdbc.sql("""
				INSERT INTO transcript_entry (conversation_id, seq, at, speaker, kind, client_id, words, picked, question,
				detail, noted)
				VALUES (:id, :seq, :at, :speaker, :kind, :client, :text, :picked, :question, :detail, :noted)""")
			.param("id", conversationId)
			.param("seq", entry.seq())
			.param("at", utc(entry.at()))
			.param("speaker", entry.speaker().name().toLowerCase(Locale.ROOT))
			.param("kind", entry.kind().wire())
			.param("client", entry.clientId())
			.param("text", entry.text())
			.param("picked", entry.value())
			.param("question", entry.question())
			.param("detail", entry.detail())
			.param("noted", noted)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Conversation conversation(ResultSet rs, int row) throws SQLException {
		return new Conversation(rs.getString("id"), rs.getString("booking_reference"), rs.getString("lang"),
				instant(rs, "started_at"), rs.getString("status"));
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getInt("seq"), instant(rs, "at"),
				Entry.Speaker.valueOf(rs.getString("speaker").toUpperCase(Locale.ROOT)),
				Entry.Kind.fromWire(rs.getString("kind")), rs.getString("client_id"), rs.getString("words"),
				rs.getString("picked"), rs.getString("question"), rs.getString("detail"));
	}

}
