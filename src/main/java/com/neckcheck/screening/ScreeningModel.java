package com.neckcheck.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.Findings;
import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.Texts;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.finding.WireFinding;

/** Turns a conversation's findings into triage, pattern, neck likelihood, overuse and the summary. */
public final class ScreeningModel {

	private static final int FACTORS_IN_TEXT = 4;

	private final TriageRules triageRules;

	private final PatternRules patternRules;

	private final NeckLikelihoodModel likelihood;

	private final MedicationOveruseRule overuse;

	private final FindingCatalogue catalogue;

	private final Texts texts;

	private final ScreeningProperties properties;

	private final Map<String, Set<OutcomePart>> readers = new HashMap<>();

	public ScreeningModel(TriageRules triageRules, PatternRules patternRules, NeckLikelihoodModel likelihood,
			MedicationOveruseRule overuse, FindingCatalogue catalogue, Texts texts, ScreeningProperties properties) {
		this.triageRules = triageRules;
		this.patternRules = patternRules;
		this.likelihood = likelihood;
		this.overuse = overuse;
		this.catalogue = catalogue;
		this.texts = texts;
		this.properties = properties;
		addReaders(OutcomePart.TRIAGE, triageRules.reads());
		addReaders(OutcomePart.PATTERN, patternRules.reads());
		addReaders(OutcomePart.NECK_BAND, likelihood.reads());
		addReaders(OutcomePart.OVERUSE, overuse.reads());
	}

	private void addReaders(OutcomePart part, Set<String> findings) {
		findings.forEach(f -> readers.computeIfAbsent(f, id -> EnumSet.noneOf(OutcomePart.class)).add(part));
	}

	/**
	 * What the questions still to come could change, when the findings for which {@code open} holds may still
	 * be told: each part of the outcome that is not settled, with the findings it waits on.
	 */
	public Outlook outlook(Findings findings, Predicate<String> open) {
		Map<OutcomePart, Set<String>> waiting = new EnumMap<>(OutcomePart.class);
		put(waiting, OutcomePart.TRIAGE, triageRules.waitingOn(findings, open));
		put(waiting, OutcomePart.PATTERN, patternRules.waitingOn(findings, open));
		put(waiting, OutcomePart.NECK_BAND, likelihood.waitingOn(findings, open));
		put(waiting, OutcomePart.OVERUSE, overuse.waitingOn(findings, open));
		return new Outlook(waiting);
	}

	private static void put(Map<OutcomePart, Set<String>> waiting, OutcomePart part,
			Set<String> findings) {
		if (!findings.isEmpty()) {
			waiting.put(part, findings);
		}
	}

	/** How far an answer about this finding can move the neck likelihood's log-odds at most. */
	public double sway(String finding) {
		return likelihood.sway(finding);
	}

	/** The parts of the outcome whose rules read this finding at all. */
	public Set<OutcomePart> readers(String finding) {
		return readers.getOrDefault(finding, Set.of());
	}

	public Triage triage(Findings findings) {
		return triageRules.evaluate(findings);
	}

	/** The instruction for a triage level with the emergency number filled in. */
	public String triageHeading(TriageLevel level) {
		return texts.get("triage." + level.wire() + ".heading", "number", properties.emergencyNumber());
	}

	public Summary summarize(Findings findings, String bookingReference) {
		Triage triage = triage(findings);
		HeadachePattern pattern = patternRules.classify(findings);
		NeckLikelihoodModel.Result neck = likelihood.estimate(findings);
		MedicationOveruseRule.Verdict verdict = overuse.judge(findings);
		Summary.Booking booking = new Summary.Booking(properties.bookingUrl(bookingReference), bookingReference,
				Summary.Booking.trackingPath(bookingReference));
		List<Summary.RedFlag> redFlags = triage.flags().stream()
			.map(id -> new Summary.RedFlag(id, catalogue.label(id)))
			.toList();
		Summary.Advice advice = new Summary.Advice(triageHeading(triage.level()),
				triage.fired().stream().map(TriageRule::advice).distinct().toList(),
				triage.level() == TriageLevel.ROUTINE ? null : properties.emergencyNumber(),
				triage.fired().stream().map(TriageRule::id).toList());
		List<Summary.Section> sections = sections(triage, redFlags, advice, pattern, neck, verdict, findings, booking);
		String text = sections.stream().map(Summary.Section::text).collect(Collectors.joining("\n\n"));
		return new Summary(triage.level(), redFlags, advice, pattern,
				new Summary.Neck(neck.probability(), neck.band()), verdict.overuse(), neck.factors(),
				findings.all().stream().map(WireFinding::of).toList(), booking, text, sections, List.of());
	}

	private List<Summary.Section> sections(Triage triage, List<Summary.RedFlag> redFlags, Summary.Advice advice,
			HeadachePattern pattern, NeckLikelihoodModel.Result neck, MedicationOveruseRule.Verdict verdict, Findings findings,
			Summary.Booking booking) {
		List<Summary.Section> paragraphs = new ArrayList<>();
		String number = properties.emergencyNumber();
		paragraphs.add(new Summary.Section("advice", advice.heading()));
		if (triage.level() != TriageLevel.ROUTINE) {
			paragraphs.add(new Summary.Section("flags", texts.get("redFlagsSeen", "flags",
					redFlags.stream().map(Summary.RedFlag::label).collect(Collectors.joining("; "))) + " "
					+ String.join(" ", advice.reasons())));
		}
		if (triage.level() != TriageLevel.EMERGENCY) {
			paragraphs.add(new Summary.Section("pattern", texts.get("pattern." + pattern.wire())));
			paragraphs.add(new Summary.Section("neck", texts.get("neck." + neck.band().wire(), "chance", chance(neck.probability()))));
			String forNeck = factorLabels(neck, "for");
			String against = factorLabels(neck, "against");
			StringBuilder factors = new StringBuilder();
			if (!forNeck.isEmpty()) {
				factors.append(texts.get("factorsFor", "factors", forNeck));
			}
			if (!against.isEmpty()) {
				factors.append(factors.isEmpty() ? "" : " ").append(texts.get("factorsAgainst", "factors", against));
			}
			if (findings.get("neck_pain").filter(f -> f.status().suspected()).isPresent()) {
				factors.append(factors.isEmpty() ? "" : " ").append(texts.get("neckPainNote"));
			}
			if (!factors.isEmpty()) {
				paragraphs.add(new Summary.Section("factors", factors.toString()));
			}
			if (verdict.overuse()) {
				paragraphs.add(new Summary.Section("overuse",
						texts.get("overuse", "classes", String.join(" and ", verdict.classes()))));
			}
		}
		paragraphs.add(new Summary.Section("notice", texts.get("notDiagnosis")));
		if (triage.level() != TriageLevel.EMERGENCY) {
			paragraphs.add(new Summary.Section("examination", texts.get("examination")));
		}
		paragraphs.add(new Summary.Section("safetyNet", texts.get("safetyNet", "number", number)));
		paragraphs.add(new Summary.Section("booking", texts.get("booking." + triage.level().wire(), "url", booking.url(),
				"reference", booking.reference())));
		return paragraphs;
	}

	/** Tenths, never 0 or 10 in 10: a screening cannot rule the neck in or out. */
	private String chance(double probability) {
		return texts.get("chance", "n", Math.max(1, Math.min(9, Math.round(probability * 10))));
	}

	private String factorLabels(NeckLikelihoodModel.Result neck, String direction) {
		return neck.factors().stream()
			.filter(f -> f.direction().equals(direction))
			.limit(FACTORS_IN_TEXT)
			.map(NeckLikelihoodModel.Factor::label)
			.distinct()
			.collect(Collectors.joining(", "));
	}


}
