package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Texts;
import com.neckcheck.finding.WireFinding;
import com.neckcheck.nlp.Mention;
import com.neckcheck.nlp.SymptomReader;
import com.neckcheck.screening.OutcomePart;
import com.neckcheck.screening.ScreeningModel;
import com.neckcheck.screening.Summary;
import com.neckcheck.screening.Triage;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.screening.TriageRule;

/**
 * Runs the screening script. After every answer the red-flag rules are evaluated first: an emergency ends
 * the questionnaire at once with the advice; an urgent flag is told at once, and then only the remaining
 * red-flag questions are asked, since one of them could still make it an emergency. Otherwise the next
 * question is the first one in script order that is not answered, whose finding is not known yet and
 * whose condition holds.
 *
 * <p>
 * Typed words also go through the language pipeline: what it finds is noted (and counts for red flags)
 * wherever in the conversation it is said, the pending question takes its answer from it when it can,
 * and a question whose finding is already known is not asked.
 */
public final class DialogEngine implements Screener {

	private final DialogScript script;

	private final AnswerReader reader;

	private final ScreeningModel screening;

	private final FindingCatalogue catalogue;

	private final Texts texts;

	private final String emergencyNumber;

	private final SymptomReader extractor;

	private final NotedText notedText;

	private final TurnInterpreter interpreter;

	private final QuestionPlanner planner;

	private final QuestionPlanner.Eligibility eligibility = new QuestionPlanner.Eligibility() {

		@Override
		public boolean test(ConversationState state, Question question) {
			return eligible(state, question);
		}

		@Override
		public boolean alreadyKnown(ConversationState state, Question question) {
			return DialogEngine.alreadyKnown(state, question);
		}

		@Override
		public boolean stoppedAfterUrgent(ConversationState state, Question question) {
			return state.urgentAnnounced() && !question.redFlagSection() && !continuesAfterUrgent(state);
		}

	};

	public DialogEngine(DialogScript script, AnswerLexicon lexicon, ScreeningModel screening,
			FindingCatalogue catalogue, Texts texts, String emergencyNumber, SymptomReader extractor) {
		this.script = script;
		this.extractor = extractor;
		this.notedText = new NotedText(catalogue, texts);
		this.reader = new AnswerReader(lexicon, catalogue);
		this.interpreter = new TurnInterpreter(reader, lexicon, catalogue);
		this.planner = new QuestionPlanner(script, screening);
		this.screening = screening;
		this.catalogue = catalogue;
		this.texts = texts;
		this.emergencyNumber = emergencyNumber;
	}

	@Override
	public List<Reply> open(ConversationState state) {
		List<Reply> replies = new ArrayList<>();
		replies.add(new Reply.Say(texts.get("greeting") + " "
				+ texts.get("emergencyReminder", "number", emergencyNumber), null, null));
		advance(state, replies);
		return replies;
	}

	@Override
	public Turn handle(ConversationState state, VisitorInput input) {
		List<Mention> mentions = input instanceof VisitorInput.Typed typed ? extractor.extract(typed.text()) : List.of();
		List<WireFinding> noted = mentions.stream().map(DialogEngine::wire).toList();
		List<Finding> told = Mentions.merge(mentions, catalogue::isRedFlag);
		List<Reply> replies = new ArrayList<>();
		if (state.finished() || state.pending() == null) {
			afterTheEnd(state, told, replies);
			return new Turn(noted, replies);
		}
		Question question = script.question(state.pending());
		if (offPage(state, question, input)) {
			// an item of another page (a late or doubled tap): not an answer to the page shown now
			replies.add(ask(state, question, notUnderstood(question) + " " + question.text()));
			return new Turn(noted, replies);
		}
		Set<String> asked = TurnInterpreter.askedFindings(question);
		boolean correction = input instanceof VisitorInput.Typed typed && extractor.isCorrection(typed.text())
				&& told.stream().anyMatch(f -> !asked.contains(f.id()));
		TurnInterpreter.Reading reading = interpreter.read(question, input, mentions, told, correction);
		boolean unclear = reading.kind() == TurnInterpreter.Kind.UNCLEAR;
		boolean secondTry = unclear && question.id().equals(state.clarifying()) && !reading.answer().isEmpty();
		boolean answered = reading.kind() == TurnInterpreter.Kind.ANSWER
				|| reading.kind() == TurnInterpreter.Kind.SETTLED_BY_STORY || secondTry;
		List<Finding> answer = answered ? onPage(state, question, reading.answer()) : List.of();
		boolean numberAnswered = answered && question.kind().numeric();
		List<Finding> story = Mentions.merge(mentions.stream()
			.filter(m -> !(numberAnswered && TurnInterpreter.isBareNumber(m)))
			.toList(), catalogue::isRedFlag)
			.stream()
			// a warning sign told beside an answer is kept too: recording keeps the stronger of the two
			.filter(f -> catalogue.isRedFlag(f.id()) || answer.stream().noneMatch(a -> a.id().equals(f.id())))
			.filter(f -> !unclear || !asked.contains(f.id()))
			.toList();
		List<Finding> heardUnsure = story.stream().filter(f -> needsConfirming(state, f)).toList();
		List<Finding> extra = story.stream().filter(f -> !heardUnsure.contains(f)).toList();
		extra.forEach(state.findings()::record);
		heardUnsure.forEach(f -> state.toConfirm(f.id(), spanOf(mentions, f.id())));
		if (answered) {
			record(state, question, answer, told);
		}
		if (!extra.isEmpty()) {
			replies.add(new Reply.Say(notedText.of(extra, correction), null, null));
		}
		if (unclear && !secondTry) {
			state.clarifying(question.id());
			if (screening.triage(state.findings()).level() != TriageLevel.EMERGENCY) {
				replies.add(ask(state, question, texts.get("askAgain", "words", quote(((VisitorInput.Typed) input).text()))
						+ " " + question.text()));
				return new Turn(noted, replies);
			}
		}
		switch (reading.kind()) {
			case QUESTION -> replies.add(new Reply.Say(texts.get("questionForClinician"), null, null));
			case UNREADABLE -> {
				if (extra.isEmpty() && heardUnsure.isEmpty()) {
					replies.add(ask(state, question, notUnderstood(question) + " " + question.text()));
					return new Turn(noted, replies);
				}
			}
			default -> {
			}
		}
		advance(state, replies);
		return new Turn(noted, replies);
	}

	/**
	 * Records an answer. A whole checklist of warning signs answered "not sure" is not taken as "yes" to
	 * every sign on it: each unsettled sign is asked on its own instead.
	 */
	private void record(ConversationState state, Question question, List<Finding> answer, List<Finding> told) {
		state.markAnswered(question.id());
		if (question.paged()) {
			state.offered(question.id(), state.showing());
		}
		boolean warningChecklist = question.kind() == QuestionKind.MULTI
				&& question.optionFindings().stream().anyMatch(catalogue::isRedFlag);
		boolean unsureAboutTheList = warningChecklist && !answer.isEmpty()
				&& answer.stream().allMatch(f -> f.status() == FindingStatus.UNCERTAIN);
		if (unsureAboutTheList) {
			question.optionFindings().stream()
				.filter(id -> warningItem(id) && !state.findings().isKnown(id))
				.forEach(id -> state.toConfirm(id, null));
		}
		else if (warningChecklist && answer.stream().anyMatch(f -> f.status() == FindingStatus.UNCERTAIN)) {
			// some ticked, "not sure" about the rest: the ticks count, and the rest is asked one by one
			List<String> hidden = question.optionFindings().stream().filter(state.findings()::isKnown).toList();
			for (Finding f : answer) {
				if (hidden.contains(f.id())) {
					continue;
				}
				if (f.status() == FindingStatus.UNCERTAIN && question.optionFindings().contains(f.id()) && warningItem(f.id())) {
					state.toConfirm(f.id(), null);
				}
				else {
					state.findings().record(f);
					state.confirmed(f.id());
				}
			}
		}
		else {
			List<String> hidden = question.kind() == QuestionKind.MULTI
					? question.optionFindings().stream().filter(state.findings()::isKnown).toList() : List.of();
			answer.stream().filter(f -> !hidden.contains(f.id())).forEach(state.findings()::record);
			answer.forEach(f -> state.confirmed(f.id()));
		}
		if (question.told() != null && !told.isEmpty()) {
			state.findings().record(Finding.of(question.told(), FindingStatus.PRESENT));
		}
	}

	/**
	 * A paged checklist's answer holds only the items on the page: the others were not asked, so a "none of
	 * these" says nothing about them, while what the visitor's words tell of them is kept as told.
	 */
	private List<Finding> onPage(ConversationState state, Question question, List<Finding> answer) {
		if (!question.paged()) {
			return answer;
		}
		Set<String> offPage = question.options().stream()
			.filter(o -> o.finding() != null && !state.showing().contains(o.value()))
			.map(Option::finding)
			.collect(Collectors.toSet());
		return answer.stream().filter(f -> !offPage.contains(f.id())).toList();
	}

	/** Whether a pick names an item of a paged checklist that is not on the page shown now. */
	private static boolean offPage(ConversationState state, Question question, VisitorInput input) {
		return question.paged() && input instanceof VisitorInput.Picked picked && picked.values() != null
				&& picked.values().stream().anyMatch(value -> question.option(value)
					.filter(o -> o.finding() != null && !state.showing().contains(value))
					.isPresent());
	}

	/**
	 * An item of a warning checklist that is asked on its own when the visitor is not sure: a warning sign, or
	 * a finding a triage rule reads beside one (a stiff neck with a fever).
	 */
	private boolean warningItem(String id) {
		return catalogue.isRedFlag(id) || screening.readers(id).contains(OutcomePart.TRIAGE);
	}

	/**
	 * A warning sign heard only uncertainly in free text ("a bit blurry", "I don't think it was sudden") is
	 * not taken as a yes: it is asked at once as its own question. Already reported signs need no asking.
	 */
	private boolean needsConfirming(ConversationState state, Finding finding) {
		if (!catalogue.isRedFlag(finding.id()) || finding.status() != FindingStatus.UNCERTAIN) {
			return false;
		}
		return state.findings().get(finding.id()).map(f -> f.status() == FindingStatus.ABSENT).orElse(true);
	}

	private static String quote(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= 80 ? line : line.substring(0, 77) + "...";
	}

	private static String spanOf(List<Mention> mentions, String finding) {
		return mentions.stream().filter(m -> m.finding().id().equals(finding)).map(Mention::text).findFirst().orElse(null);
	}

	/** After the summary only a new warning sign matters: it is answered with the advice at once. */
	private void afterTheEnd(ConversationState state, List<Finding> told, List<Reply> replies) {
		Triage before = screening.triage(state.findings());
		told.forEach(state.findings()::record);
		Triage after = screening.triage(state.findings());
		if (after.level().compareTo(before.level()) > 0 || !before.flags().containsAll(after.flags())) {
			replies.add(new Reply.Say(after.level() == TriageLevel.EMERGENCY ? adviceNow(after)
					: texts.get("urgentAfterSummary", "advice", after.fired().get(0).advice()), null, null, alert(after.level())));
			return;
		}
		replies.add(new Reply.Say(texts.get("finished"), null, null));
	}

	private static WireFinding wire(Mention mention) {
		Finding f = mention.finding();
		return new WireFinding(f.id(), f.status().wire(), mention.text(), mention.start(), mention.end(), f.side(),
				f.regions(), f.value(), f.items());
	}

	@Override
	public void shown(ConversationState state, String question, List<String> options) {
		if (question.equals(state.pending()) && script.question(question).paged()) {
			state.pending(question, options.stream()
				.filter(value -> script.question(question).option(value).filter(o -> o.finding() != null).isPresent())
				.toList());
		}
	}

	@Override
	public Optional<Reply.Say> pendingQuestion(ConversationState state) {
		return Optional.ofNullable(state.pending()).map(script::question).map(q -> ask(state, q, q.text()));
	}

	private void advance(ConversationState state, List<Reply> replies) {
		Triage triage = screening.triage(state.findings());
		if (triage.level() == TriageLevel.EMERGENCY) {
			// no alert here: the summary that follows in the same turn is the warning
			replies.add(new Reply.Say(adviceNow(triage), null, null));
			finish(state, replies);
			return;
		}
		if (triage.level() == TriageLevel.URGENT && !state.urgentAnnounced()) {
			state.announceUrgent();
			replies.add(new Reply.Say(texts.get("urgentNow", "advice", triage.fired().get(0).advice()), null, null,
					alert(TriageLevel.URGENT)));
		}
		QuestionPlanner.Plan plan = planner.plan(state, eligibility);
		Optional<Question> confirm = confirmation(state);
		Optional<Question> next = confirm.isPresent() ? confirm : plan.next();
		if (next.isEmpty()) {
			finish(state, replies);
			return;
		}
		state.pending(next.get().id(), confirm.isPresent() ? List.of() : plan.page());
		// a confirmation comes before the planned question, which is still to come after it, and so do the
		// other signs waiting to be confirmed
		int after = plan.after() + (confirm.isPresent() && plan.next().isPresent() ? 1 : 0)
				+ Math.max(0, state.waitingToConfirm() - (confirm.isPresent() ? 1 : 0));
		replies.add(ask(state, next.get(), introduction(state, next.get()) + next.get().text(), after));
	}

	/** A confirmation says why it is asked: the visitor's own words, or the checklist they were unsure about. */
	private String introduction(ConversationState state, Question question) {
		if (!state.awaitsConfirmation(question.finding())) {
			return "";
		}
		String words = state.nextToConfirm().map(Map.Entry::getValue).orElse(null);
		return words != null ? texts.get("confirmHeard", "words", words) + " " : texts.get("confirmOneByOne") + " ";
	}

	private Reply.Alert alert(TriageLevel level) {
		return new Reply.Alert(level.wire(), emergencyNumber);
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
		List<Summary.Skipped> skipped = planner.skipped(state, eligibility).stream().map(DialogEngine::skipped).toList();
		state.finish();
		replies.add(new Reply.End(screening.summarize(state.findings(), state.bookingReference()).withSkipped(skipped)));
	}

	private static Summary.Skipped skipped(QuestionPlanner.Skipped skipped) {
		String why = switch (skipped.reason()) {
			case ALREADY_KNOWN -> "already told";
			case DID_NOT_APPLY -> "did not apply";
			case STOPPED_AFTER_URGENT -> "the visitor stopped after the urgent advice";
			case COULD_NOT_CHANGE -> skipped.couldNotChange().isEmpty() ? "no answer to it changes the outcome"
					: "could not change " + skipped.couldNotChange().stream().map(OutcomePart::words)
						.collect(Collectors.joining(", "));
		};
		return new Summary.Skipped(skipped.question(), skipped.reason().name().toLowerCase(java.util.Locale.ROOT), why);
	}

	/** The yes/no question for the first warning sign that waits to be confirmed. */
	private Optional<Question> confirmation(ConversationState state) {
		while (state.nextToConfirm().isPresent()) {
			String id = state.nextToConfirm().get().getKey();
			Optional<Question> question = script.questions().stream()
				.filter(q -> q.kind() == QuestionKind.YESNO && q.finding().equals(id))
				.findFirst();
			if (question.isPresent()) {
				return question;
			}
			state.confirmed(id);
		}
		return Optional.empty();
	}

	/**
	 * Whether a question may still be asked at all, its condition aside (the planner weighs the condition:
	 * one that does not hold yet may still come to hold).
	 */
	private boolean eligible(ConversationState state, Question question) {
		if (state.answered(question.id()) && !question.paged()) {
			return false;
		}
		if (question.afterUrgent() && !state.urgentAnnounced()) {
			return false;
		}
		if (state.urgentAnnounced() && !question.redFlagSection() && !question.afterUrgent()
				&& !continuesAfterUrgent(state)) {
			return false;
		}
		return !alreadyKnown(state, question);
	}

	/**
	 * After urgent advice the visitor chose to go on, so the doctor gets the pattern and medicines too: the
	 * after-urgent question was answered with its finding present.
	 */
	private boolean continuesAfterUrgent(ConversationState state) {
		return script.questions().stream()
			.filter(Question::afterUrgent)
			.anyMatch(q -> state.findings().get(q.finding()).filter(f -> f.status() == FindingStatus.PRESENT).isPresent());
	}

	/**
	 * A question is not asked when what it would establish is known: its finding, or all findings its
	 * options stand for (a checklist shows only the options still unknown).
	 */
	private static boolean alreadyKnown(ConversationState state, Question question) {
		List<String> optionFindings = question.optionFindings();
		if (!optionFindings.isEmpty()) {
			return optionFindings.stream().allMatch(state.findings()::isKnown);
		}
		boolean setByAnOption = question.options().stream()
			.flatMap(o -> o.sets().keySet().stream())
			.anyMatch(id -> state.findings().get(id).filter(f -> f.status() == FindingStatus.PRESENT).isPresent());
		return state.findings().isKnown(question.finding()) || setByAnOption;
	}

	/**
	 * A question with its progress: "question n of about m", m from the questions that could still change
	 * the outcome after this one, never more than m was before (an answer that opens questions does not
	 * move the end away; the count simply runs closer to it).
	 */
	private Reply.Say ask(ConversationState state, Question question, String text) {
		return ask(state, question, text, planner.plan(state, eligibility).after());
	}

	private Reply.Say ask(ConversationState state, Question question, String text, int after) {
		int step = state.answeredCount() + 1;
		return new Reply.Say(text, askOf(state, question), new Reply.Progress(step, state.plannedTotal(step + after)));
	}

	private Reply.Ask askOf(ConversationState state, Question question) {
		List<Reply.AskOption> options = switch (question.kind()) {
			case YESNO -> List.of(new Reply.AskOption("yes", texts.get("options.yes")),
					new Reply.AskOption("no", texts.get("options.no")),
					new Reply.AskOption("unsure", texts.get("options.unsure")));
			case PAINMAP -> catalogue.regions().entrySet().stream()
				.map(e -> new Reply.AskOption(e.getKey(), e.getValue()))
				.toList();
			default -> question.options().stream()
				.filter(o -> o.finding() == null || !state.findings().isKnown(o.finding()))
				.filter(o -> !question.paged() || o.finding() == null || state.showing().contains(o.value()))
				.map(o -> new Reply.AskOption(o.value(), o.label(), o.exclusive() ? Boolean.TRUE : null))
				.toList();
		};
		boolean painMap = question.kind() == QuestionKind.PAINMAP;
		return new Reply.Ask(question.id(), question.finding(), question.kind().wire(), options, question.min(),
				question.max(), question.unit(), question.unit() == null ? null : texts.get("units." + question.unit()),
				painMap ? toldRegions(state) : null, painMap ? toldSide(state) : null);
	}

	/** Every region a finding told so far carries (a neck ache "up into the shoulder"), or null when none. */
	private static List<String> toldRegions(ConversationState state) {
		return state.findings()
			.all()
			.stream()
			.filter(f -> f.status() == FindingStatus.PRESENT && f.regions() != null)
			.flatMap(f -> f.regions().stream())
			.distinct()
			.collect(Collectors.collectingAndThen(Collectors.toList(),
					regions -> regions.isEmpty() ? null : regions));
	}

	/** The side most findings told so far carry, or none when nothing told one or they disagree evenly. */
	private static String toldSide(ConversationState state) {
		Map<String, Long> sides = state.findings()
			.all()
			.stream()
			.filter(f -> f.status() == FindingStatus.PRESENT && f.side() != null)
			.collect(Collectors.groupingBy(Finding::side, Collectors.counting()));
		return sides.entrySet()
			.stream()
			.filter(e -> sides.values().stream().filter(n -> n.equals(e.getValue())).count() == 1)
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
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
