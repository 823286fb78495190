package com.neckcheck.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

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

	/**
	 * The open findings the verdict waits on, or none when it is settled: too few headache days or too few
	 * months told settle it as no overuse; a class told over its threshold with both criteria met settles it
	 * as overuse; otherwise every open count among them could still tip it.
	 */
	public Set<String> waitingOn(Findings findings, Predicate<String> open) {
		boolean daysOpen = isOpen(findings, open, headacheDaysFinding);
		boolean monthsOpen = isOpen(findings, open, monthsFinding);
		if (!daysOpen && value(findings, headacheDaysFinding) < headacheDaysAtLeast
				|| !monthsOpen && value(findings, monthsFinding) <= monthsMoreThan) {
			return Set.of();
		}
		boolean overOne = classes.stream().anyMatch(c -> value(findings, c.finding()) >= c.atLeast());
		if (!daysOpen && !monthsOpen && overOne) {
			return Set.of();
		}
		Set<String> waiting = new LinkedHashSet<>();
		if (daysOpen) {
			waiting.add(headacheDaysFinding);
		}
		if (monthsOpen) {
			waiting.add(monthsFinding);
		}
		if (!overOne) {
			classes.stream().map(DrugClass::finding).filter(id -> isOpen(findings, open, id)).forEach(waiting::add);
		}
		boolean onlyCriteriaLeft = waiting.stream().allMatch(id -> id.equals(headacheDaysFinding) || id.equals(monthsFinding));
		if (onlyCriteriaLeft && !overOne && !judgeWithCriteriaMet(findings)) {
			// nothing taken at an overuse level, and no count of it left to ask: A and B cannot make it overuse
			return Set.of();
		}
		return waiting;
	}

	/** The findings the rule reads. */
	public Set<String> reads() {
		Set<String> read = new LinkedHashSet<>(List.of(headacheDaysFinding, monthsFinding));
		classes.forEach(c -> read.add(c.finding()));
		return read;
	}

	private boolean judgeWithCriteriaMet(Findings findings) {
		double total = 0;
		int used = 0;
		for (DrugClass drugClass : classes) {
			double days = value(findings, drugClass.finding());
			if (days > 0) {
				used++;
				total += days;
			}
		}
		return used >= combinedMinClasses && total >= combinedAtLeast;
	}

	private static boolean isOpen(Findings findings, Predicate<String> open, String id) {
		return findings.get(id).isEmpty() && open.test(id);
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

	/** The classes of acute medicine the rule counts, each with its threshold. */
	public List<DrugClass> classes() {
		return classes;
	}

	/**
	 * The ICHD-3 8.2 criteria a suspected overuse met, in words for staff: the headache days (A), the months
	 * (B), and the classes at or over their thresholds, or the classes counted together (8.2.6). Null when
	 * the verdict is no overuse.
	 */
	public String criteriaMet(Findings findings) {
		Verdict verdict = judge(findings);
		if (!verdict.overuse()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		parts.add(String.format(Locale.ROOT, "headache on %s days a month (A: at least %s)",
				number(value(findings, headacheDaysFinding)), number(headacheDaysAtLeast)));
		parts.add(String.format(Locale.ROOT, "acute medicines for %s months (B: more than %s)",
				number(value(findings, monthsFinding)), number(monthsMoreThan)));
		boolean oneOver = classes.stream().anyMatch(c -> value(findings, c.finding()) >= c.atLeast());
		for (DrugClass drugClass : classes) {
			double days = value(findings, drugClass.finding());
			if (oneOver ? days >= drugClass.atLeast() : days > 0) {
				parts.add(String.format(Locale.ROOT, "%s on %s days a month (at least %s)", drugClass.label(),
						number(days), number(drugClass.atLeast())));
			}
		}
		if (!oneOver) {
			parts.add(String.format(Locale.ROOT, "several classes together (8.2.6: at least %s days)",
					number(combinedAtLeast)));
		}
		return String.join("; ", parts);
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static double value(Findings findings, String id) {
		return findings.get(id).map(Finding::value).orElse(0.0);
	}

}
