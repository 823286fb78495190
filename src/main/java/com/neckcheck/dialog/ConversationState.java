package com.neckcheck.dialog;

import java.util.LinkedHashSet;
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

	private boolean urgentAnnounced;

	private boolean finished;

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

	int answeredCount() {
		return answered.size();
	}

	void markAnswered(String questionId) {
		answered.add(questionId);
	}

	void pending(String questionId) {
		this.pending = questionId;
	}

	boolean urgentAnnounced() {
		return urgentAnnounced;
	}

	void announceUrgent() {
		this.urgentAnnounced = true;
	}

	void finish() {
		this.finished = true;
		this.pending = null;
	}

}
