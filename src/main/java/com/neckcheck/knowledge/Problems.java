package com.neckcheck.knowledge;

import java.util.ArrayList;
import java.util.List;

/** The problems found in the dialog files, each as "file:line: message". */
final class Problems {

	private final List<String> messages = new ArrayList<>();

	void add(String file, int line, String message) {
		messages.add(file + ":" + line + ": " + message);
	}

	int size() {
		return messages.size();
	}

	boolean isEmpty() {
		return messages.isEmpty();
	}

	void throwIfAny() {
		if (!messages.isEmpty()) {
			throw new DialogScriptException(messages);
		}
	}

}
