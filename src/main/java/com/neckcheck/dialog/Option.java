package com.neckcheck.dialog;

import java.util.Map;

import com.neckcheck.finding.FindingStatus;

/**
 * An answer a visitor can pick. In a multi question an option with a {@code finding} stands for that
 * finding (picked: present, not picked: absent); {@code sets} are further findings the option
 * establishes; an exclusive option ("None of these") cannot be combined with others.
 */
public record Option(String value, String label, String finding, Map<String, FindingStatus> sets, boolean exclusive) {

	public Option {
		sets = sets == null ? Map.of() : Map.copyOf(sets);
	}

}
