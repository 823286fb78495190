package com.neckcheck.screening;

import java.util.List;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structures to examine for a pain map, on the shipped dialogs/referral-map.yaml. Each expected list is
 * worked out by hand from the referral table of ../shared/clinical/reference.md, section e: the structures
 * whose referral area holds the marked regions, those that explain more regions first, then those more
 * findings point to, then those whose area the map covers most fully.
 */
class ReferralMapTests {

	private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/");

	static List<Arguments> painMaps() {
		return List.of(
				// the scalp behind the ear: lesser occipital nerve (its whole area), then SCM clavicular head
				// (1 of 2), trapezius 2-3 (1 of 3), upper trapezius (1 of 4)
				Arguments.of(List.of("behind_ear"), List.of(),
						List.of("lesser_occipital_nerve", "scm_clavicular", "lower_trapezius_points", "upper_trapezius")),
				Arguments.of(List.of("vertex"), List.of(), List.of("splenius_capitis", "greater_occipital_nerve", "scm_sternal")),
				Arguments.of(List.of("occiput"), List.of(),
						List.of("lower_trapezius_points", "greater_occipital_nerve", "suboccipital_muscles", "scm_sternal")),
				Arguments.of(List.of("base_of_skull"), List.of(),
						List.of("third_occipital_nerve", "greater_occipital_nerve", "suboccipital_muscles")),
				Arguments.of(List.of("occiput", "base_of_skull"), List.of(), List.of("greater_occipital_nerve",
						"suboccipital_muscles", "third_occipital_nerve", "lower_trapezius_points", "scm_sternal")),
				Arguments.of(List.of("temple"), List.of(), List.of("upper_trapezius", "suboccipital_muscles")),
				Arguments.of(List.of("behind_eye"), List.of(),
						List.of("splenius_cervicis", "greater_occipital_nerve", "upper_trapezius", "suboccipital_muscles")),
				Arguments.of(List.of("forehead"), List.of(), List.of("scm_clavicular", "suboccipital_muscles")),
				Arguments.of(List.of("side_of_neck"), List.of(),
						List.of("splenius_cervicis", "third_occipital_nerve", "upper_trapezius")),
				Arguments.of(List.of("jaw"), List.of(), List.of("scm_sternal")),
				Arguments.of(List.of("around_eye", "face"), List.of(), List.of("scm_sternal")),
				Arguments.of(List.of("shoulder"), List.of(), List.of("lower_trapezius_points")),
				// pain all over the head points to no one structure
				Arguments.of(List.of("all_over"), List.of(), List.of()),
				// the upper trapezius picture: side of the neck to the temple and behind the eye
				Arguments.of(List.of("temple", "behind_eye", "side_of_neck"), List.of(), List.of("upper_trapezius",
						"splenius_cervicis", "suboccipital_muscles", "third_occipital_nerve", "greater_occipital_nerve")),
				// the greater occipital nerve's whole area
				Arguments.of(List.of("occiput", "vertex", "behind_eye", "base_of_skull"), List.of(),
						List.of("greater_occipital_nerve", "suboccipital_muscles", "scm_sternal", "splenius_capitis",
								"splenius_cervicis", "third_occipital_nerve", "lower_trapezius_points", "upper_trapezius")),
				// no map, only a posture trigger: the muscles it loads
				Arguments.of(List.of(), List.of("posture_trigger"),
						List.of("suboccipital_muscles", "upper_trapezius", "splenius_capitis", "splenius_cervicis")),
				// the back of the head with pressure bringing it on: the nerve and the muscles pressure reaches first
				Arguments.of(List.of("occiput"), List.of("neck_pressure_trigger"),
						List.of("greater_occipital_nerve", "suboccipital_muscles", "lower_trapezius_points", "scm_sternal")),
				Arguments.of(List.of("behind_ear"), List.of("stabbing_paroxysms"),
						List.of("lesser_occipital_nerve", "scm_clavicular", "lower_trapezius_points", "upper_trapezius")));
	}

	@ParameterizedTest
	@MethodSource("painMaps")
	void thePainMapGivesTheStructuresOfTheReferralTable(List<String> regions, List<String> present, List<String> expected) {
		Findings findings = findings(regions, present, null);
		assertThat(KNOWLEDGE.referralMap().consider(findings)).extracting(c -> c.structure().id())
			.containsExactlyElementsOf(expected);
	}

	@Test
	void theReasonNamesTheRegionsAndWhatPointsThereAndTheSideToExamine() {
		Findings findings = findings(List.of("behind_ear"), List.of("stabbing_paroxysms"), "left");
		ReferralMap.Consider first = KNOWLEDGE.referralMap().consider(findings).get(0);
		assertThat(first.structure().label()).isEqualTo("lesser occipital nerve");
		assertThat(first.reason()).isEqualTo("pain behind the ear; brief stabbing or electric pains");
		assertThat(first.side()).isEqualTo("left");
		assertThat(first.structure().source()).contains("R62");

		ReferralMap.Consider greater = KNOWLEDGE.referralMap()
			.consider(findings(List.of("occiput", "base_of_skull"), List.of(), null)).get(0);
		assertThat(greater.reason()).isEqualTo("pain at the base of the skull and at the back of the head");
		assertThat(greater.side()).isNull();
	}

	@Test
	void regionsNamedInTheVisitorsWordsCountLikeTheMap() {
		Findings findings = new Findings(KNOWLEDGE.catalogue());
		findings.record(new Finding("headache", FindingStatus.PRESENT, "right", List.of("behind_ear"), null, List.of()));
		assertThat(KNOWLEDGE.referralMap().consider(findings)).first()
			.satisfies(c -> assertThat(c.structure().id()).isEqualTo("lesser_occipital_nerve"))
			.satisfies(c -> assertThat(c.side()).isEqualTo("right"));
	}

	private static Findings findings(List<String> regions, List<String> present, String side) {
		Findings findings = new Findings(KNOWLEDGE.catalogue());
		if (!regions.isEmpty()) {
			findings.record(new Finding("pain_regions", FindingStatus.PRESENT, null, regions, null, List.of()));
		}
		if (side != null) {
			findings.record(new Finding("side", FindingStatus.PRESENT, side, List.of(), null, List.of()));
		}
		present.forEach(id -> findings.record(Finding.of(id, FindingStatus.PRESENT)));
		return findings;
	}

}
