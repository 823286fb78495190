package com.neckcheck.visit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A screening as a clinician reads it before the visit: the facts first, each where staff expect it, then the
 * screener's outcome and the structures worth examining. Numbers are null when the visitor did not give them.
 *
 * @param age in years
 * @param side left, right, both or alternating
 * @param regions the pain map and the regions named in the visitor's words, by id with their labels
 * @param headacheDays headache days a month
 * @param attackHours how long an attack lasts, in hours
 * @param severity 0 to 10 at worst
 * @param sections the yes/no findings under the headings of dialogs/intake.yaml
 * @param medicines every class of acute medicine, with its days a month against its ICHD-3 8.2 threshold
 * @param treatments the treatments tried, by label; null when not asked
 * @param warningSigns every warning sign of the catalogue, with the answer and where it came from
 * @param outcome the screener's triage, pattern, likelihood and factors
 * @param examine the structures to consider examining, most likely first (staff only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Intake(Double age, String side, List<Region> regions, Double headacheDays, Double attackHours,
		Double severity, List<Section> sections, List<Medicine> medicines, Overuse overuse, List<String> treatments,
		List<WarningSign> warningSigns, Outcome outcome, List<Structure> examine) {

	public record Region(String id, String label) {
	}

	public record Item(String finding, String label, Answer answer) {
	}

	public record Section(String id, String label, List<Item> items) {
	}

	/** One class of acute medicine: taken or not, on how many days a month, against its threshold. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Medicine(String label, Answer takes, Double daysPerMonth, double threshold, boolean atOrOver) {
	}

	/** The overuse verdict and, when suspected, the criteria it met in words. */
	public record Overuse(boolean suspected, String criteria) {
	}

	/**
	 * A warning sign: the answer, the visitor's own words it was heard in (null when none) and the question
	 * that settled it (null when none did).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record WarningSign(String finding, String label, Answer answer, String words, String question) {
	}

	/** The screener's outcome as the visitor was told it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Outcome(String triage, String pattern, Double probability, String band, List<Factor> factors) {
	}

	public record Factor(String label, double weight) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Structure(String label, String side, String reason, String source) {
	}

}
