package com.neckcheck.screening;

import java.util.Map;
import java.util.Set;

/**
 * What the questions still to come could change: for each part of the outcome that is not settled yet, the
 * findings it waits on. A part that is absent is settled: no answer can change it.
 */
public record Outlook(Map<OutcomePart, Set<String>> waitingOn) {

	public Outlook {
		waitingOn = Map.copyOf(waitingOn);
	}

	public boolean settled(OutcomePart part) {
		return !waitingOn.containsKey(part);
	}

	public Set<String> waitingOn(OutcomePart part) {
		return waitingOn.getOrDefault(part, Set.of());
	}

}
