package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.knowledge.KnowledgeLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name finder the build trains is the one a start uses for the shipped corpus, and only for it: an
 * edited corpus gets a model of its own, trained at start-up.
 */
class PrebuiltNameFinderTests {

	/** The corpus as the service reads it: dialogs/ner-training.txt and dialogs/warning-sign-sentences.txt. */
	static List<String> corpus() {
		return KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/").language().trainingCorpus();
	}

	@Test
	void theBuildsModelWasTrainedOnTheShippedCorpus() throws IOException {
		try (InputStream key = SymptomNameFinder.class.getResourceAsStream(SymptomNameFinder.PREBUILT_KEY)) {
			assertThat(key).as("the build's prebuilt model (exec-maven-plugin, process-classes)").isNotNull();
			assertThat(new String(key.readAllBytes(), StandardCharsets.US_ASCII).trim())
				.isEqualTo(SymptomNameFinder.key(corpus()));
		}
	}

	@Test
	void anEditedCorpusIsNotGivenTheShippedModel() throws IOException {
		List<String> edited = new ArrayList<>(corpus());
		edited.add("");
		edited.add("it <START:starts_in_neck> climbs from my nape <END> every evening");
		assertThat(SymptomNameFinder.key(edited)).isNotEqualTo(SymptomNameFinder.key(corpus()));
	}

	@Test
	void theLoadedModelFindsWhatAModelTrainedNowFinds() throws IOException {
		List<String> corpus = corpus();
		SymptomNameFinder loaded = SymptomNameFinder.forCorpus(corpus);
		SymptomNameFinder trained = SymptomNameFinder.trained(corpus);
		for (String text : List.of("the pain starts at the base of my skull and creeps over my head",
				"my neck is stiff and it hurts behind my right eye", "i get dizzy and my vision goes blurry")) {
			String[] tokens = text.split(" ");
			assertThat(loaded.find(tokens)).as(text).isEqualTo(trained.find(tokens));
		}
	}

}
