package com.neckcheck.nlp;

import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.knowledge.KnowledgeLoader;

/** The extractor built from the repository's dialogs/, shared by the language tests of one JVM. */
public final class Extractors {

	private static SymptomExtractor shipped;

	private Extractors() {
	}

	public static synchronized SymptomExtractor shipped() {
		if (shipped == null) {
			Knowledge knowledge = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/");
			shipped = new SymptomExtractor(LanguageModels.load(), knowledge.catalogue(), knowledge.language());
		}
		return shipped;
	}

}
