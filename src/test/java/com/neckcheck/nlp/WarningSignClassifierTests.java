package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.knowledge.KnowledgeLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence classifier hears a warning sign told in words no phrase list holds, and its guess is only
 * ever unsure, never in a sentence that denies the sign, gives it to someone else, worries about it or puts
 * it in the past. The sentences here are in none of dialogs/: they stand for visitors nobody wrote rules for.
 */
class WarningSignClassifierTests {

	private static Set<String> warningSigns() {
		FindingCatalogue catalogue = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/").catalogue();
		return catalogue.ids().stream().filter(catalogue::isRedFlag).collect(Collectors.toSet());
	}

	private static List<Mention> read(String text) {
		return Extractors.shipped().extract(text);
	}

	@Test
	void theBuildsModelWasTrainedOnTheShippedCorpusAndSigns() throws IOException {
		try (InputStream key = WarningSignClassifier.class.getResourceAsStream(WarningSignClassifier.PREBUILT_KEY)) {
			assertThat(key).as("the build's prebuilt classifier (exec-maven-plugin, process-classes)").isNotNull();
			assertThat(new String(key.readAllBytes(), StandardCharsets.US_ASCII).trim())
				.isEqualTo(WarningSignClassifier.key(PrebuiltNameFinderTests.corpus(), warningSigns()));
		}
	}

	@Test
	void anEditedCatalogueIsNotGivenTheShippedModel() throws IOException {
		Set<String> fewer = new HashSet<>(warningSigns());
		fewer.remove("rash");
		assertThat(WarningSignClassifier.key(PrebuiltNameFinderTests.corpus(), fewer))
			.isNotEqualTo(WarningSignClassifier.key(PrebuiltNameFinderTests.corpus(), warningSigns()));
	}

	@Test
	void aSignToldInUnlistedWordsIsHeardAsUnsureQuotingTheSentence() {
		String text = "the telly looked all smeary and then half the picture vanished";
		assertThat(read(text)).anySatisfy(m -> {
			assertThat(m.finding().id()).isEqualTo("vision_change");
			assertThat(m.finding().status()).isEqualTo(FindingStatus.UNCERTAIN);
			assertThat(m.text()).isEqualTo(text);
		});
		assertThat(read("the headache came on like someone flicked a switch, full blast straight away"))
			.anySatisfy(m -> assertThat(m.finding().id()).isEqualTo("thunderclap"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "the telly never looked smeary and half the picture never vanished",
			"my mum had a stroke, for her the telly looked all smeary and half the picture vanished",
			"what if the telly looks all smeary and half the picture vanishes?",
			"years ago the telly looked all smeary and then half the picture vanished" })
	void noGuessWhereTheSentenceDeniesTheSignGivesItToSomeoneElseWorriesOrLooksBack(String text) {
		assertThat(read(text)).noneMatch(m -> m.finding().id().equals("vision_change") && m.finding().status() != FindingStatus.ABSENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "today was the worst day ever at work and my head hurts",
			"my neck gets stiff after a long day at the desk", "the usual throbbing one on the left, about twice a month",
			"ibuprofen takes the edge off most of the time", "it starts at the base of my skull and creeps over to my eye",
			"i'm 42 and work in a call centre" })
	void ordinaryStorySentencesGuessNoWarningSign(String text) {
		Set<String> signs = warningSigns();
		assertThat(read(text)).noneMatch(m -> signs.contains(m.finding().id()));
	}

}
