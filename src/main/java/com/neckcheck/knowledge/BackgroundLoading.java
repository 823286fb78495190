package com.neckcheck.knowledge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.nlp.LanguageModels;
import com.neckcheck.nlp.SymptomExtractor;

/**
 * Starts reading the dialog files, the four OpenNLP models and training the name finder the moment the
 * application context exists, on threads of their own, so that this work (about 2.5 s) runs while Spring
 * scans, configures the web server and migrates the database, instead of after it. The beans of
 * {@link KnowledgeConfiguration} wait for the result; a broken dialog file still fails the start with its
 * clear message (the failure analyzer finds the {@link DialogScriptException} inside the wrapping).
 * Registered in META-INF/spring.factories.
 */
public class BackgroundLoading implements ApplicationListener<ApplicationContextInitializedEvent> {

	static final String BEAN = "neckcheck.backgroundLoading";

	@Override
	public void onApplicationEvent(ApplicationContextInitializedEvent event) {
		String location = Binder.get(event.getApplicationContext().getEnvironment())
			.bind("neckcheck.dialogs.location", String.class)
			.orElse(DialogsProperties.DEFAULT_LOCATION);
		ClassLoader classes = event.getSpringApplication().getClassLoader();
		event.getApplicationContext().getBeanFactory().registerSingleton(BEAN, Loading.start(location, classes));
	}

	/** What is being loaded for one application context, from one dialogs location. */
	record Loading(String location, CompletableFuture<Knowledge> knowledge, CompletableFuture<SymptomExtractor> extractor) {

		static Loading start(String location, ClassLoader classes) {
			Executor ownThread = task -> {
				Thread thread = new Thread(task, "neckcheck-loading");
				thread.setDaemon(true);
				thread.setContextClassLoader(classes);
				thread.start();
			};
			CompletableFuture<LanguageModels> models = CompletableFuture.supplyAsync(LanguageModels::load, ownThread);
			CompletableFuture<Knowledge> knowledge = CompletableFuture
				.supplyAsync(() -> KnowledgeLoader.load(new DefaultResourceLoader(classes), location), ownThread);
			CompletableFuture<SymptomExtractor> extractor = knowledge.thenCombineAsync(models,
					(read, loaded) -> new SymptomExtractor(loaded, read.catalogue(), read.language()), ownThread);
			return new Loading(location, knowledge, extractor);
		}

	}

}
