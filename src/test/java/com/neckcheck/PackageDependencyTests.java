package com.neckcheck;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path of a visitor's message stays readable from the packages: chat calls dialog, dialog calls nlp
 * and screening, everything shares finding, and nothing calls back up into chat. Spring Modulith reads the
 * modules from the compiled classes (every package under com.neckcheck is one), refuses cycles and the use of
 * another module's internals, and the map below says which module may use which.
 */
class PackageDependencyTests {

	private static final Map<String, Set<String>> ALLOWED = Map.of(
			"finding", Set.of(),
			"nlp", Set.of("finding"),
			"screening", Set.of("finding"),
			"dialog", Set.of("finding", "nlp", "screening"),
			"transcript", Set.of("finding"),
			"knowledge", Set.of("finding", "nlp", "dialog", "screening"),
			"chat", Set.of("finding", "dialog", "screening", "transcript", "knowledge", "visit"),
			"booking", Set.of("screening", "transcript"),
			"visit", Set.of("finding", "nlp", "dialog", "screening", "knowledge", "transcript"),
			"staff", Set.of("finding", "knowledge", "transcript", "visit"));

	private static final ApplicationModules MODULES = ApplicationModules.of(NeckCheckApplication.class);

	@Test
	void theModulesHaveNoCyclesAndUseNoOtherModulesInternals() {
		MODULES.verify();
	}

	@Test
	void featurePackagesOnlyUseWhatTheyMay() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
		MODULES.forEach(module -> {
			Set<String> used = module.getDirectDependencies(MODULES)
				.stream()
				.map(dependency -> dependency.getTargetModule().getIdentifier().toString())
				.collect(Collectors.toSet());
			assertThat(ALLOWED.get(module.getIdentifier().toString())).as("module %s uses", module.getIdentifier().toString()).containsAll(used);
		});
	}

}
