package com.neckcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path of a visitor's message stays readable from the packages: chat calls dialog, dialog calls nlp
 * and screening, everything shares finding, and nothing calls back up into chat.
 */
class PackageDependencyTests {

	private static final Map<String, Set<String>> ALLOWED = Map.of(
			"finding", Set.of(),
			"nlp", Set.of("finding"),
			"screening", Set.of("finding"),
			"dialog", Set.of("finding", "nlp", "screening"),
			"transcript", Set.of("finding"),
			"knowledge", Set.of("finding", "nlp", "dialog", "screening"),
			"chat", Set.of("finding", "dialog", "screening", "transcript", "knowledge"),
			"booking", Set.of("screening", "transcript"),
			"staff", Set.of("finding", "knowledge", "transcript"));

	private static final Pattern USE = Pattern.compile("com\\.neckcheck\\.(\\w+)\\.");

	@Test
	void featurePackagesOnlyUseWhatTheyMay() throws IOException {
		Path root = Path.of("src/main/java/com/neckcheck");
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
				Path relative = root.relativize(file);
				if (relative.getNameCount() < 2) {
					return;
				}
				String owner = relative.getName(0).toString();
				assertThat(ALLOWED).as("package %s is listed", owner).containsKey(owner);
				Matcher matcher = USE.matcher(read(file));
				while (matcher.find()) {
					String used = matcher.group(1);
					if (!used.equals(owner)) {
						assertThat(ALLOWED.get(owner)).as("%s uses com.neckcheck.%s", relative, used).contains(used);
					}
				}
			});
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
