package com.neckcheck.screening;

import java.util.ArrayList;
import java.util.List;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.Findings;

/**
 * Medication-overuse headache by ICHD-3 8.2, with the thresholds of dialogs/medication.yaml: headache on
 * enough days a month, acute medication at that level for more than the given months, and either one
 * class over its own threshold or (8.2.6) several classes adding up to the combined threshold.
 */
public final class MedicationOveruseRule {

	public record DrugClass(String finding, double atLeast, String label) {
	}

	public record Verdict(boolean overuse, List<String> classes) {
	}

	private final String headacheDaysFinding;

	private final double headacheDaysAtLeast;

	private final String monthsFinding;

	private final double monthsMoreThan;

	private final List<DrugClass> classes;

	private final double combinedAtLeast;

	private final int combinedMinClasses;

	public MedicationOveruseRule(String headacheDaysFinding, double headacheDaysAtLeast, String monthsFinding,
			double monthsMoreThan, List<DrugClass> classes, double combinedAtLeast, int combinedMinClasses) {
		this.headacheDaysFinding = headacheDaysFinding;
		this.headacheDaysAtLeast = headacheDaysAtLeast;
		this.monthsFinding = monthsFinding;
		this.monthsMoreThan = monthsMoreThan;
		this.classes = List.copyOf(classes);
		this.combinedAtLeast = combinedAtLeast;
		this.combinedMinClasses = combinedMinClasses;
	}

	public Verdict judge(Findings findings) {
		if (value(findings, headacheDaysFinding) < headacheDaysAtLeast
				|| value(findings, monthsFinding) <= monthsMoreThan) {
			return new Verdict(false, List.of());
		}
		List<String> over = new ArrayList<>();
		List<String> used = new ArrayList<>();
		double total = 0;
		for (DrugClass drugClass : classes) {
			double days = value(findings, drugClass.finding());
			if (days > 0) {
				used.add(drugClass.label());
				total += days;
			}
			if (days >= drugClass.atLeast()) {
				over.add(drugClass.label());
			}
		}
		if (!over.isEmpty()) {
			return new Verdict(true, List.copyOf(over));
		}
		if (used.size() >= combinedMinClasses && total >= combinedAtLeast) {
			return new Verdict(true, List.copyOf(used));
		}
		return new Verdict(false, List.of());
	}

	private static double value(Findings findings, String id) {
		return findings.get(id).map(Finding::value).orElse(0.0);
	}

}
