package com.neckcheck.transcript;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.TriageLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transcript store on its own, over a migrated in-memory database (no Spring context): entries come back
 * typed as stored, a message sent twice is stored once, a taken position is refused, an outcome keeps its
 * warning signs in their own rows, and booking clicks are counted.
 */
class TranscriptStoreTests {

	private static final String URL = "jdbc:h2:mem:store-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private static Connection keepAlive;

	private static JdbcClient jdbc;

	private static GroupCommit writes;

	private static TranscriptStore store;

	@BeforeAll
	static void migrate() throws SQLException {
		keepAlive = DriverManager.getConnection(URL, "sa", "");
		Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
		DriverManagerDataSource data = new DriverManagerDataSource(URL, "sa", "");
		jdbc = JdbcClient.create(data);
		writes = new GroupCommit(new DataSourceTransactionManager(data), new TranscriptProperties(8, null),
				new SimpleMeterRegistry());
		store = new TranscriptStore(jdbc, writes, new TranscriptProperties(8, null));
	}

	@AfterAll
	static void close() throws Exception {
		writes.destroy();
		keepAlive.close();
	}

	@Test
	void entriesComeBackTypedAndInOrder() {
		String id = conversation();
		Entry question = Entry.bot(1, NOW, Entry.Kind.BOT, "Does it start in your neck?", "q_starts_in_neck",
				"{\"ask\":{\"kind\":\"yesno\"}}");
		store.appendAll(id, List.of(question));
		Entry picked = Entry.visitor(2, NOW.plusSeconds(3), Entry.Kind.CHOICE, "m1", "Yes", "\"yes\"");
		Entry next = Entry.bot(3, NOW.plusSeconds(3), Entry.Kind.BOT, "On which side?", "q_side", null);
		assertThat(store.appendTurn(id, picked, "[{\"finding\":\"starts_in_neck\"}]", List.of(next), null))
			.isEqualTo(new TranscriptStore.Appended(2, false));
		Entry typed = Entry.visitor(4, NOW.plusSeconds(9), Entry.Kind.TEXT, "m2", "Rechts, hinterm Ohr – ü 😖 \u202e", null);
		store.appendTurn(id, typed, null, List.of(), null);

		assertThat(store.entries(id)).containsExactly(question, picked, next, typed);
		assertThat(store.entriesAfter(id, 2)).containsExactly(next, typed);
		assertThat(store.notedBySeq(id)).containsOnlyKeys(2);
		assertThat(store.storedSeq(id, "m2")).contains(4);
		assertThat(store.storedSeq(id, "m9")).isEmpty();
	}

	@Test
	void aMessageSentTwiceIsStoredOnceAndAnotherAtATakenPlaceIsRefused() {
		String id = conversation();
		Entry said = Entry.visitor(1, NOW, Entry.Kind.TEXT, "m1", "my head hurts", null);
		store.appendTurn(id, said, null, List.of(Entry.bot(2, NOW, Entry.Kind.BOT, "Since when?", "q_onset", null)), null);

		Entry resent = Entry.visitor(3, NOW.plusSeconds(2), Entry.Kind.TEXT, "m1", "my head hurts", null);
		assertThat(store.appendTurn(id, resent, null, List.of(), null)).isEqualTo(new TranscriptStore.Appended(1, true));
		assertThat(store.entries(id)).hasSize(2);

		Entry other = Entry.visitor(2, NOW.plusSeconds(2), Entry.Kind.TEXT, "m2", "two weeks", null);
		assertThatThrownBy(() -> store.appendTurn(id, other, null, List.of(), null))
			.isInstanceOf(StaleConversationException.class);
		assertThatThrownBy(() -> store.appendAll(id, List.of(Entry.bot(1, NOW, Entry.Kind.BOT, "again", null, null))))
			.isInstanceOf(StaleConversationException.class);
	}

	@Test
	void anOutcomeKeepsItsWarningSignsInTheirOwnRowsAndALaterOneReplacesThem() {
		String id = conversation();
		Outcome urgent = new Outcome(TriageLevel.URGENT, HeadachePattern.UNCLEAR, NeckBand.LOW, 0.12, false,
				List.of("fever", "new_headache"));
		store.complete(id, List.of(Entry.bot(1, NOW, Entry.Kind.SUMMARY, "See a doctor today", null, "{}")), urgent);
		assertThat(redFlags(id)).containsExactly("fever", "new_headache");
		assertThat(store.findById(id)).get().extracting(Conversation::status).isEqualTo(Conversation.COMPLETED);
		assertThat(jdbc.sql("SELECT triage || '/' || pattern || '/' || neck_band FROM conversation WHERE id = ?")
			.param(id).query(String.class).single()).isEqualTo("urgent/unclear/low");

		Outcome emergency = new Outcome(TriageLevel.EMERGENCY, HeadachePattern.UNCLEAR, NeckBand.LOW, 0.12, false,
				List.of("thunderclap"));
		store.complete(id, List.of(Entry.bot(2, NOW, Entry.Kind.SUMMARY, "Call 911 now", null, "{}")), emergency);
		assertThat(redFlags(id)).containsExactly("thunderclap");
	}

	@Test
	void theLastActivityIsRewrittenOncePerMinuteAndExactlyAtTheEnd() {
		String id = conversation();
		Instant recent = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
		setUpdated(id, recent);
		store.appendTurn(id, Entry.visitor(1, NOW, Entry.Kind.TEXT, "m1", "my head hurts", null), null,
				List.of(Entry.bot(2, NOW, Entry.Kind.BOT, "Since when?", "q_onset", null)), null);
		assertThat(updated(id)).as("ten seconds old: left as it is").isEqualTo(recent);

		setUpdated(id, Instant.now().minusSeconds(61));
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		store.appendTurn(id, Entry.visitor(3, NOW, Entry.Kind.TEXT, "m2", "two weeks", null), null, List.of(), null);
		assertThat(updated(id)).as("over a minute old: rewritten").isAfterOrEqualTo(before);

		// written before by a node whose clock ran an hour ahead
		setUpdated(id, Instant.now().plusSeconds(3600));
		Instant end = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		store.complete(id, List.of(Entry.bot(4, NOW, Entry.Kind.SUMMARY, "Done", null, "{}")),
				new Outcome(TriageLevel.ROUTINE, HeadachePattern.UNCLEAR, NeckBand.LOW, 0.12, false, List.of()));
		assertThat(updated(id)).as("the end of a screening: exact").isAfterOrEqualTo(end)
			.isBefore(Instant.now().plusSeconds(1));
	}

	private static void setUpdated(String id, Instant at) {
		jdbc.sql("UPDATE conversation SET updated_at = ? WHERE id = ?").params(at.atOffset(java.time.ZoneOffset.UTC), id).update();
	}

	private static Instant updated(String id) {
		return jdbc.sql("SELECT updated_at FROM conversation WHERE id = ?").param(id)
			.query(java.time.OffsetDateTime.class).single().toInstant();
	}

	@Test
	void bookingClicksAreCountedAndTheFirstTimeKept() {
		String id = conversation();
		String reference = store.findById(id).orElseThrow().bookingReference();
		assertThat(store.recordBookingClick(reference, NOW)).isTrue();
		assertThat(store.recordBookingClick(reference, NOW.plusSeconds(60))).isTrue();
		assertThat(jdbc.sql("SELECT booking_clicks FROM conversation WHERE id = ?").param(id).query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT booking_clicked_at FROM conversation WHERE id = ?").param(id)
			.query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(NOW);
		assertThat(store.recordBookingClick("NC-NOBODY", NOW)).isFalse();
	}

	@Test
	void aConversationIsFoundByItsTokenHashOnly() {
		String id = conversation();
		assertThat(store.findByTokenHash("hash-" + id)).get().extracting(Conversation::id).isEqualTo(id);
		assertThat(store.findByTokenHash(id)).isEmpty();
	}

	private static String conversation() {
		String id = UUID.randomUUID().toString();
		store.create(id, "hash-" + id, "NC-" + id.substring(0, 8).toUpperCase(), "en", NOW);
		return id;
	}

	private static List<String> redFlags(String id) {
		return jdbc.sql("SELECT finding FROM conversation_red_flag WHERE conversation_id = ? ORDER BY finding")
			.param(id).query(String.class).list();
	}

}
