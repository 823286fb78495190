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

	/**
	 * The next question (none: the screening is over), how many are likely to follow it, and for a paged
	 * checklist the values of the options on its page.
	 */
	record Plan(Optional<Question> next, int after, List<String> page) {
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
		List<Question> toCome = new ArrayList<>();
		Map<Question, Integer> changes = new IdentityHashMap<>();
		for (Question q : candidates) {
			int parts = needed.values().stream().mapToInt(n -> overlap(establishes.get(q), n)).sum();
			boolean triage = intersects(establishes.get(q), needed.getOrDefault(OutcomePart.TRIAGE, Set.of()));
			if (parts == 0 && !q.always() || q.paged() && pageable(q, state, needed).isEmpty()) {
				continue;
			}
			Truth when = q.when() == null ? Truth.TRUE : q.when().decide(findings, open::contains);
			if (when == Truth.FALSE) {
				continue;
			}
			// the opening first, then warning signs; then what is asked anyway, since its answer may spare
			// other questions; then what changes most
			changes.put(q, q.opening() ? Integer.MAX_VALUE : triage ? Integer.MAX_VALUE - 1
					: q.always() ? Integer.MAX_VALUE - 2 : parts);
			toCome.add(q);
			if (q.when() == null || q.when().test(findings)) {
				worth.add(q);
			}
		}
		Comparator<Question> order = Comparator.<Question>comparingInt(q -> -changes.get(q))
			.thenComparingInt(position::get);
		Optional<Question> next = worth.stream().min(order);
		List<String> page = next.filter(Question::paged)
			.map(q -> pageable(q, state, needed).stream().limit(q.page()).toList())
			.orElse(List.of());
		int total = likelyAsked(toCome.stream().sorted(order).toList(), state, needed);
		return new Plan(next, Math.max(0, total - (next.isPresent() ? 1 : 0)), page);
	}

	/**
	 * How many of the questions still to come are likely to be asked, in the order they would come: one that
	 * only establishes what an earlier one already will is not counted, a paged checklist counts its pages.
	 */
	private int likelyAsked(List<Question> toCome, ConversationState state, Map<OutcomePart, Set<String>> needed) {
		Set<String> wanted = new HashSet<>();
		needed.values().forEach(wanted::addAll);
		Set<String> covered = new HashSet<>();
		int count = 0;
		for (Question q : toCome) {
			if (q.paged()) {
				List<String> pageable = pageable(q, state, needed);
				long items = q.options().stream()
					.filter(o -> pageable.contains(o.value()) && !covered.contains(o.finding()))
					.count();
				count += (int) ((items + q.page() - 1) / q.page());
			}
			else if (q.always() || establishes.get(q).stream().anyMatch(f -> wanted.contains(f) && !covered.contains(f))) {
				count++;
			}
			covered.addAll(establishes.get(q));
		}
		return count;
	}

	/**
	 * The items of a paged checklist still worth showing, most wanted first: unknown, and read by an unsettled
	 * part of the outcome (any unknown item, for a question the clinic always wants asked); among equals the
	 * one that sways the neck likelihood most, then the list's own order; never one shown before. The values
	 * of their options.
	 */
	private List<String> pageable(Question q, ConversationState state, Map<OutcomePart, Set<String>> needed) {
		List<Option> items = q.options().stream()
			.filter(o -> o.finding() != null && !state.findings().isKnown(o.finding()) && !state.wasOffered(q.id(), o.value()))
			.toList();
		Map<Option, Integer> wantedBy = new IdentityHashMap<>();
		for (Option item : items) {
			wantedBy.put(item, (int) needed.values().stream().filter(n -> n.contains(item.finding())).count());
		}
		return items.stream()
			.filter(item -> q.always() || wantedBy.get(item) > 0)
			.sorted(Comparator.<Option>comparingInt(item -> -wantedBy.get(item))
				.thenComparingDouble(item -> -screening.sway(item.finding())))
			.map(Option::value)
			.toList();
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
