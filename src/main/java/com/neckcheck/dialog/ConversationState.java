package com.neckcheck.dialog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.Findings;

/**
 * Where one conversation stands: its findings, the questions answered, the question it waits on. It is
 * derived from the visitor's inputs alone, so replaying a stored transcript rebuilds it exactly.
 */
public final class ConversationState {

	private final Findings findings;

	private final Set<String> answered = new LinkedHashSet<>();

	private final String bookingReference;

	private String pending;

	/** For a checklist shown a page at a time, the values of the options on the page asked now. */
	private List<String> showing = List.of();

	private int answers;

	/** The items of paged checklists already shown, as "question/value": a page is never shown twice. */
	private final Set<String> offered = new LinkedHashSet<>();

	private String clarifying;

	/** Warning signs heard uncertainly, by finding, with the words they were heard in (null: from a checklist). */
	private final Map<String, String> toConfirm = new LinkedHashMap<>();

	private boolean urgentAnnounced;

	private boolean finished;

	private int plannedTotal = Integer.MAX_VALUE;

	public ConversationState(FindingCatalogue catalogue, String bookingReference) {
		this.findings = new Findings(catalogue);
		this.bookingReference = bookingReference;
	}

	public Findings findings() {
		return findings;
	}

	public String bookingReference() {
		return bookingReference;
	}

	/** The id of the question the screener waits on, or null. */
	public String pending() {
		return pending;
	}

	public boolean finished() {
		return finished;
	}

	boolean answered(String questionId) {
		return answered.contains(questionId);
	}

	/** How many questions were answered, each page of a paged checklist counted. */
	int answeredCount() {
		return answers;
	}

	void markAnswered(String questionId) {
		answered.add(questionId);
		answers++;
	}

	void pending(String questionId, List<String> showing) {
		if (!questionId.equals(pending)) {
			clarifying = null;
		}
		this.pending = questionId;
		this.showing = List.copyOf(showing);
	}

	List<String> showing() {
		return showing;
	}

	void offered(String questionId, List<String> values) {
		values.forEach(value -> offered.add(questionId + "/" + value));
	}

	boolean wasOffered(String questionId, String value) {
		return offered.contains(questionId + "/" + value);
	}

	/** The question last asked again because its reply was unclear: a second unclear reply is taken as read. */
	String clarifying() {
		return clarifying;
	}

	void clarifying(String questionId) {
		this.clarifying = questionId;
	}

	void toConfirm(String finding, String words) {
		if (toConfirm.get(finding) == null) {
			toConfirm.put(finding, words);
		}
	}

	void confirmed(String finding) {
		toConfirm.remove(finding);
	}

	Optional<Map.Entry<String, String>> nextToConfirm() {
		return toConfirm.entrySet().stream().findFirst();
	}

	/** How many warning signs wait to be asked on their own. */
	int waitingToConfirm() {
		return toConfirm.size();
	}

	boolean awaitsConfirmation(String finding) {
		return toConfirm.containsKey(finding);
	}

	boolean urgentAnnounced() {
		return urgentAnnounced;
	}

	void announceUrgent() {
		this.urgentAnnounced = true;
	}

	/**
	 * The planned number of questions, never above an earlier plan, and never below the question being
	 * asked.
	 */
	int plannedTotal(int planned) {
		plannedTotal = Math.min(plannedTotal, planned);
		return Math.max(plannedTotal, answeredCount() + 1);
	}

	void finish() {
		this.finished = true;
		this.pending = null;
		this.showing = List.of();
	}

}
