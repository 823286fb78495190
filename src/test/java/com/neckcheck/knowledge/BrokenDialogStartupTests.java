package com.neckcheck.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.neckcheck.NeckCheckApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real application refuses to start on a broken dialog folder, and says where and what to do. Every kind
 * of mistake is named by {@link DialogValidationTests}, on the loader alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenDialogStartupTests {

	@TempDir
	Path dialogs;

	@TempDir
	Path data;

	@Test
	void aBrokenDialogFolderStopsTheStartWithTheFileTheLineAndWhatToDo(CapturedOutput output) throws IOException {
		for (String name : KnowledgeLoader.FILES) {
			Files.copy(Path.of("dialogs", name), dialogs.resolve(name));
		}
		Path screening = dialogs.resolve("screening.yaml");
		Files.writeString(screening, Files.readString(screening).replace("finding: vomiting", "finding: vomitting"));
		assertThatThrownBy(() -> SpringApplication.run(NeckCheckApplication.class, "--server.port=0",
				"--neckcheck.data-dir=" + data, "--neckcheck.dialogs.location=file:" + dialogs + "/"))
			.hasRootCauseInstanceOf(DialogScriptException.class)
			.rootCause()
			.hasMessageContaining(screening + ":")
			.hasMessageContaining("unknown finding 'vomitting' (did you mean 'vomiting'?)");
		assertThat(output.getAll()).contains("Correct the dialog files at the lines named above");
	}

}
