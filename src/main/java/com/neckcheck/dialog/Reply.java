package com.neckcheck.dialog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.neckcheck.screening.Summary;

/** What the screener answers: something it says (maybe asking a question), or the final summary. */
public sealed interface Reply {

	/**
	 * {@code alert} marks the advice told at once when a warning sign is heard, during the screening or after
	 * its summary, so a client can show it as a warning with the number to call rather than as a plain line.
	 */
	record Say(String text, Ask ask, Progress progress, Alert alert) implements Reply {

		public Say(String text, Ask ask, Progress progress) {
			this(text, ask, progress, null);
		}

	}

	/** {@code level}: {@code emergency} or {@code urgent}; {@code call}: the emergency number. */
	record Alert(String level, String call) {
	}

	record End(Summary summary) implements Reply {
	}

	/**
	 * The wire contract's {@code ask}; {@code question}, {@code min}, {@code max}, {@code unit},
	 * {@code unitLabel}, {@code selected} and {@code side} are this project's extensions. A pain map carries
	 * the regions and the side the visitor has already told, for the visitor to confirm rather than enter again.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Ask(String question, String finding, String kind, List<AskOption> options, Double min, Double max,
			String unit, String unitLabel, List<String> selected, String side) {
	}

	/** {@code exclusive} (an extension, true or absent): an option such as "None of these" that stands alone. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AskOption(String value, String label, Boolean exclusive) {

		AskOption(String value, String label) {
			this(value, label, null);
		}

	}

	record Progress(int step, int of) {
	}

}
