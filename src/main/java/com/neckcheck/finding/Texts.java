package com.neckcheck.finding;

import java.util.Map;

/**
 * What the screener says besides its questions (dialogs/texts.yaml), by dotted key, with
 * {placeholders} filled in.
 */
public final class Texts {

	/**
	 * Keys the service uses; the loader refuses a texts file that lacks one. Each triage level, pattern and neck
	 * band has its visitor's text and its staff label, so adding one to its enum asks for its words here.
	 */
	public static final java.util.List<String> REQUIRED = java.util.stream.Stream.of(
			java.util.stream.Stream.of("greeting", "options.yes", "options.no", "options.unsure", "units.years",
					"units.days_per_month", "units.hours", "units.months", "units.score", "emergencyReminder", "resumed",
					"notUnderstood.yesno", "notUnderstood.choice", "notUnderstood.multi", "notUnderstood.scale",
					"notUnderstood.number", "notUnderstood.painmap", "notUnderstood.text", "finished", "urgentNow",
					"urgentAfterSummary", "noted", "corrected", "notedAbsent", "notedUnsure", "chance", "factorsFor",
					"factorsAgainst", "neckPainNote", "overuse", "notDiagnosis", "examination", "safetyNet",
					"redFlagsSeen", "askAgain", "confirmHeard", "confirmOneByOne", "questionForClinician"),
			java.util.Arrays.stream(TriageLevel.values())
				.flatMap(t -> java.util.stream.Stream.of("triage." + t.wire() + ".heading", "booking." + t.wire(),
						staffLabel(t))),
			java.util.Arrays.stream(HeadachePattern.values()).flatMap(p -> java.util.stream.Stream.of("pattern." + p.wire(), staffLabel(p))),
			java.util.Arrays.stream(NeckBand.values()).flatMap(b -> java.util.stream.Stream.of("neck." + b.wire(), staffLabel(b))))
		.flatMap(s -> s)
		.toList();

	/** The key of the short name staff see for a triage level ({@code staff.triage.urgent}). */
	public static String staffLabel(TriageLevel triage) {
		return "staff.triage." + triage.wire();
	}

	/** The key of the short name staff see for a pattern ({@code staff.pattern.migraine}). */
	public static String staffLabel(HeadachePattern pattern) {
		return "staff.pattern." + pattern.wire();
	}

	/** The key of the short name staff see for a neck band ({@code staff.band.high}). */
	public static String staffLabel(NeckBand band) {
		return "staff.band." + band.wire();
	}

	private final Map<String, String> byKey;

	public Texts(Map<String, String> byKey) {
		this.byKey = Map.copyOf(byKey);
	}

	public String get(String key, Object... namesAndValues) {
		String text = byKey.get(key);
		if (text == null) {
			throw new IllegalArgumentException("no text " + key);
		}
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
		}
		return text;
	}

	public boolean has(String key) {
		return byKey.containsKey(key);
	}

}
