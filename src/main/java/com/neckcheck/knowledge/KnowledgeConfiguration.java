package com.neckcheck.knowledge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import com.neckcheck.dialog.DialogEngine;
import com.neckcheck.nlp.LanguageModels;
import com.neckcheck.nlp.SymptomExtractor;
import com.neckcheck.screening.ScreeningModel;
import com.neckcheck.screening.ScreeningProperties;

/** Loads dialogs/ once at start-up (begun by {@link BackgroundLoading}) and builds the screening model and dialog engine from it. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	@Bean
	Knowledge knowledge(ResourceLoader resources, DialogsProperties properties,
			@Qualifier(BackgroundLoading.BEAN) ObjectProvider<BackgroundLoading.Loading> loading) {
		BackgroundLoading.Loading started = started(loading, properties);
		return started == null ? KnowledgeLoader.load(resources, properties.location())
				: started.knowledge().join();
	}

	@Bean
	ScreeningModel screeningModel(Knowledge knowledge, ScreeningProperties properties) {
		return new ScreeningModel(knowledge.triage(), knowledge.patterns(), knowledge.likelihood(),
				knowledge.medication(), knowledge.catalogue(), knowledge.texts(), properties);
	}

	@Bean
	SymptomExtractor symptomExtractor(Knowledge knowledge, DialogsProperties properties,
			@Qualifier(BackgroundLoading.BEAN) ObjectProvider<BackgroundLoading.Loading> loading) {
		BackgroundLoading.Loading started = started(loading, properties);
		return started == null ? new SymptomExtractor(LanguageModels.load(), knowledge.catalogue(), knowledge.language())
				: started.extractor().join();
	}

	/** The loading begun with the context, unless there was none (a context not started by Spring Boot). */
	private static BackgroundLoading.Loading started(ObjectProvider<BackgroundLoading.Loading> loading,
			DialogsProperties properties) {
		BackgroundLoading.Loading started = loading.getIfAvailable();
		return started != null && started.location().equals(properties.location()) ? started : null;
	}

	@Bean
	DialogEngine dialogEngine(Knowledge knowledge, ScreeningModel screening, ScreeningProperties properties,
			SymptomExtractor extractor) {
		return new DialogEngine(knowledge.script(), knowledge.lexicon(), screening, knowledge.catalogue(),
				knowledge.texts(), properties.emergencyNumber(), extractor);
	}

}
