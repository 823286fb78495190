package com.neckcheck.knowledge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the dialog problems plainly instead of a stack trace, for the clinic member who edited them. */
class DialogScriptFailureAnalyzer extends AbstractFailureAnalyzer<DialogScriptException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DialogScriptException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the dialog files at the lines named above (see docs/dialogs.md), then start NeckCheck again.",
				cause);
	}

}
