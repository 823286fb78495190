package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.yaml.snakeyaml.Yaml;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): trains the name finder and the warning-sign
 * classifier on the repository's dialogs/ner-training.txt and dialogs/warning-sign-sentences.txt and writes
 * them, each with the key of what it was trained on, into the classes the jar is made of, so that a start
 * need not train them. Arguments: the dialogs folder and the output folder. The corpora are joined as the
 * service joins them (knowledge/KnowledgeLoader), which the prebuilt-model tests check.
 */
public final class LanguageModelPrebuild {

	private LanguageModelPrebuild() {
	}

	public static void main(String[] args) throws IOException {
		LoggingSystem logging = LoggingSystem.get(LanguageModelPrebuild.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel("opennlp", LogLevel.WARN); // a hundred lines of training progress in every build otherwise
		Path dialogs = Path.of(args[0]);
		List<String> corpus = new ArrayList<>();
		for (String name : List.of("ner-training.txt", "warning-sign-sentences.txt")) {
			Path file = dialogs.resolve(name);
			if (Files.exists(file)) {
				if (!corpus.isEmpty()) {
					corpus.add("");
				}
				corpus.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
			}
		}
		Set<String> warningSigns = warningSigns(dialogs.resolve("findings.yaml"));
		Path folder = Path.of(args[1]);
		Files.createDirectories(folder);
		write(folder, SymptomNameFinder.PREBUILT, SymptomNameFinder.PREBUILT_KEY, SymptomNameFinder.key(corpus),
				out -> SymptomNameFinder.trainModel(corpus).serialize(out));
		write(folder, WarningSignClassifier.PREBUILT, WarningSignClassifier.PREBUILT_KEY,
				WarningSignClassifier.key(corpus, warningSigns),
				out -> WarningSignClassifier.trainModel(corpus, warningSigns).serialize(out));
	}

	private interface Training {

		void writeTo(OutputStream out) throws IOException;

	}

	private static void write(Path folder, String model, String key, String keyValue, Training training)
			throws IOException {
		Path keyFile = folder.resolve(Path.of(key).getFileName().toString());
		Path modelFile = folder.resolve(Path.of(model).getFileName().toString());
		if (Files.exists(modelFile) && Files.exists(keyFile) && Files.readString(keyFile).trim().equals(keyValue)) {
			return;
		}
		try (OutputStream out = Files.newOutputStream(modelFile)) {
			training.writeTo(out);
		}
		Files.writeString(keyFile, keyValue + "\n");
	}

	/** The ids marked {@code redFlag: true}; the service checks the same file fully at start-up. */
	@SuppressWarnings("unchecked")
	private static Set<String> warningSigns(Path findings) throws IOException {
		try (InputStream in = Files.newInputStream(findings)) {
			Map<String, Object> root = new Yaml().load(in);
			return ((List<Map<String, Object>>) root.get("findings")).stream()
				.filter(f -> Boolean.TRUE.equals(f.get("redFlag")))
				.map(f -> String.valueOf(f.get("id")))
				.collect(Collectors.toSet());
		}
	}

}
