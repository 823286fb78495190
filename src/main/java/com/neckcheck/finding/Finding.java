package com.neckcheck.finding;

import java.util.List;
import java.util.Objects;

/**
 * One thing established about the visitor. {@code side}, {@code regions}, {@code value} and
 * {@code items} are optional and only set for findings whose catalogue entry carries them.
 */
public record Finding(String id, FindingStatus status, String side, List<String> regions, Double value,
		List<String> items) {

	public Finding {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(status, "status");
		regions = regions == null ? List.of() : List.copyOf(regions);
		items = items == null ? List.of() : List.copyOf(items);
	}

	public static Finding of(String id, FindingStatus status) {
		return new Finding(id, status, null, List.of(), null, List.of());
	}

	public Finding withStatus(FindingStatus newStatus) {
		return new Finding(id, newStatus, side, regions, value, items);
	}

	/** True when the finding holds the value as its side, one of its regions or one of its items. */
	public boolean has(String wanted) {
		return wanted.equals(side) || regions.contains(wanted) || items.contains(wanted);
	}

}
