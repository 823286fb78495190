package com.neckcheck.finding;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A finding as the wire contract shows it in {@code noted} and {@code summary}. Offsets and the words it
 * came from are set only in {@code noted}. {@code items} is this project's extension (what was picked in
 * a multi question that does not stand for findings, such as the treatments tried).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WireFinding(String finding, String status, String text, Integer start, Integer end, String side,
		List<String> regions, Double value, List<String> items) {

	public static WireFinding of(Finding finding) {
		return new WireFinding(finding.id(), finding.status().wire(), null, null, null, finding.side(),
				finding.regions(), finding.value(), finding.items());
	}

}
