package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.yaml.snakeyaml.Yaml;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): trains the name finder and the warning-sign
 * classifier on the repository's dialogs/ner-training.txt and writes them, each with the key of what it was
 * trained on, into the classes the jar is made of, so that a start need not train them. Arguments: the
 * corpus file, the finding catalogue (dialogs/findings.yaml, for the warning signs) and the output folder.
 */
public final class LanguageModelPrebuild {

	private LanguageModelPrebuild() {
	}

	public static void main(String[] args) throws IOException {
		LoggingSystem logging = LoggingSystem.get(LanguageModelPrebuild.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel("opennlp", LogLevel.WARN); // a hundred lines of training progress in every build otherwise
		List<String> corpus = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
		Set<String> warningSigns = warningSigns(Path.of(args[1]));
		Path folder = Path.of(args[2]);
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
