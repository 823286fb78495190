package com.neckcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.finding.Finding;
import com.neckcheck.nlp.Extractors;
import com.neckcheck.nlp.Mention;

/**
 * The number words and the "how often" phrases are one table (lexicon.yaml, numbers): a story and a reply to a
 * number question read each of them as the same number.
 */
class NumberTableTests {

	private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/");

	@Test
	void everyHowOftenPhraseIsTheSameNumberInAStoryAndInAReply() {
		Map<String, Double> phrases = KNOWLEDGE.language().numbers().daysAMonth();
		assertThat(phrases).containsEntry("almost every day", 25.0).containsKey("every other day");
		phrases.forEach((phrase, days) -> {
			assertThat(told("I get these headaches " + phrase + ", it's wearing me down.", "headache_days"))
				.as("story: %s", phrase).contains(days);
			assertThat(KNOWLEDGE.lexicon().number(phrase, "days_per_month")).as("reply: %s", phrase).contains(days);
		});
	}

	@Test
	void everyNumberWordIsTheSameNumberInAStoryAndInAReply() {
		Map<String, Double> words = KNOWLEDGE.language().numbers().words();
		assertThat(words).containsEntry("a dozen", 12.0).containsEntry("few", 3.0);
		words.forEach((word, value) -> {
			String digits = String.valueOf(value.intValue());
			for (String story : List.of("My headaches come %s days a month.", "The headaches last %s hours, then ease off.",
					"I've been taking ibuprofen for them for %s years.")) {
				List<String> withDigits = read(story.formatted(digits));
				assertThat(withDigits).as("story with digits: " + story, digits).isNotEmpty();
				assertThat(read(story.formatted(word))).as("story: " + story, word).isEqualTo(withDigits);
			}
			assertThat(KNOWLEDGE.lexicon().number(word, "days_per_month")).as("reply: %s", word).contains(value);
		});
		KNOWLEDGE.language().numbers().times().forEach((word, value) -> {
			assertThat(told("I get them " + word + " a week.", "headache_days")).as("story: %s a week", word)
				.contains((double) Math.round(value * 4.3));
			assertThat(KNOWLEDGE.lexicon().number(word + " a week", "days_per_month")).as("reply: %s a week", word)
				.contains((double) Math.round(value * 4.3));
			assertThat(KNOWLEDGE.lexicon().number(word + " it peaks", "score")).as("'%s' is no score", word).isEmpty();
		});
		assertThat(told("My headaches come a dozen days a month.", "headache_days")).contains(12.0);
		assertThat(told("The headaches last a few hours, then ease off.", "attack_hours")).contains(3.0);
		assertThat(told("Twice a month, no more.", "headache_days")).contains(2.0);
		assertThat(told("once a month maybe", "headache_days")).contains(1.0);
	}

	@Test
	void answerOnlyWordsAreNotCountsInAStory() {
		assertThat(KNOWLEDGE.lexicon().number("none", "days_per_month")).contains(0.0);
		assertThat(KNOWLEDGE.lexicon().number("half", "hours")).contains(0.5);
		// were "none" or "half" story numbers, these would be 0 and 2 days a month, and half an hour
		assertThat(told("My headaches: some months none a month, other months half a week.", "headache_days")).isEmpty();
		assertThat(told("The headaches last half hours at most.", "attack_hours")).isEmpty();
	}

	@Test
	void wordsAroundANumberOfHoursThatSayWhenNotHowLong() {
		assertThat(told("I've had a headache these last 12 hours.", "attack_hours")).isEmpty();
		assertThat(told("My headache eased over the next few hours.", "attack_hours")).isEmpty();
		assertThat(told("With the headaches I get very few hours of sleep.", "attack_hours")).isEmpty();
		assertThat(told("My headaches last 12 hours.", "attack_hours")).contains(12.0);
		assertThat(told("They last about 12 hours, the headaches.", "attack_hours")).contains(12.0);
	}

	/**
	 * The numbers a story tells, by finding (the words around a number may sway the trained name finder, which
	 * is not what this test is about).
	 */
	private static List<String> read(String story) {
		return Extractors.shipped().extract(story).stream().filter(m -> m.finding().value() != null)
			.map(m -> m.finding().id() + "=" + m.finding().value())
			.sorted().toList();
	}

	private static Optional<Double> told(String story, String finding) {
		return Extractors.shipped().extract(story).stream().map(Mention::finding)
			.filter(f -> f.id().equals(finding)).map(Finding::value).findFirst();
	}

}
