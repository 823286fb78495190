package com.neckcheck.finding;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the conversation has established so far, in the order it was learned. A later answer replaces an
 * earlier one, except that a red flag, once suspected, is never downgraded: red flags always win.
 */
public final class Findings {

	private final Map<String, Finding> byId = new LinkedHashMap<>();

	private final FindingCatalogue catalogue;

	public Findings(FindingCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public Optional<Finding> get(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public boolean isKnown(String id) {
		return byId.containsKey(id);
	}

	public void record(Finding finding) {
		Finding previous = byId.get(finding.id());
		if (previous != null && catalogue.isRedFlag(finding.id())) {
			finding = finding.withStatus(FindingStatus.worst(previous.status(), finding.status()));
		}
		byId.put(finding.id(), finding);
		if (finding.status() == FindingStatus.ABSENT) {
			for (String stronger : catalogue.impliedBy(finding.id())) {
				if (!byId.containsKey(stronger)) {
					record(Finding.of(stronger, FindingStatus.ABSENT));
				}
			}
		}
	}

	public Collection<Finding> all() {
		return Collections.unmodifiableCollection(byId.values());
	}

}
