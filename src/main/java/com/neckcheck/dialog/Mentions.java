package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.nlp.Mention;

/**
 * Folds the mentions of one message into one finding per id: the last status (for a warning sign the
 * strongest: "yes my arm went numb, no trouble speaking" keeps the deficit), every region, the first side.
 */
final class Mentions {

	private Mentions() {
	}

	static List<Finding> merge(List<Mention> mentions, Predicate<String> warningSign) {
		Map<String, Finding> byId = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			Finding next = mention.finding();
			Finding previous = byId.get(next.id());
			if (previous == null) {
				byId.put(next.id(), next);
				continue;
			}
			Set<String> regions = new LinkedHashSet<>(previous.regions());
			regions.addAll(next.regions());
			Set<String> items = new LinkedHashSet<>(previous.items());
			items.addAll(next.items());
			FindingStatus status = warningSign.test(next.id())
					? FindingStatus.worst(previous.status(), next.status()) : next.status();
			byId.put(next.id(), new Finding(next.id(), status, previous.side() != null ? previous.side() : next.side(),
					new ArrayList<>(regions), next.value() != null ? next.value() : previous.value(), new ArrayList<>(items)));
		}
		return new ArrayList<>(byId.values());
	}

}
