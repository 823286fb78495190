package com.neckcheck.dialog;

import java.util.List;

import com.neckcheck.finding.Finding;
import com.neckcheck.nlp.Mention;

/** Lets tests outside the package fold mentions the way the dialog engine does. */
public final class MentionsForTests {

	private MentionsForTests() {
	}

	public static List<Finding> merge(List<Mention> mentions) {
		return Mentions.merge(mentions, Dialogs.KNOWLEDGE.catalogue()::isRedFlag);
	}

}
