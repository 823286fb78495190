package com.neckcheck.transcript;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only a write to an erased conversation becomes "conversation gone"; any other broken rule reaches the
 * caller as what it is, with its cause, instead of being mistaken for an erasure.
 */
@ChatServerTest
class TranscriptStoreErrorTests {

	@Autowired
	TranscriptStore store;

	@Test
	void aWriteToAConversationThatIsNoLongerStoredIsConversationGone() {
		Entry said = Entry.visitor(1, Instant.now(), Entry.Kind.TEXT, "m1", "my head", null);
		assertThatThrownBy(() -> store.appendTurn(UUID.randomUUID().toString(), said, null, List.of(), null))
			.isInstanceOf(ConversationGoneException.class)
			.hasCauseInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anyOtherBrokenRuleIsRethrownWithItsCause() {
		String id = UUID.randomUUID().toString();
		store.create(id, "hash-" + id, "NC-" + id.substring(0, 8), "en", Instant.now());
		Entry tooLongId = Entry.visitor(1, Instant.now(), Entry.Kind.TEXT, "m".repeat(500), "my head", null);
		assertThatThrownBy(() -> store.appendTurn(id, tooLongId, null, List.of(), null))
			.isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOf(ConversationGoneException.class)
			.hasRootCauseInstanceOf(java.sql.SQLException.class);
		Entry reply = Entry.bot(1, Instant.now(), Entry.Kind.BOT, "x".repeat(80), "q".repeat(500), null);
		assertThatThrownBy(() -> store.appendAll(id, List.of(reply))).isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOf(ConversationGoneException.class);
	}

}
