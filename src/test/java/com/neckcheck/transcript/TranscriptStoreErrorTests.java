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
		Entry said = new Entry(1, Instant.now(), Entry.Speaker.VISITOR, "text", "m1", "{}");
		assertThatThrownBy(() -> store.appendTurn(UUID.randomUUID().toString(), said, null, List.of(), null))
			.isInstanceOf(ConversationGoneException.class)
			.hasCauseInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anyOtherBrokenRuleIsRethrownWithItsCause() {
		String id = UUID.randomUUID().toString();
		store.create(id, "hash-" + id, "NC-" + id.substring(0, 8), "en", Instant.now());
		Entry tooLongKind = new Entry(1, Instant.now(), Entry.Speaker.VISITOR, "k".repeat(100), "m1", "{}");
		assertThatThrownBy(() -> store.appendTurn(id, tooLongKind, null, List.of(), null))
			.isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOf(ConversationGoneException.class)
			.hasRootCauseInstanceOf(java.sql.SQLException.class);
		Entry reply = new Entry(1, Instant.now(), Entry.Speaker.BOT, "k".repeat(100), null, "{}");
		assertThatThrownBy(() -> store.appendAll(id, List.of(reply))).isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOf(ConversationGoneException.class);
	}

}
