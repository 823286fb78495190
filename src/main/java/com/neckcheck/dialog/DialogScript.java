package com.neckcheck.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ordered questions of the screening. */
public final class DialogScript {

	private final List<Question> questions;

	private final Map<String, Question> byId = new LinkedHashMap<>();

	public DialogScript(List<Question> questions) {
		this.questions = List.copyOf(questions);
		this.questions.forEach(q -> byId.put(q.id(), q));
	}

	public List<Question> questions() {
		return questions;
	}

	public Question question(String id) {
		Question question = byId.get(id);
		if (question == null) {
			throw new IllegalArgumentException("no question " + id);
		}
		return question;
	}

}
