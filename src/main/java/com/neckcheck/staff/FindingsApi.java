package com.neckcheck.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.neckcheck.finding.HeadachePattern;
import com.neckcheck.finding.NeckBand;
import com.neckcheck.finding.Texts;
import com.neckcheck.finding.TriageLevel;
import com.neckcheck.knowledge.Knowledge;

/**
 * The finding catalogue's labels and regions, and the short names of the triage levels, patterns and neck
 * bands (dialogs/texts.yaml, {@code staff}), so the console names everything the way the clinic wrote it.
 */
@RestController
class FindingsApi {

	record Catalogue(Map<String, String> findings, Map<String, String> regions, Labels labels) {
	}

	/** Short names by wire name, in the enums' order. */
	record Labels(Map<String, String> triage, Map<String, String> pattern, Map<String, String> band) {
	}

	private final Catalogue catalogue;

	FindingsApi(Knowledge knowledge) {
		Map<String, String> findings = new TreeMap<>();
		knowledge.catalogue().ids().forEach(id -> findings.put(id, knowledge.catalogue().label(id)));
		Texts texts = knowledge.texts();
		Labels labels = new Labels(labels(TriageLevel.values(), TriageLevel::wire, t -> texts.get(Texts.staffLabel(t))),
				labels(HeadachePattern.values(), HeadachePattern::wire, p -> texts.get(Texts.staffLabel(p))),
				labels(NeckBand.values(), NeckBand::wire, b -> texts.get(Texts.staffLabel(b))));
		this.catalogue = new Catalogue(findings, new TreeMap<>(knowledge.catalogue().regions()), labels);
	}

	private static <E> Map<String, String> labels(E[] values, Function<E, String> wire, Function<E, String> label) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (E value : values) {
			labels.put(wire.apply(value), label.apply(value));
		}
		return labels;
	}

	@GetMapping("/api/staff/findings")
	Catalogue catalogue() {
		return catalogue;
	}

}
