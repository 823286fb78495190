package com.neckcheck.finding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsTests {

	@Test
	void aRedFlagOnceSuspectedIsNeverDowngraded() {
		Findings findings = new Findings(ConditionParserTests.catalogue());
		findings.record(Finding.of("fever", FindingStatus.UNCERTAIN));
		findings.record(Finding.of("fever", FindingStatus.ABSENT));
		assertThat(findings.get("fever").orElseThrow().status()).isEqualTo(FindingStatus.UNCERTAIN);
		findings.record(Finding.of("fever", FindingStatus.PRESENT));
		assertThat(findings.get("fever").orElseThrow().status()).isEqualTo(FindingStatus.PRESENT);
	}

	@Test
	void otherFindingsTakeTheLatestAnswer() {
		Findings findings = new Findings(ConditionParserTests.catalogue());
		findings.record(new Finding("side", FindingStatus.PRESENT, "left", null, null, null));
		findings.record(new Finding("side", FindingStatus.PRESENT, "right", null, null, null));
		assertThat(findings.get("side").orElseThrow().side()).isEqualTo("right");
	}

}
