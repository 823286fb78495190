package com.neckcheck.dialog;

import java.util.LinkedHashSet;
import java.util.Set;

import java.util.List;
import java.util.Optional;

import com.neckcheck.finding.Condition;

/**
 * One scripted question, as loaded from dialogs/screening.yaml. {@code told}, for a text question, is a
 * finding set present when the visitor's words named anything. A {@code confirmOnly} question is never
 * asked in script order: it is the explicit question put to a visitor whose words hinted at a warning sign
 * without saying it plainly. An {@code always} question is asked whenever its condition holds, even when no
 * answer to it could change the outcome (the clinic wants it for the visit). A checklist with a {@code page}
 * shows at most that many of its items at a time, those still unknown whose answer could change the outcome
 * first, and comes back with the next page while such items remain: one long list of details is asked in as
 * few short pages as what is still open needs.
 */
public record Question(String id, String finding, QuestionKind kind, String section, String text, Condition when,
		List<Option> options, String unit, Double min, Double max, String told, boolean confirmOnly,
		boolean always, int page) {

	public static final String OPEN = "open";

	public static final String RED_FLAGS = "red_flags";

	/** The section of the questions that open the screening (the story), asked before anything else. */
	public static final String OPENING = "opening";

	/** The section of the question put after urgent advice: stop here, or go on for the doctor. */
	public static final String AFTER_URGENT = "after_urgent";

	public Question {
		options = List.copyOf(options);
	}

	/** Whether this checklist shows its items a page at a time. */
	public boolean paged() {
		return page > 0;
	}

	public Optional<Option> option(String value) {
		return options.stream().filter(o -> o.value().equals(value)).findFirst();
	}

	/** The findings that options of this question stand for (a checklist of findings), in option order. */
	public List<String> optionFindings() {
		return options.stream().map(Option::finding).filter(f -> f != null).toList();
	}

	/** Every finding an answer to this question establishes: its own, its options' and what they set. */
	public Set<String> establishes() {
		Set<String> findings = new LinkedHashSet<>();
		if (!OPEN.equals(finding)) {
			findings.add(finding);
		}
		options.forEach(o -> {
			if (o.finding() != null) {
				findings.add(o.finding());
			}
			findings.addAll(o.sets().keySet());
		});
		return findings;
	}

	public boolean opening() {
		return OPENING.equals(section);
	}

	public boolean afterUrgent() {
		return AFTER_URGENT.equals(section);
	}

	public boolean redFlagSection() {
		return RED_FLAGS.equals(section);
	}

}
