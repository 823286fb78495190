package com.neckcheck.finding;

import java.util.Map;

/**
 * What the screener says besides its questions (dialogs/texts.yaml), by dotted key, with
 * {placeholders} filled in.
 */
public final class Texts {

	/** Keys the service uses; the loader refuses a texts file that lacks one. */
	public static final java.util.List<String> REQUIRED = java.util.List.of("greeting", "options.yes", "options.no", "options.unsure", "units.years", "units.days_per_month", "units.hours", "units.months", "units.score", "emergencyReminder", "resumed",
			"notUnderstood.yesno", "notUnderstood.choice", "notUnderstood.multi", "notUnderstood.scale",
			"notUnderstood.number", "notUnderstood.painmap", "notUnderstood.text", "finished", "urgentNow", "urgentAfterSummary", "noted", "corrected", "notedAbsent", "notedUnsure",
			"triage.emergency.heading", "triage.urgent.heading", "triage.routine.heading", "pattern.cervicogenic",
			"pattern.occipital_neuralgia", "pattern.migraine", "pattern.tension_type", "pattern.mixed",
			"pattern.unclear", "neck.high", "neck.moderate", "neck.low", "chance", "factorsFor", "factorsAgainst",
			"neckPainNote", "overuse", "notDiagnosis", "examination", "safetyNet", "booking.routine", "booking.urgent",
			"booking.emergency", "redFlagsSeen");

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
