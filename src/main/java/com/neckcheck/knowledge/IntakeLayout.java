package com.neckcheck.knowledge;

import java.util.List;

/**
 * How the pre-visit intake groups the yes/no findings (dialogs/intake.yaml): headings, each with its findings
 * in the order staff read them, and the findings that hold its own facts.
 */
public record IntakeLayout(List<Section> sections, Facts facts) {

	public IntakeLayout {
		sections = List.copyOf(sections);
	}

	/** The findings that hold the intake's own facts (the catalogue's ids may change; the intake's places do not). */
	public record Facts(String age, String side, String regions, String headacheDays, String attackHours,
			String severity, String treatments) {
	}

	public record Section(String id, String label, List<String> findings) {

		public Section {
			findings = List.copyOf(findings);
		}

	}

}
