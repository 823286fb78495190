package com.neckcheck.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): trains the name finder on the repository's
 * dialogs/ner-training.txt and writes it, with the key of what it was trained on, into the classes the jar
 * is made of, so that a start need not train it. Arguments: the corpus file and the output folder.
 */
public final class NameFinderPrebuild {

	private NameFinderPrebuild() {
	}

	public static void main(String[] args) throws IOException {
		LoggingSystem logging = LoggingSystem.get(NameFinderPrebuild.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel("opennlp", LogLevel.WARN); // 80 lines of training progress in every build otherwise
		List<String> corpus = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
		Path folder = Path.of(args[1]);
		Files.createDirectories(folder);
		String key = SymptomNameFinder.key(corpus);
		Path keyFile = folder.resolve(Path.of(SymptomNameFinder.PREBUILT_KEY).getFileName().toString());
		Path modelFile = folder.resolve(Path.of(SymptomNameFinder.PREBUILT).getFileName().toString());
		if (Files.exists(modelFile) && Files.exists(keyFile) && Files.readString(keyFile).trim().equals(key)) {
			return;
		}
		try (OutputStream out = Files.newOutputStream(modelFile)) {
			SymptomNameFinder.trainModel(corpus).serialize(out);
		}
		Files.writeString(keyFile, key + "\n");
	}

}
