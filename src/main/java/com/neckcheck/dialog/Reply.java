package com.neckcheck.dialog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.neckcheck.screening.Summary;

/** What the screener answers: something it says (maybe asking a question), or the final summary. */
public sealed interface Reply {

	record Say(String text, Ask ask, Progress progress) implements Reply {
	}

	record End(Summary summary) implements Reply {
	}

	/**
	 * The wire contract's {@code ask}; {@code question}, {@code min}, {@code max}, {@code unit},
	 * {@code selected} and {@code side} are this project's extensions. A pain map carries the regions and the
	 * side the visitor has already told, for the visitor to confirm rather than enter again.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Ask(String question, String finding, String kind, List<AskOption> options, Double min, Double max,
			String unit, List<String> selected, String side) {

		Ask(String question, String finding, String kind, List<AskOption> options, Double min, Double max,
				String unit) {
			this(question, finding, kind, options, min, max, unit, null, null);
		}

	}

	record AskOption(String value, String label) {
	}

	record Progress(int step, int of) {
	}

}
