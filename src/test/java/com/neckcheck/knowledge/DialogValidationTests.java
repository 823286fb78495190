package com.neckcheck.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dialog folder's validation names the file and line of every mistake a clinic editing dialogs/ can make,
 * one test per kind, by calling the loader on a copy in a temporary folder ({@link BrokenDialogStartupTests}
 * shows once that the application then refuses to start).
 */
class DialogValidationTests {

	@TempDir
	Path dialogs;

	@Test
	void theShippedDialogsLoad() throws IOException {
		copyDialogs();
		assertThat(load().script().questions()).hasSizeGreaterThan(30);
	}

	@Test
	void anUnknownFindingIdIsNamed() throws IOException {
		copyDialogs();
		int line = replace("screening.yaml", "finding: vomiting", "finding: vomitting");
		assertLoadFailsWith("screening.yaml:" + line + ": question 'q_vomiting': unknown finding 'vomitting' (did you mean 'vomiting'?)");
	}

	@Test
	void aRoleNamingAFindingThatWasRenamedIsNamed() throws IOException {
		copyDialogs();
		int line = replace("lexicon.yaml", "  headacheDays: headache_days", "  headacheDays: headache_day_count");
		assertLoadFailsWith("lexicon.yaml:" + line + ": roles: 'headacheDays' names unknown finding 'headache_day_count'");
	}

	@Test
	void aNumberWordReadOneWayInStoriesAndAnotherInRepliesIsNamed() throws IOException {
		copyDialogs();
		int line = replace("answers.yaml", "numberWords: { zero: 0,", "numberWords: { twelve: 10, zero: 0,");
		assertLoadFailsWith("answers.yaml:" + line + ": 'twelve' is 10.0 here but 12.0 in lexicon.yaml numbers.words; keep it in one place");
	}

	@Test
	void aReplyFindingThatWasRenamedIsNamed() throws IOException {
		copyDialogs();
		int line = replace("answers.yaml", "neutralFindings: [headache, side, pain_regions]", "neutralFindings: [headache, side, pain_region]");
		assertLoadFailsWith("answers.yaml:" + line + ": neutralFindings: unknown finding 'pain_region' (did you mean 'pain_regions'?)");
	}

	@Test
	void aPatternWithoutItsStaffNameIsNamed() throws IOException {
		copyDialogs();
		replace("texts.yaml", "tension_type: Tension-type, ", "");
		assertLoadFailsWith("texts.yaml:2: missing text 'staff.pattern.tension_type'");
	}

	@Test
	void anUnreachableQuestionIsNamed() throws IOException {
		copyDialogs();
		int line = replace("screening.yaml", "when: nausea is suspected", "when: triptan_relief is present");
		assertLoadFailsWith("screening.yaml:" + line
				+ ": question 'q_vomiting' is unreachable: its condition depends on 'triptan_relief', which no earlier question asks");
	}

	@Test
	void aQuestionAnsweredByAnEarlierOneIsNamed() throws IOException {
		copyDialogs();
		// the question's own line, not the checklist option that also names phonophobia
		int line = replace("screening.yaml", "    finding: phonophobia", "    finding: photophobia", true);
		assertLoadFailsWith("screening.yaml:" + (line - 1)
				+ ": question 'q_phonophobia' is unreachable: question 'q_photophobia'");
	}

	@Test
	void aConditionOnAnUnknownAnswerIsNamed() throws IOException {
		copyDialogs();
		int line = replace("screening.yaml", "when: prior_treatments has nerve_block|ablation",
				"when: prior_treatments has nerve_blocks|ablation");
		assertLoadFailsWith("screening.yaml:" + line
				+ ": question 'q_block_relief': condition on an unknown answer: 'nerve_blocks' is never an answer for 'prior_treatments'");
	}

	@Test
	void aComparisonThatCanNeverHoldIsNamed() throws IOException {
		copyDialogs();
		int line = replace("screening.yaml", "when: not age < 50", "when: age >= 150");
		assertLoadFailsWith("screening.yaml:" + line + ": question 'q_jaw_claudication': condition on an unknown answer: 'age >= 150.0' can never hold");
	}

	@Test
	void aPageTooLongToReadIsNamed() throws IOException {
		copyDialogs();
		int line = replace("screening.yaml", "    page: 5", "    page: 8");
		assertLoadFailsWith("screening.yaml:" + line
				+ ": question 'q_story_details': 'page' is for a checklist of findings (kind multi), from 2 to 5 items");
	}

	@Test
	void aMissingTextIsNamed() throws IOException {
		copyDialogs();
		int line = replace("red-flags.yaml",
				"    advice: \"Confusion or unusual drowsiness with a headache needs to be checked straight away.\"", "");
		assertLoadFailsWith("red-flags.yaml:" + (line - 3) + ": rule 'confusion': missing text 'advice'");
	}

	@Test
	void aMissingQuestionTextIsNamed() throws IOException {
		copyDialogs();
		int line = replace("screening.yaml", "    text: \"And does noise bother you?\"", "    text: \"\"");
		assertLoadFailsWith("screening.yaml:" + (line - 4) + ": question 'q_phonophobia': missing text 'text'");
	}

	@Test
	void aDuplicateIdIsNamed() throws IOException {
		copyDialogs();
		int line = replace("screening.yaml", "  - id: q_phonophobia", "  - id: q_photophobia");
		assertLoadFailsWith("screening.yaml:" + line + ": duplicate question id 'q_photophobia' (first at line");
	}

	@Test
	void brokenYamlIsNamed() throws IOException {
		copyDialogs();
		int line = replace("patterns.yaml", "  - id: unilateral", "  - id: [unilateral");
		assertLoadFailsWith("patterns.yaml:" + line + ": not valid YAML");
	}

	@Test
	void aConditionThatCannotBeReadIsNamed() throws IOException {
		copyDialogs();
		int line = replace("red-flags.yaml", "when: thunderclap is suspected", "when: thunderclap is maybe");
		assertLoadFailsWith("red-flags.yaml:" + line
				+ ": rule 'thunderclap': cannot read condition 'thunderclap is maybe': unknown status 'maybe'");
	}

	@Test
	void everyProblemIsListedAtOnce() throws IOException {
		copyDialogs();
		replace("screening.yaml", "finding: vomiting", "finding: vomitting");
		replace("red-flags.yaml", "when: thunderclap is suspected", "when: thunderclapp is suspected");
		assertThatThrownBy(this::load).isInstanceOf(DialogScriptException.class)
			.hasMessageContaining("2 problems")
			.hasMessageContaining("vomitting")
			.hasMessageContaining("thunderclapp");
	}

	private void assertLoadFailsWith(String expected) {
		assertThatThrownBy(this::load).isInstanceOf(DialogScriptException.class)
			.hasMessageContaining(dialogs.resolve(expected).toString());
	}

	private Knowledge load() {
		return KnowledgeLoader.load(new DefaultResourceLoader(), "file:" + dialogs + "/");
	}

	private void copyDialogs() throws IOException {
		for (String name : KnowledgeLoader.FILES) {
			Files.copy(Path.of("dialogs", name), dialogs.resolve(name));
		}
	}

	/** Replaces the one line holding {@code from} and returns its 1-based line number. */
	private int replace(String file, String from, String to) throws IOException {
		return replace(file, from, to, false);
	}

	private int replace(String file, String from, String to, boolean wholeLine) throws IOException {
		Path path = dialogs.resolve(file);
		java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path));
		for (int i = 0; i < lines.size(); i++) {
			if (wholeLine ? lines.get(i).equals(from) : lines.get(i).contains(from)) {
				lines.set(i, lines.get(i).replace(from, to));
				Files.write(path, lines);
				return i + 1;
			}
		}
		throw new AssertionError(from + " is not in " + file);
	}

}
