package com.neckcheck.knowledge;

import java.util.List;

/** The dialog files are broken; the message lists every problem with its file and line. */
public class DialogScriptException extends RuntimeException {

	private final List<String> problems;

	public DialogScriptException(List<String> problems) {
		super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the dialog files:\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
