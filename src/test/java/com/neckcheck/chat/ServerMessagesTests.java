package com.neckcheck.chat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.neckcheck.dialog.Reply;
import com.neckcheck.transcript.Entry;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A turn's replies are framed without parsing their detail again, and come out as the stored entries' frames do. */
class ServerMessagesTests {

	/** Refuses a frame with a key twice, which a tree comparison would not notice. */
	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
		Reply.Say question = new Reply.Say("Where does it start? \"Point\" to it", new Reply.Ask("q_where", "region", "painmap",
				List.of(new Reply.AskOption("occiput", "Back of the head", null), new Reply.AskOption("none", "None", true)), 0.0,
				10.0, null, null, List.of("occiput"), "left"), new Reply.Progress(3, 12), new Reply.Alert("urgent", "911"));
		Reply.Say plain = new Reply.Say("Thanks, noted.", null, null, null);
		entries = new java.util.ArrayList<>(entries);
		entries.add(Entry.bot(7, now, Entry.Kind.BOT, question.text(), "q_where", messages.detail(question)));
		entries.add(Entry.bot(8, now, Entry.Kind.BOT, plain.text(), null, messages.detail(plain)));
		for (Entry entry : entries) {
			assertThat(JSON.readTree(messages.freshFrame(entry))).as("entry %d", entry.seq())
				.isEqualTo(JSON.readTree(messages.frame(entry)));
		}
	}

}
