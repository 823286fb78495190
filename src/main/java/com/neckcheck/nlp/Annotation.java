package com.neckcheck.nlp;

import java.util.List;

/** A run of tokens of one sentence that the lexicon or a rule named. */
record Annotation(int from, int to, List<Tag> tags) {

	boolean has(Class<? extends Tag> type) {
		return tags.stream().anyMatch(type::isInstance);
	}

}
