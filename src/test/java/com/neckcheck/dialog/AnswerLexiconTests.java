package com.neckcheck.dialog;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.finding.FindingStatus;
import com.neckcheck.knowledge.KnowledgeLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed answers, read with the shipped dialogs/answers.yaml. */
class AnswerLexiconTests {

	private static final AnswerLexicon lexicon = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/").lexicon();

	@Test
	void yesNoAndUnsureInEverydayWords() {
		for (String yes : new String[] { "yes", "Yeah", "yep!", "yeah mostly", "Sure.", "I do", "sometimes", "it does, yes" }) {
			assertThat(lexicon.yesNo(yes)).as(yes).contains(FindingStatus.PRESENT);
		}
		for (String no : new String[] { "no", "nope", "Nah", "not at all", "no never", "I don't", "I have not", "NO!" }) {
			assertThat(lexicon.yesNo(no)).as(no).contains(FindingStatus.ABSENT);
		}
		for (String unsure : new String[] { "not sure", "maybe", "I don't know", "idk", "not really", "kind of",
				"yes and no", "hmm hard to say", "no idea" }) {
			assertThat(lexicon.yesNo(unsure)).as(unsure).contains(FindingStatus.UNCERTAIN);
		}
		assertThat(lexicon.yesNo("purple elephants")).isEmpty();
		assertThat(lexicon.yesNo("")).isEmpty();
	}

	@Test
	void numbersInDigitsWordsRangesAndPhrases() {
		assertThat(lexicon.number("about 12", "days_per_month")).contains(12.0);
		assertThat(lexicon.number("12-15", "days_per_month")).contains(14.0);
		assertThat(lexicon.number("10 to 12 days", "days_per_month")).contains(11.0);
		assertThat(lexicon.number("twenty", "days_per_month")).contains(20.0);
		assertThat(lexicon.number("every day", "days_per_month")).contains(30.0);
		assertThat(lexicon.number("3 times a week", "days_per_month")).contains(13.0);
		// as a story reads it: twice x 4.3 weeks a month
		assertThat(lexicon.number("twice a week", "days_per_month")).contains(9.0);
		assertThat(lexicon.number("almost every day", "days_per_month")).contains(25.0);
		assertThat(lexicon.number("all day", "hours")).contains(24.0);
		assertThat(lexicon.number("30 minutes", "hours")).contains(0.5);
		assertThat(lexicon.number("2 days", "hours")).contains(48.0);
		assertThat(lexicon.number("for 2 years", "months")).contains(24.0);
		assertThat(lexicon.number("I'm 1,000 years old", "years")).contains(1000.0);
		assertThat(lexicon.number("a 7 out of 10", "score")).contains(7.0);
		assertThat(lexicon.number("no clue", "score")).isEqualTo(Optional.empty());
	}

}
