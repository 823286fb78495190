package com.neckcheck.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.neckcheck.transcript.Entry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored transcript entries into what a reviewer reads: who
 * said what and when, a picked option by its label, the findings the language pipeline noted in each visitor
 * message with their offsets, and the summary. The console renders all of it as text.
 */
@Component
class TranscriptView {

	/**
	 * One line of the transcript. {@code text} is what was typed or said; for a picked option, {@code value} is
	 * what was sent and {@code text} its label. {@code noted} holds the findings with {@code start}/{@code end}
	 * offsets into {@code text} (typed messages only).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Line(int seq, Instant at, String speaker, String kind, String text, JsonNode value, String question,
			JsonNode noted) {
	}

	private final JsonMapper json;

	TranscriptView(JsonMapper json) {
		this.json = json;
	}

	List<Line> lines(List<Entry> entries, Map<Integer, String> notedBySeq) {
		List<Line> lines = new ArrayList<>();
		JsonNode lastAsk = null;
		for (Entry entry : entries) {
			String speaker = entry.speaker().name().toLowerCase(Locale.ROOT);
			if (entry.speaker() == Entry.Speaker.BOT) {
				if (entry.question() != null && entry.detail() != null) {
					lastAsk = json.readTree(entry.detail()).get("ask");
				}
				lines.add(new Line(entry.seq(), entry.at(), speaker, entry.kind().wire(), entry.text(), null,
						entry.question(), null));
			}
			else {
				String noted = notedBySeq.get(entry.seq());
				JsonNode findings = noted == null ? null : json.readTree(noted);
				if (entry.value() == null) {
					lines.add(new Line(entry.seq(), entry.at(), speaker, "text", entry.text() == null ? "" : entry.text(),
							null, null, findings));
				}
				else {
					JsonNode value = json.readTree(entry.value());
					lines.add(new Line(entry.seq(), entry.at(), speaker, "choice", labels(lastAsk, value), value, null,
							findings));
				}
			}
		}
		return lines;
	}

	/** The summary given last (a red flag after the summary gives a new one). */
	JsonNode summary(List<Entry> entries) {
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (entries.get(i).kind() == Entry.Kind.SUMMARY && entries.get(i).detail() != null) {
				return json.readTree(entries.get(i).detail());
			}
		}
		return null;
	}

	/** The option labels of a picked value, as the visitor saw them; the raw value when no option matches. */
	private static String labels(JsonNode ask, JsonNode value) {
		if (value == null) {
			return "";
		}
		List<String> picked = new ArrayList<>();
		if (value.isArray()) {
			value.forEach(v -> picked.add(label(ask, v)));
			return picked.isEmpty() ? "(none)" : String.join(", ", picked);
		}
		return label(ask, value);
	}

	private static String label(JsonNode ask, JsonNode value) {
		if (ask != null) {
			for (JsonNode option : ask.path("options")) {
				if (option.path("value").asString("").equals(value.asString(""))) {
					return option.path("label").asString(value.asString(""));
				}
			}
		}
		return value.isNumber() ? value.asString() : value.asString("");
	}

}
