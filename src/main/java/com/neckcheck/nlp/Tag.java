package com.neckcheck.nlp;

import com.neckcheck.nlp.LexiconData.ContextRule;

/** What a phrase of the lexicon or of the context rules stands for. */
sealed interface Tag {

	record FindingTag(String finding) implements Tag {
	}

	record RegionTag(String region) implements Tag {
	}

	record SideTag(String side) implements Tag {
	}

	record DrugTag(String drugClass) implements Tag {
	}

	record HeavyUseTag() implements Tag {
	}

	record TriggerTag(ContextRule rule) implements Tag {
	}

	/** An opening that marks a reply as a correction ("no, it's ...", "actually"). */
	record CorrectionTag() implements Tag {
	}

}
