package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.Texts;
import com.neckcheck.screening.ScreeningModel;
import com.neckcheck.screening.Triage;
import com.neckcheck.screening.TriageLevel;
import com.neckcheck.screening.TriageRule;

/**
 * Runs the screening script. After every answer the red-flag rules are evaluated first: an emergency ends
 * the questionnaire at once with the advice; an urgent flag is told at once, and then only the remaining
 * red-flag questions are asked, since one of them could still make it an emergency. Otherwise the next
 * question is the first one in script order that is not answered, whose finding is not known yet and
 * whose condition holds.
 */
public final class DialogEngine {

	private final DialogScript script;

	private final AnswerReader reader;

	private final ScreeningModel screening;

	private final FindingCatalogue catalogue;

	private final Texts texts;

	private final String emergencyNumber;

	public DialogEngine(DialogScript script, AnswerLexicon lexicon, ScreeningModel screening,
			FindingCatalogue catalogue, Texts texts, String emergencyNumber) {
		this.script = script;
		this.reader = new AnswerReader(lexicon, catalogue);
		this.screening = screening;
		this.catalogue = catalogue;
		this.texts = texts;
		this.emergencyNumber = emergencyNumber;
	}

	/** The greeting and the first question of a new conversation. */
	public List<Reply> open(ConversationState state) {
		List<Reply> replies = new ArrayList<>();
		replies.add(new Reply.Say(texts.get("greeting") + " "
				+ texts.get("emergencyReminder", "number", emergencyNumber), null, null));
		advance(state, replies);
		return replies;
	}

	public List<Reply> handle(ConversationState state, VisitorInput input) {
		List<Reply> replies = new ArrayList<>();
		if (state.finished() || state.pending() == null) {
			replies.add(new Reply.Say(texts.get("finished"), null, null));
			return replies;
		}
		Question question = script.question(state.pending());
		Optional<List<Finding>> answer = reader.read(question, input);
		if (answer.isEmpty()) {
			replies.add(ask(state, question, notUnderstood(question) + " " + question.text()));
			return replies;
		}
		answer.get().forEach(state.findings()::record);
		state.markAnswered(question.id());
		advance(state, replies);
		return replies;
	}

	/** The pending question as it would be asked now, for a visitor who comes back. */
	public Optional<Reply.Say> pendingQuestion(ConversationState state) {
		return Optional.ofNullable(state.pending()).map(script::question).map(q -> ask(state, q, q.text()));
	}

	private void advance(ConversationState state, List<Reply> replies) {
		Triage triage = screening.triage(state.findings());
		if (triage.level() == TriageLevel.EMERGENCY) {
			replies.add(new Reply.Say(adviceNow(triage), null, null));
			finish(state, replies);
			return;
		}
		if (triage.level() == TriageLevel.URGENT && !state.urgentAnnounced()) {
			state.announceUrgent();
			replies.add(new Reply.Say(texts.get("urgentNow", "advice", triage.fired().get(0).advice()), null, null));
		}
		Optional<Question> next = next(state);
		if (next.isEmpty()) {
			finish(state, replies);
			return;
		}
		state.pending(next.get().id());
		replies.add(ask(state, next.get(), next.get().text()));
	}

	private String adviceNow(Triage triage) {
		List<String> reasons = triage.fired().stream()
			.filter(rule -> rule.level() == TriageLevel.EMERGENCY)
			.map(TriageRule::advice)
			.distinct()
			.toList();
		return screening.triageHeading(TriageLevel.EMERGENCY) + " " + String.join(" ", reasons);
	}

	private void finish(ConversationState state, List<Reply> replies) {
		state.finish();
		replies.add(new Reply.End(screening.summarize(state.findings(), state.bookingReference())));
	}

	private Optional<Question> next(ConversationState state) {
		return script.questions().stream().filter(q -> applies(state, q)).findFirst();
	}

	private boolean applies(ConversationState state, Question question) {
		if (state.answered(question.id())) {
			return false;
		}
		if (state.urgentAnnounced() && !question.redFlagSection()) {
			return false;
		}
		if (alreadyKnown(state, question)) {
			return false;
		}
		return question.when() == null || question.when().test(state.findings());
	}

	private static boolean alreadyKnown(ConversationState state, Question question) {
		List<String> optionFindings = question.options().stream().map(Option::finding).filter(f -> f != null).toList();
		if (!optionFindings.isEmpty()) {
			return optionFindings.stream().allMatch(state.findings()::isKnown);
		}
		return state.findings().isKnown(question.finding());
	}

	private Reply.Say ask(ConversationState state, Question question, String text) {
		int step = state.answeredCount() + 1;
		long remaining = script.questions().stream()
			.filter(q -> q != question && applies(state, q))
			.count();
		return new Reply.Say(text, askOf(question), new Reply.Progress(step, step + (int) remaining));
	}

	private Reply.Ask askOf(Question question) {
		List<Reply.AskOption> options = switch (question.kind()) {
			case YESNO -> List.of(new Reply.AskOption("yes", texts.get("options.yes")),
					new Reply.AskOption("no", texts.get("options.no")),
					new Reply.AskOption("unsure", texts.get("options.unsure")));
			case PAINMAP -> catalogue.regions().entrySet().stream()
				.map(e -> new Reply.AskOption(e.getKey(), e.getValue()))
				.toList();
			default -> question.options().stream().map(o -> new Reply.AskOption(o.value(), o.label())).toList();
		};
		return new Reply.Ask(question.id(), question.finding(), question.kind().wire(), options, question.min(),
				question.max(), question.unit());
	}

	private String notUnderstood(Question question) {
		return texts.get("notUnderstood." + question.kind().wire(), "min", format(question.min()), "max",
				format(question.max()));
	}

	private static String format(Double number) {
		if (number == null) {
			return "";
		}
		return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number);
	}

}
