package com.neckcheck.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionParserTests {

	private final FindingCatalogue catalogue = catalogue();

	@Test
	void statusTestsFollowTheirMeaning() {
		Findings findings = findings(Finding.of("fever", FindingStatus.UNCERTAIN));
		assertThat(test("fever is suspected", findings)).isTrue();
		assertThat(test("fever is present", findings)).isFalse();
		assertThat(test("fever is uncertain", findings)).isTrue();
		assertThat(test("fever is known", findings)).isTrue();
		assertThat(test("rash is unknown", findings)).isTrue();
		assertThat(test("rash is absent", findings)).isFalse();
	}

	@Test
	void whileFindingsMayStillBeToldAConditionOnThemIsUnknownUnlessItsOtherPartsDecideIt() {
		Findings findings = findings(Finding.of("fever", FindingStatus.ABSENT), new Finding("age", FindingStatus.PRESENT,
				null, null, 40.0, null));
		java.util.function.Predicate<String> rashOpen = "rash"::equals;
		assertThat(decide("rash is suspected", findings, rashOpen)).isEqualTo(Truth.UNKNOWN);
		assertThat(decide("fever is suspected and rash is suspected", findings, rashOpen)).isEqualTo(Truth.FALSE);
		assertThat(decide("fever is absent or rash is present", findings, rashOpen)).isEqualTo(Truth.TRUE);
		assertThat(decide("not rash is present", findings, rashOpen)).isEqualTo(Truth.UNKNOWN);
		assertThat(decide("at least 2 of (rash is present, age >= 50, fever is absent)", findings, rashOpen))
			.isEqualTo(Truth.UNKNOWN);
		assertThat(decide("at least 2 of (rash is present, age >= 50, fever is present)", findings, rashOpen))
			.isEqualTo(Truth.FALSE);
		assertThat(decide("rash is suspected", findings, id -> false)).as("nobody will ask: it stays as it is")
			.isEqualTo(Truth.FALSE);
		java.util.Set<String> waiting = new java.util.HashSet<>();
		ConditionParser.parse("fever is suspected or (rash is present and age >= 18)")
			.undecided(findings, rashOpen, waiting::add);
		assertThat(waiting).containsExactly("rash");
	}

	private static Truth decide(String condition, Findings findings, java.util.function.Predicate<String> open) {
		return ConditionParser.parse(condition).decide(findings, open);
	}

	@Test
	void andBindsTighterThanOrAndNotNegates() {
		Findings findings = findings(Finding.of("fever", FindingStatus.PRESENT), Finding.of("rash", FindingStatus.ABSENT));
		assertThat(test("rash is present and fever is present or fever is present", findings)).isTrue();
		assertThat(test("rash is present and (fever is present or fever is present)", findings)).isFalse();
		assertThat(test("not rash is present", findings)).isTrue();
	}

	@Test
	void comparisonsAreFalseWithoutANumber() {
		Findings findings = findings(new Finding("age", FindingStatus.PRESENT, null, null, 50.0, null));
		assertThat(test("age >= 50", findings)).isTrue();
		assertThat(test("age > 50", findings)).isFalse();
		assertThat(test("age < 50.5", findings)).isTrue();
		assertThat(test("severity >= 0", findings)).isFalse();
		assertThat(test("not severity >= 0", findings)).isTrue();
	}

	@Test
	void hasLooksAtSideRegionsAndItems() {
		Findings findings = findings(new Finding("side", FindingStatus.PRESENT, "left", null, null, null),
				new Finding("prior_treatments", FindingStatus.PRESENT, null, null, null, List.of("botox")));
		assertThat(test("side has left|right", findings)).isTrue();
		assertThat(test("side has both", findings)).isFalse();
		assertThat(test("prior_treatments has nerve_block|botox", findings)).isTrue();
	}

	@Test
	void atLeastCountsTheHoldingParts() {
		Findings findings = findings(Finding.of("fever", FindingStatus.PRESENT), Finding.of("rash", FindingStatus.PRESENT));
		assertThat(test("at least 2 of (fever is present, rash is present, side has left)", findings)).isTrue();
		assertThat(test("at least 3 of (fever is present, rash is present, side has left)", findings)).isFalse();
	}

	@Test
	void driversAreThePositiveLeavesThatHold() {
		Findings findings = findings(Finding.of("fever", FindingStatus.UNCERTAIN), Finding.of("rash", FindingStatus.PRESENT));
		Condition condition = ConditionParser.parse("fever is suspected and (rash is suspected or side has left) and not side is known");
		List<String> drivers = new ArrayList<>();
		condition.drivers(findings, drivers::add);
		assertThat(drivers).containsExactly("fever", "rash");
	}

	@Test
	void meetsUsesANamedCriterion() {
		Condition criterion = ConditionParser.parse("fever is present");
		Condition condition = ConditionParser.parse("meets infection", name -> name.equals("infection") ? criterion : null);
		assertThat(condition.test(findings(Finding.of("fever", FindingStatus.PRESENT)))).isTrue();
	}

	@Test
	void mistakesAreExplained() {
		assertThatThrownBy(() -> ConditionParser.parse("fever is maybe")).hasMessageContaining("unknown status 'maybe'");
		assertThatThrownBy(() -> ConditionParser.parse("fever is")).hasMessageContaining("expected a status");
		assertThatThrownBy(() -> ConditionParser.parse("(fever is present")).hasMessageContaining("expected ')'");
		assertThatThrownBy(() -> ConditionParser.parse("fever is present rash")).hasMessageContaining("unexpected 'rash'");
		assertThatThrownBy(() -> ConditionParser.parse("meets nothing")).hasMessageContaining("unknown criterion 'nothing'");
		assertThatThrownBy(() -> ConditionParser.parse("at least 4 of (fever is present)")).hasMessageContaining("between 1 and 1");
		assertThatThrownBy(() -> ConditionParser.parse("age >= $")).hasMessageContaining("cannot read '$'");
		assertThatThrownBy(() -> ConditionParser.parse("  ")).hasMessageContaining("empty");
	}

	private boolean test(String condition, Findings findings) {
		return ConditionParser.parse(condition).test(findings);
	}

	private Findings findings(Finding... all) {
		Findings findings = new Findings(catalogue);
		for (Finding finding : all) {
			findings.record(finding);
		}
		return findings;
	}

	static FindingCatalogue catalogue() {
		FindingCatalogue catalogue = new FindingCatalogue();
		catalogue.add(new FindingCatalogue.Entry("fever", "fever", Set.of(), true, null));
		catalogue.add(new FindingCatalogue.Entry("rash", "rash", Set.of(), true, null));
		catalogue.add(new FindingCatalogue.Entry("age", "age", Set.of(FindingCatalogue.Carries.VALUE), false, null));
		catalogue.add(new FindingCatalogue.Entry("severity", "severity", Set.of(FindingCatalogue.Carries.VALUE), false, null));
		catalogue.add(new FindingCatalogue.Entry("side", "side", Set.of(FindingCatalogue.Carries.SIDE), false, null));
		catalogue.add(new FindingCatalogue.Entry("prior_treatments", "treatments", Set.of(FindingCatalogue.Carries.ITEMS), false, null));
		return catalogue;
	}

}
