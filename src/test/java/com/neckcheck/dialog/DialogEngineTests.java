package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.nlp.Mention;
import com.neckcheck.nlp.SymptomReader;
import com.neckcheck.screening.ScreeningModel;
import com.neckcheck.screening.ScreeningProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialog engine's own rules, on the shipped dialogs/ but with a fake language pipeline that hears exactly
 * what each test says it hears, so a failure here is the engine's, never the reader's.
 */
class DialogEngineTests {

	/** Hears the findings a test put under the exact words; nothing in anything else. */
	static final class FakeReader implements SymptomReader {

		private final Map<String, List<Mention>> heard = new HashMap<>();

		FakeReader hears(String words, Finding... findings) {
			List<Mention> mentions = new ArrayList<>();
			for (Finding finding : findings) {
				mentions.add(new Mention(finding, words, 0, words.length()));
			}
			heard.put(words, mentions);
			return this;
		}

		@Override
		public List<Mention> extract(String text) {
			return heard.getOrDefault(text, List.of());
		}

		@Override
		public boolean isCorrection(String text) {
			return false;
		}

	}

	private final FakeReader reader = new FakeReader();

	private final DialogEngine engine = new DialogEngine(Dialogs.KNOWLEDGE.script(), Dialogs.KNOWLEDGE.lexicon(),
			new ScreeningModel(Dialogs.KNOWLEDGE.triage(), Dialogs.KNOWLEDGE.patterns(), Dialogs.KNOWLEDGE.likelihood(),
					Dialogs.KNOWLEDGE.medication(), Dialogs.KNOWLEDGE.catalogue(), Dialogs.KNOWLEDGE.texts(),
					new ScreeningProperties("911", null)),
			Dialogs.KNOWLEDGE.catalogue(), Dialogs.KNOWLEDGE.texts(), "911", reader);

	private final ConversationState state = new ConversationState(Dialogs.KNOWLEDGE.catalogue(), "NC-TEST0000000");

	private final List<String> asked = new ArrayList<>();

	@Test
	void aWarningSignHeardWhileAnotherQuestionIsOpenEndsInTheEmergencyAdviceAtOnce() {
		open();
		answer(VisitorInput.Picked.value("skip"));
		reader.hears("my arm went weak an hour ago", Finding.of("neuro_deficit", FindingStatus.PRESENT));
		List<Reply> replies = engine.handle(state, new VisitorInput.Typed("my arm went weak an hour ago")).replies();
		assertThat(replies.get(replies.size() - 1)).isInstanceOf(Reply.End.class);
		assertThat(((Reply.End) replies.get(replies.size() - 1)).summary().triage()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(state.finished()).isTrue();
	}

	@Test
	void whatTheStoryToldIsNotAskedAgain() {
		open();
		reader.hears("always on the left, at the back of my head",
				new Finding("side", FindingStatus.PRESENT, "left", List.of(), null, List.of()),
				new Finding("pain_regions", FindingStatus.PRESENT, null, List.of("occiput"), null, List.of()));
		take(engine.handle(state, new VisitorInput.Typed("always on the left, at the back of my head")).replies());
		walkToTheEnd();
		assertThat(asked).contains("q_story").doesNotContain("q_side", "q_pain_map");
	}

	@Test
	void anUnsureWarningSignIsConfirmedNextQuotingTheVisitor() {
		open();
		reader.hears("my eyes go a bit funny sometimes", Finding.of("vision_change", FindingStatus.UNCERTAIN));
		List<Reply> replies = engine.handle(state, new VisitorInput.Typed("my eyes go a bit funny sometimes")).replies();
		Reply.Say question = (Reply.Say) replies.get(replies.size() - 1);
		assertThat(question.ask().finding()).isEqualTo("vision_change");
		assertThat(question.text()).contains("my eyes go a bit funny sometimes");
	}

	@Test
	void aWarningSignAfterTheSummaryIsAnsweredAsAWarning() {
		open();
		walkToTheEnd();
		assertThat(state.finished()).isTrue();
		reader.hears("now I can't see out of one eye", Finding.of("vision_change", FindingStatus.PRESENT));
		List<Reply> replies = engine.handle(state, new VisitorInput.Typed("now I can't see out of one eye")).replies();
		Reply.Say advice = (Reply.Say) replies.get(0);
		assertThat(advice.alert()).isEqualTo(new Reply.Alert("emergency", "911"));
		assertThat(advice.text()).startsWith("Call 911 now");
	}

	@Test
	void everySummaryOfAQuietVisitorIsRoutineAndAsksEveryWarningSign() {
		open();
		walkToTheEnd();
		assertThat(asked).contains("q_signs_now", "q_signs_recent", "q_warning_patterns", "q_health_background");
		assertThat(state.findings().isKnown("thunderclap")).isTrue();
		assertThat(state.findings().isKnown("fever")).isTrue();
	}

	private void open() {
		take(engine.open(state));
	}

	private void answer(VisitorInput input) {
		take(engine.handle(state, input).replies());
	}

	/** Answers every question as a visitor with nothing to report, until the summary. */
	private void walkToTheEnd() {
		for (int i = 0; i < 80 && !state.finished(); i++) {
			Reply.Ask ask = engine.pendingQuestion(state).orElseThrow().ask();
			answer(nothingToReport(ask));
		}
	}

	private void take(List<Reply> replies) {
		replies.stream()
			.filter(r -> r instanceof Reply.Say say && say.ask() != null)
			.forEach(r -> asked.add(((Reply.Say) r).ask().question()));
	}

	private static VisitorInput nothingToReport(Reply.Ask ask) {
		List<String> values = ask.options().stream().map(Reply.AskOption::value).toList();
		return switch (ask.kind()) {
			case "yesno" -> VisitorInput.Picked.value("no");
			case "multi" -> VisitorInput.Picked.values(List.of(values.contains("none") ? "none" : values.get(0)));
			case "painmap" -> VisitorInput.Picked.values(List.of("occiput"));
			case "number" -> VisitorInput.Picked.number(ask.max() != null && ask.max() < 40 ? ask.min() : 40);
			case "scale" -> VisitorInput.Picked.number(3);
			case "text" -> VisitorInput.Picked.value("skip");
			default -> VisitorInput.Picked.value(values.get(0));
		};
	}

}
