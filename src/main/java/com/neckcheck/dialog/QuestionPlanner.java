package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.neckcheck.finding.Findings;
import com.neckcheck.finding.Truth;
import com.neckcheck.screening.OutcomePart;
import com.neckcheck.screening.Outlook;
import com.neckcheck.screening.ScreeningModel;

/**
 * Chooses the next question by what its answer could still change. Before each question it works out which
 * parts of the outcome (triage, pattern, neck band, overuse verdict) are not settled and which findings they
 * wait on ({@link ScreeningModel#outlook}); a question is worth asking when it establishes such a finding, or
 * unlocks a question that does, or the clinic marked it {@code always}. The opening (the story) comes first,
 * then the warning-sign questions in script order, since a warning sign must be settled before anything else; then the question that could
 * change the most parts, in script order among equals. Nothing here names a finding: the rules, weights and
 * thresholds are in dialogs/.
 */
final class QuestionPlanner {

	/** The next question (none: the screening is over) and how many are likely to follow it. */
	record Plan(Optional<Question> next, int after) {
	}

	/** A question not asked, and why, for the staff's transcript. */
	record Skipped(String question, Reason reason, Set<OutcomePart> couldNotChange) {
	}

	enum Reason {

		/** What it asks was already told (in the story, or by another answer). */
		ALREADY_KNOWN,
		/** Its condition did not hold. */
		DID_NOT_APPLY,
		/** No answer to it could have changed the outcome. */
		COULD_NOT_CHANGE,
		/** The visitor chose to stop after the urgent advice. */
		STOPPED_AFTER_URGENT

	}

	private final ScreeningModel screening;

	private final List<Question> inOrder;

	private final Map<Question, Set<String>> establishes = new IdentityHashMap<>();

	private final Map<Question, Integer> position = new IdentityHashMap<>();

	QuestionPlanner(DialogScript script, ScreeningModel screening) {
		this.screening = screening;
		this.inOrder = script.questions().stream().filter(q -> !q.confirmOnly()).toList();
		for (int i = 0; i < inOrder.size(); i++) {
			establishes.put(inOrder.get(i), inOrder.get(i).establishes());
			position.put(inOrder.get(i), i);
		}
	}

	Plan plan(ConversationState state, Eligibility eligible) {
		List<Question> candidates = inOrder.stream().filter(q -> eligible.test(state, q)).toList();
		Findings findings = state.findings();
		Set<String> open = open(findings, candidates);
		Map<OutcomePart, Set<String>> needed = needed(findings, candidates, open);
		List<Question> worth = new ArrayList<>();
		Map<Question, Integer> changes = new IdentityHashMap<>();
		int after = 0;
		for (Question q : candidates) {
			int parts = needed.values().stream().mapToInt(n -> overlap(establishes.get(q), n)).sum();
			boolean triage = intersects(establishes.get(q), needed.getOrDefault(OutcomePart.TRIAGE, Set.of()));
			if (parts == 0 && !q.always()) {
				continue;
			}
			Truth when = q.when() == null ? Truth.TRUE : q.when().decide(findings, open::contains);
			if (when == Truth.FALSE) {
				continue;
			}
			after++;
			if (q.when() == null || q.when().test(findings)) {
				worth.add(q);
				// the opening first, then warning signs; then what changes most; "always" counts as one part
				changes.put(q, q.opening() ? Integer.MAX_VALUE : triage ? Integer.MAX_VALUE - 1 : Math.max(parts, 1));
			}
		}
		Optional<Question> next = worth.stream()
			.min(Comparator.<Question>comparingInt(q -> -changes.get(q)).thenComparingInt(position::get));
		return new Plan(next, Math.max(0, after - (next.isPresent() ? 1 : 0)));
	}

	/** Why each question that was never asked was left out, for the staff's transcript. */
	List<Skipped> skipped(ConversationState state, Eligibility eligible) {
		List<Skipped> skipped = new ArrayList<>();
		for (Question q : inOrder) {
			if (state.answered(q.id())) {
				continue;
			}
			Reason reason;
			if (eligible.alreadyKnown(state, q)) {
				reason = Reason.ALREADY_KNOWN;
			}
			else if (eligible.stoppedAfterUrgent(state, q)) {
				reason = Reason.STOPPED_AFTER_URGENT;
			}
			else if (q.when() != null && !q.when().test(state.findings())) {
				reason = Reason.DID_NOT_APPLY;
			}
			else {
				reason = Reason.COULD_NOT_CHANGE;
			}
			Set<OutcomePart> parts = EnumSet.noneOf(OutcomePart.class);
			if (reason == Reason.COULD_NOT_CHANGE) {
				establishes.get(q).forEach(f -> parts.addAll(screening.readers(f)));
			}
			skipped.add(new Skipped(q.id(), reason, parts));
		}
		return skipped;
	}

	/**
	 * The unknown findings a question still to come could establish: a question whose condition can no
	 * longer hold counts for nothing, which may settle other conditions in turn.
	 */
	private Set<String> open(Findings findings, List<Question> candidates) {
		Set<String> open = unknown(findings, candidates, null);
		for (int round = 0; round < 8; round++) {
			Set<String> next = unknown(findings, candidates, open);
			if (next.equals(open)) {
				break;
			}
			open = next;
		}
		return open;
	}

	private Set<String> unknown(Findings findings, List<Question> candidates, Set<String> open) {
		Set<String> unknown = new HashSet<>();
		for (Question q : candidates) {
			if (open != null && q.when() != null && q.when().decide(findings, open::contains) == Truth.FALSE) {
				continue;
			}
			for (String id : establishes.get(q)) {
				if (!findings.isKnown(id)) {
					unknown.add(id);
				}
			}
		}
		return unknown;
	}

	/**
	 * For each unsettled part, the findings it waits on, and those in the conditions of the questions that
	 * would establish them (a medicine's days are asked only once the medicine is known to be taken).
	 */
	private Map<OutcomePart, Set<String>> needed(Findings findings, List<Question> candidates, Set<String> open) {
		Outlook outlook = screening.outlook(findings, open::contains);
		Map<OutcomePart, Set<String>> needed = new EnumMap<>(OutcomePart.class);
		for (OutcomePart part : OutcomePart.values()) {
			if (outlook.settled(part)) {
				continue;
			}
			Set<String> waiting = new LinkedHashSet<>(outlook.waitingOn(part));
			boolean grew = true;
			while (grew) {
				grew = false;
				for (Question q : candidates) {
					if (q.when() != null && intersects(establishes.get(q), waiting)
							&& q.when().decide(findings, open::contains) == Truth.UNKNOWN) {
						int before = waiting.size();
						q.when().undecided(findings, open::contains, waiting::add);
						grew |= waiting.size() > before;
					}
				}
			}
			needed.put(part, waiting);
		}
		return needed;
	}

	private static int overlap(Set<String> a, Set<String> b) {
		int count = 0;
		for (String id : a) {
			if (b.contains(id)) {
				count++;
			}
		}
		return count;
	}

	private static boolean intersects(Set<String> a, Set<String> b) {
		for (String id : a) {
			if (b.contains(id)) {
				return true;
			}
		}
		return false;
	}

	/** Which questions may still be asked at all, as the dialog engine decides it. */
	interface Eligibility {

		boolean test(ConversationState state, Question question);

		boolean alreadyKnown(ConversationState state, Question question);

		boolean stoppedAfterUrgent(ConversationState state, Question question);

	}

}
