package com.neckcheck.screening;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;
import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.knowledge.KnowledgeLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped triage and pattern rules (dialogs/red-flags.yaml, dialogs/patterns.yaml) on findings set by
 * hand: the tiers and the decision list, with no dialog and no language pipeline in between.
 */
class ScreeningRulesTests {

	private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/");

	@Test
	void nothingToldIsRoutine() {
		assertThat(triage().level()).isEqualTo(TriageLevel.ROUTINE);
	}

	@Test
	void aThunderclapOrAWeakArmIsAnEmergencyEvenWhenOnlySuspected() {
		assertThat(triage(present("thunderclap")).level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(triage(Finding.of("neuro_deficit", FindingStatus.UNCERTAIN)).level()).isEqualTo(TriageLevel.EMERGENCY);
	}

	@Test
	void aFeverAloneOrANewHeadacheAfterFiftyIsUrgent() {
		assertThat(triage(present("fever")).level()).isEqualTo(TriageLevel.URGENT);
		assertThat(triage(present("new_headache"), value("age", 62)).fired()).anyMatch(rule -> rule.id().equals("older_onset"));
	}

	@Test
	void theStrongestTierWinsAndEveryFiredRuleIsKept() {
		Triage both = triage(present("fever"), present("thunderclap"));
		assertThat(both.level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(both.fired()).extracting(TriageRule::level).contains(TriageLevel.EMERGENCY, TriageLevel.URGENT);
	}

	@Test
	void aDeniedWarningSignFiresNothing() {
		assertThat(triage(Finding.of("thunderclap", FindingStatus.ABSENT)).level()).isEqualTo(TriageLevel.ROUTINE);
	}

	@Test
	void theNeckCriteriaGiveCervicogenic() {
		assertThat(pattern(present("neck_movement_trigger"), present("side_locked"))).isEqualTo(HeadachePattern.CERVICOGENIC);
	}

	@Test
	void migraineCriteriaWithANeckComponentGiveMixedAndAloneMigraine() {
		Finding[] migraine = { side("left"), present("pulsating"), present("nausea"), value("attack_hours", 12) };
		assertThat(pattern(migraine)).isEqualTo(HeadachePattern.MIGRAINE);
		Finding[] withNeck = List.of(present("neck_movement_trigger"), present("starts_in_neck"), side("left"),
				present("pulsating"), present("nausea"), value("attack_hours", 12)).toArray(Finding[]::new);
		assertThat(pattern(withNeck)).isEqualTo(HeadachePattern.MIXED);
	}

	@Test
	void tooLittleToldIsUnclear() {
		assertThat(pattern(present("pulsating"))).isEqualTo(HeadachePattern.UNCLEAR);
	}

	private static Triage triage(Finding... told) {
		return KNOWLEDGE.triage().evaluate(findings(told));
	}

	private static HeadachePattern pattern(Finding... told) {
		return KNOWLEDGE.patterns().classify(findings(told));
	}

	private static Findings findings(Finding... told) {
		Findings findings = new Findings(KNOWLEDGE.catalogue());
		for (Finding finding : told) {
			findings.record(finding);
		}
		return findings;
	}

	private static Finding present(String id) {
		return Finding.of(id, FindingStatus.PRESENT);
	}

	private static Finding value(String id, double value) {
		return new Finding(id, FindingStatus.PRESENT, null, List.of(), value, List.of());
	}

	private static Finding side(String side) {
		return new Finding("side", FindingStatus.PRESENT, side, List.of(), null, List.of());
	}

}
