package com.neckcheck.dialog;

import java.util.List;
import java.util.stream.Collectors;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Texts;

/** "I noted: ..." in the visitor's words' meaning, so they can correct what the screener understood. */
final class NotedText {

	private final FindingCatalogue catalogue;

	private final Texts texts;

	NotedText(FindingCatalogue catalogue, Texts texts) {
		this.catalogue = catalogue;
		this.texts = texts;
	}

	String of(List<Finding> findings, boolean correction) {
		String list = findings.stream().map(this::describe).distinct().collect(Collectors.joining("; "));
		return texts.get(correction ? "corrected" : "noted", "findings", list);
	}

	private String describe(Finding finding) {
		String label = catalogue.label(finding.id());
		StringBuilder text = new StringBuilder(label);
		if (finding.side() != null) {
			text.append(" (").append(finding.side()).append(')');
		}
		if (!finding.regions().isEmpty()) {
			text.append(": ").append(finding.regions().stream().map(catalogue::regionLabel).collect(Collectors.joining(", ")));
		}
		if (finding.value() != null) {
			double value = finding.value();
			text.append(": ").append(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
		}
		if (finding.status() == FindingStatus.ABSENT) {
			return texts.get("notedAbsent", "label", text);
		}
		if (finding.status() == FindingStatus.UNCERTAIN) {
			return texts.get("notedUnsure", "label", text);
		}
		return text.toString();
	}

}
