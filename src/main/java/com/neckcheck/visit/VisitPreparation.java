package com.neckcheck.visit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.neckcheck.dialog.Question;
import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;
import com.neckcheck.knowledge.IntakeLayout;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.nlp.LexiconData;
import com.neckcheck.screening.MedicationOveruseRule;
import com.neckcheck.transcript.Entry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the pre-visit intake of a stored screening: its findings come from the summary the visitor was
 * shown, where each warning sign came from from the transcript (the visitor's words the language pipeline
 * noted it in, and the question whose answer settled it).
 */
@Component
public class VisitPreparation {

	private final Knowledge knowledge;

	private final JsonMapper json;

	public VisitPreparation(Knowledge knowledge, JsonMapper json) {
		this.knowledge = knowledge;
		this.json = json;
	}

	/**
	 * @param entries the transcript in order
	 * @param notedBySeq what the language pipeline noted in each visitor message (JSON arrays of findings)
	 * @param summary the summary given last, or null when the screening did not reach one
	 */
	public Intake intake(List<Entry> entries, Map<Integer, String> notedBySeq, JsonNode summary) {
		Findings findings = findings(summary);
		IntakeLayout layout = knowledge.intake();
		IntakeLayout.Facts facts = layout.facts();
		Provenance provenance = provenance(entries, notedBySeq);
		List<Intake.Section> sections = layout.sections()
			.stream()
			.map(section -> new Intake.Section(section.id(), section.label(), section.findings()
				.stream()
				.map(id -> new Intake.Item(id, knowledge.catalogue().label(id), Answer.of(findings.get(id))))
				.toList()))
			.toList();
		List<Intake.WarningSign> signs = knowledge.catalogue()
			.ids()
			.stream()
			.filter(knowledge.catalogue()::isRedFlag)
			.map(id -> new Intake.WarningSign(id, knowledge.catalogue().label(id), Answer.of(findings.get(id)),
					provenance.words().get(id), provenance.questions().get(id)))
			.toList();
		MedicationOveruseRule overuse = knowledge.medication();
		String criteria = overuse.criteriaMet(findings);
		return new Intake(value(findings, facts.age()), side(findings, facts.side()), regions(findings, facts.regions()),
				value(findings, facts.headacheDays()), value(findings, facts.attackHours()),
				value(findings, facts.severity()), sections, medicines(findings),
				new Intake.Overuse(criteria != null, criteria), treatments(findings, facts.treatments()), signs,
				outcome(summary), examine(findings));
	}

	/** The findings of a summary, typed again; none when there is no summary. */
	private Findings findings(JsonNode summary) {
		return findingsOf(knowledge.catalogue(), summary == null ? null : summary.path("findings"));
	}

	/** Findings as the summary and the labelled export write them (the wire's shape), typed again. */
	static Findings findingsOf(FindingCatalogue catalogue, JsonNode array) {
		Findings findings = new Findings(catalogue);
		if (array == null) {
			return findings;
		}
		for (JsonNode f : array) {
			String id = f.path("finding").asString("");
			if (!catalogue.contains(id)) {
				continue;
			}
			List<String> regions = new ArrayList<>();
			f.path("regions").forEach(r -> regions.add(r.asString()));
			List<String> items = new ArrayList<>();
			f.path("items").forEach(i -> items.add(i.asString()));
			findings.record(new Finding(id, FindingStatus.valueOf(f.path("status").asString("present").toUpperCase(Locale.ROOT)),
					f.path("side").isString() ? f.path("side").asString() : null, regions,
					f.path("value").isNumber() ? f.path("value").asDouble() : null, items));
		}
		return findings;
	}

	private record Provenance(Map<String, String> words, Map<String, String> questions) {
	}

	/**
	 * Where each finding came from: the first words of the visitor's it was noted in, and the last question
	 * whose reply could settle it.
	 */
	private Provenance provenance(List<Entry> entries, Map<Integer, String> notedBySeq) {
		Map<String, String> words = new HashMap<>();
		Map<String, String> questions = new HashMap<>();
		Question asked = null;
		for (Entry entry : entries) {
			if (entry.speaker() == Entry.Speaker.BOT) {
				if (entry.question() != null) {
					asked = knowledge.script().questions().stream()
						.filter(q -> q.id().equals(entry.question()))
						.findFirst()
						.orElse(null);
				}
				continue;
			}
			String noted = notedBySeq.get(entry.seq());
			if (noted != null) {
				for (JsonNode f : json.readTree(noted)) {
					String text = f.path("text").asString(null);
					if (text != null && !text.isBlank()) {
						words.putIfAbsent(f.path("finding").asString(""), text);
					}
				}
			}
			if (asked != null) {
				for (String id : asked.establishes()) {
					questions.put(id, asked.text());
				}
			}
		}
		return new Provenance(words, questions);
	}

	private static Double value(Findings findings, String id) {
		return findings.get(id).filter(f -> f.status() == FindingStatus.PRESENT).map(Finding::value).orElse(null);
	}

	private static String side(Findings findings, String id) {
		return findings.get(id).filter(f -> f.status() == FindingStatus.PRESENT).map(Finding::side).orElse(null);
	}

	/** The pain map, then any region the visitor named in words, each once. */
	private List<Intake.Region> regions(Findings findings, String mapId) {
		List<String> ids = new ArrayList<>();
		findings.get(mapId).map(Finding::regions).ifPresent(ids::addAll);
		findings.all()
			.stream()
			.filter(f -> f.status() == FindingStatus.PRESENT && f.regions() != null)
			.flatMap(f -> f.regions().stream())
			.filter(r -> !ids.contains(r))
			.forEach(ids::add);
		return ids.stream().map(r -> new Intake.Region(r, knowledge.catalogue().regionLabel(r))).toList();
	}

	private List<Intake.Medicine> medicines(Findings findings) {
		Map<String, String> takesByDays = new HashMap<>();
		knowledge.language().classes().values().forEach(c -> takesByDays.put(c.days(), c.takes()));
		List<Intake.Medicine> medicines = new ArrayList<>();
		for (MedicationOveruseRule.DrugClass drugClass : knowledge.medication().classes()) {
			Double days = value(findings, drugClass.finding());
			String takes = takesByDays.get(drugClass.finding());
			Answer taken = takes == null ? Answer.NOT_ASKED : Answer.of(findings.get(takes));
			if (taken == Answer.NOT_ASKED && days != null) {
				taken = days > 0 ? Answer.YES : Answer.NO;
			}
			medicines.add(new Intake.Medicine(drugClass.label(), taken, days, drugClass.atLeast(),
					days != null && days >= drugClass.atLeast()));
		}
		return medicines;
	}

	/** The treatments tried, by the labels the visitor picked them by; null when not asked. */
	private List<String> treatments(Findings findings, String id) {
		Optional<Finding> tried = findings.get(id);
		if (tried.isEmpty()) {
			return null;
		}
		Map<String, String> labels = new HashMap<>();
		knowledge.script().questions().stream().filter(q -> q.finding().equals(id))
			.forEach(q -> q.options().forEach(o -> labels.put(o.value(), o.label())));
		return tried.get().items() == null ? List.of()
				: tried.get().items().stream().map(item -> labels.getOrDefault(item, item)).toList();
	}

	private static Intake.Outcome outcome(JsonNode summary) {
		if (summary == null) {
			return null;
		}
		List<Intake.Factor> factors = new ArrayList<>();
		summary.path("factors").forEach(f -> factors.add(new Intake.Factor(f.path("label").asString(""),
				f.path("weight").asDouble())));
		JsonNode neck = summary.path("neck");
		return new Intake.Outcome(summary.path("triage").asString(null), summary.path("pattern").asString(null),
				neck.path("probability").isNumber() ? neck.path("probability").asDouble() : null,
				neck.path("band").asString(null), factors);
	}

	private List<Intake.Structure> examine(Findings findings) {
		return knowledge.referralMap()
			.consider(findings)
			.stream()
			.map(c -> new Intake.Structure(c.structure().label(), c.side(), c.reason(), c.structure().source()))
			.toList();
	}

}
