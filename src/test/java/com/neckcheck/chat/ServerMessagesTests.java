package com.neckcheck.chat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.neckcheck.transcript.Entry;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A turn's replies are framed without parsing their detail again, and come out as the stored entries' frames do. */
class ServerMessagesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ServerMessages messages = new ServerMessages(JSON);

	@Test
	void aFreshReplyIsTheSameFrameAsItsStoredEntry() {
		Instant now = Instant.parse("2026-12-04T10:00:00Z");
		List<Entry> entries = List.of(
				Entry.bot(3, now, Entry.Kind.BOT, "Where does it start? \"Point\" to it – ü 😖", "q_where",
						"{\"ask\":{\"kind\":\"painmap\",\"question\":\"q_where\",\"options\":[{\"value\":\"occiput\",\"label\":\"Back of the head\"}]},"
								+ "\"progress\":{\"step\":3,\"of\":12},\"alert\":{\"level\":\"urgent\",\"text\":\"See a doctor today\"}}"),
				Entry.bot(4, now, Entry.Kind.BOT, "Thanks, noted.", null, null),
				Entry.bot(5, now, Entry.Kind.BOT, "Thanks, noted.", null, "{}"),
				Entry.bot(6, now, Entry.Kind.SUMMARY, "See a doctor today", null,
						"{\"triage\":\"urgent\",\"text\":\"This is not a diagnosis.\",\"factors\":[]}"));
		for (Entry entry : entries) {
			assertThat(JSON.readTree(messages.freshFrame(entry))).as("entry %d", entry.seq())
				.isEqualTo(JSON.readTree(messages.frame(entry)));
		}
	}

}
