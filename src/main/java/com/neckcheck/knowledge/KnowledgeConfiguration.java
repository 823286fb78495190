package com.neckcheck.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import com.neckcheck.dialog.DialogEngine;
import com.neckcheck.nlp.LanguageModels;
import com.neckcheck.nlp.SymptomExtractor;
import com.neckcheck.screening.ScreeningModel;
import com.neckcheck.screening.ScreeningProperties;

/** Loads dialogs/ once at start-up and builds the screening model and dialog engine from it. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	@Bean
	Knowledge knowledge(ResourceLoader resources, DialogsProperties properties) {
		return KnowledgeLoader.load(resources, properties.location());
	}

	@Bean
	ScreeningModel screeningModel(Knowledge knowledge, ScreeningProperties properties) {
		return new ScreeningModel(knowledge.triage(), knowledge.patterns(), knowledge.likelihood(),
				knowledge.medication(), knowledge.catalogue(), knowledge.texts(), properties);
	}

	@Bean
	SymptomExtractor symptomExtractor(Knowledge knowledge) {
		return new SymptomExtractor(LanguageModels.load(), knowledge.catalogue(), knowledge.language());
	}

	@Bean
	DialogEngine dialogEngine(Knowledge knowledge, ScreeningModel screening, ScreeningProperties properties,
			SymptomExtractor extractor) {
		return new DialogEngine(knowledge.script(), knowledge.lexicon(), screening, knowledge.catalogue(),
				knowledge.texts(), properties.emergencyNumber(), extractor);
	}

}
