package com.neckcheck.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;

import static org.assertj.core.api.Assertions.assertThat;

/** ICHD-3 8.2 with the thresholds of dialogs/medication.yaml. */
class MedicationOveruseRuleTests {

	private final MedicationOveruseRule rule = new MedicationOveruseRule("headache_days", 15, "medication_months", 3,
			List.of(new MedicationOveruseRule.DrugClass("analgesic_days", 15, "simple painkillers"),
					new MedicationOveruseRule.DrugClass("triptan_days", 10, "triptans")),
			10, 2);

	@Test
	void oneClassAtItsThreshold() {
		assertThat(rule.judge(findings(15, 4, 15, 0)).overuse()).isTrue();
		assertThat(rule.judge(findings(15, 4, 14, 0)).overuse()).isFalse();
		assertThat(rule.judge(findings(15, 4, 0, 10)).classes()).containsExactly("triptans");
	}

	@Test
	void severalClassesTogether() {
		assertThat(rule.judge(findings(20, 5, 5, 5)).overuse()).isTrue();
		assertThat(rule.judge(findings(20, 5, 4, 5)).overuse()).isFalse();
	}

	@Test
	void needsEnoughHeadacheDaysAndMoreThanThreeMonths() {
		assertThat(rule.judge(findings(14, 12, 20, 0)).overuse()).isFalse();
		assertThat(rule.judge(findings(20, 3, 20, 0)).overuse()).isFalse();
		assertThat(rule.judge(new Findings(new FindingCatalogue())).overuse()).isFalse();
	}

	private static Findings findings(double headacheDays, double months, double analgesic, double triptan) {
		Findings findings = new Findings(new FindingCatalogue());
		findings.record(number("headache_days", headacheDays));
		findings.record(number("medication_months", months));
		findings.record(number("analgesic_days", analgesic));
		findings.record(number("triptan_days", triptan));
		return findings;
	}

	private static Finding number(String id, double value) {
		return new Finding(id, FindingStatus.PRESENT, null, null, value, null);
	}

}
