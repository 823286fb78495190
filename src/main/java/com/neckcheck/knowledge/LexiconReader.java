package com.neckcheck.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.nlp.LexiconData;
import com.neckcheck.nlp.LexiconData.Category;
import com.neckcheck.nlp.LexiconData.ContextRule;
import com.neckcheck.nlp.LexiconData.Direction;

/** Reads dialogs/lexicon.yaml, dialogs/context.yaml and the name finder's corpus, dialogs/ner-training.txt. */
final class LexiconReader {

	private static final Pattern ENTITY = Pattern.compile("<START:([^>]+)>");

	private final FindingCatalogue catalogue;

	LexiconReader(FindingCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	LexiconData read(YamlNode lexicon, YamlNode context, Map<String, List<String>> corpora, Problems problems) {
		Map<String, List<String>> findings = phrases(lexicon.get("findings"), "findings", catalogue.ids());
		Map<String, List<String>> regions = phrases(lexicon.get("regions"), "regions", catalogue.regions().keySet());
		Map<String, List<String>> sides = phrases(lexicon.get("sides"), "sides", FindingCatalogue.SIDES);
		Map<String, LexiconData.DrugClass> classes = new LinkedHashMap<>();
		lexicon.get("classes").entries().forEach((name, node) -> {
			String takes = node.optional("takes").orElse("");
			String days = node.optional("days").orElse("");
			for (String id : List.of(takes, days)) {
				if (!catalogue.contains(id)) {
					node.problem("classes: class '" + name + "': unknown finding '" + id + "'" + Conditions.suggestion(id, catalogue.ids()));
				}
			}
			classes.put(name, new LexiconData.DrugClass(takes, days));
		});
		Map<String, List<String>> drugs = phrases(lexicon.get("drugs"), "drugs", classes.keySet());
		List<LexiconData.NearRule> near = new ArrayList<>();
		for (YamlNode rule : lexicon.get("near").items()) {
			String finding = rule.optional("finding").orElse("");
			if (!catalogue.contains(finding)) {
				rule.problem("near: unknown finding '" + finding + "'" + Conditions.suggestion(finding, catalogue.ids()));
			}
			Set<String> words = lowered(rule.get("words").strings());
			Set<String> close = lowered(rule.get("near").strings());
			if (words.isEmpty() || close.isEmpty()) {
				rule.problem("near: rule for '" + finding + "' needs 'words' and 'near'");
			}
			near.add(new LexiconData.NearRule(finding, words, close, (int) rule.requiredNumber("within", "near rule for '" + finding + "'")));
		}
		int scope = (int) context.number("defaultScope", "context").orElse(5.0).doubleValue();
		List<ContextRule> rules = new ArrayList<>();
		for (YamlNode rule : context.get("rules").items()) {
			List<String> phrases = rule.get("phrases").strings();
			Category category = enumValue(Category.class, rule, "category", null);
			Direction direction = enumValue(Direction.class, rule, "direction", Direction.BOTH);
			if (phrases.isEmpty()) {
				rule.problem("context rule without 'phrases'");
			}
			if (category != null) {
				rules.add(new ContextRule(lowered(phrases).stream().toList(), category, direction,
						(int) rule.number("scope", "context rule").orElse((double) scope).doubleValue()));
			}
		}
		Set<String> ignored = findingList(context.get("historicalIgnoredRedFlags"));
		Set<String> histories = findingList(context.get("historyFindings"));
		List<String> corpus = new java.util.ArrayList<>();
		corpora.forEach((name, lines) -> {
			checkCorpus(name, lines, problems);
			if (!corpus.isEmpty()) {
				corpus.add("");
			}
			corpus.addAll(lines);
		});
		Map<String, Set<String>> softenedBy = new LinkedHashMap<>();
		lexicon.get("softenedBy").entries().forEach((id, list) -> {
			if (!catalogue.contains(id)) {
				list.problem("softenedBy: unknown finding '" + id + "'" + Conditions.suggestion(id, catalogue.ids()));
			}
			softenedBy.put(id, findingList(list));
		});
		Set<String> brief = findingList(lexicon.get("brief"));
		return new LexiconData(findings, near, regions, sides, drugs, classes, lexicon.get("heavyUse").strings(),
				lexicon.get("corrections").strings(), scope, rules, ignored, histories, corpus, softenedBy, brief,
				temperature(lexicon.get("temperature")), bloodPressure(lexicon.get("bloodPressure")),
				findingList(lexicon.get("aboutOthers")), recent(lexicon.get("recent")),
				lowered(lexicon.get("usualWords").strings()), pregnancy(lexicon.get("pregnancy")),
				lowered(lexicon.get("onsetWords").strings()), lowered(lexicon.get("painWords").strings()),
				hearAsUnsure(lexicon.get("hearAsUnsure")), becomesWith(lexicon.get("becomesWith")),
				lowered(lexicon.get("formerlyWords").strings()), lowered(lexicon.get("perHeadacheWords").strings()),
				findingList(context.get("neverDenied")), roles(lexicon.get("roles")), numbers(lexicon.get("numbers")));
	}

	private static LexiconData.Numbers numbers(YamlNode node) {
		if (node.missing()) {
			node.problem("missing 'numbers' (the number words of stories and answers)");
		}
		return new LexiconData.Numbers(values(node.get("words"), "numbers.words"),
				values(node.get("times"), "numbers.times"), values(node.get("daysAMonth"), "numbers.daysAMonth"));
	}

	private static Map<String, Double> values(YamlNode node, String name) {
		if (node.missing() || node.entries().isEmpty()) {
			node.problem("missing or empty '" + name + "'");
		}
		Map<String, Double> values = new LinkedHashMap<>();
		node.entries().keySet().forEach(phrase -> node.number(phrase, "'" + phrase + "'")
			.ifPresent(n -> values.put(phrase.toLowerCase(Locale.ROOT).strip(), n)));
		return values;
	}

	private LexiconData.Roles roles(YamlNode node) {
		return new LexiconData.Roles(role(node, "side"), role(node, "regions"), role(node, "headache"),
				role(node, "headacheDays"), role(node, "attackHours"), role(node, "medicationMonths"),
				role(node, "severity"), role(node, "age"),
				findingList(node.get("sidedBody")), findingList(node.get("unspokenSubjects")));
	}

	private String role(YamlNode roles, String name) {
		String finding = roles.optional(name).orElse("");
		if (!catalogue.contains(finding)) {
			(roles.get(name).missing() ? roles : roles.get(name)).problem("roles: '" + name + "' names unknown finding '" + finding + "'"
					+ Conditions.suggestion(finding, catalogue.ids()));
		}
		return finding;
	}

	private List<LexiconData.BecomesWith> becomesWith(YamlNode node) {
		if (node.missing()) {
			return List.of();
		}
		return node.items().stream().map(rule -> {
			String becomes = rule.optional("becomes").orElse("");
			if (!catalogue.contains(becomes)) {
				rule.problem("becomesWith: unknown finding '" + becomes + "'" + Conditions.suggestion(becomes, catalogue.ids()));
			}
			List<Set<String>> with = rule.get("with").items().stream().map(group -> lowered(group.strings())).toList();
			if (with.isEmpty()) {
				rule.problem("becomesWith: 'with' needs at least one list of words");
			}
			return new LexiconData.BecomesWith(knownFinding(rule, "becomesWith"), becomes, with);
		}).toList();
	}

	private Map<String, Set<String>> hearAsUnsure(YamlNode node) {
		Map<String, Set<String>> words = new LinkedHashMap<>();
		node.entries().forEach((id, list) -> {
			if (!catalogue.contains(id)) {
				list.problem("hearAsUnsure: unknown finding '" + id + "'" + Conditions.suggestion(id, catalogue.ids()));
			}
			words.put(id, lowered(list.strings()));
		});
		return words;
	}

	private List<LexiconData.Recent> recent(YamlNode node) {
		List<LexiconData.Recent> rules = new ArrayList<>();
		for (YamlNode rule : node.items()) {
			String finding = rule.optional("finding").orElse("");
			String becomes = rule.optional("becomes").orElse("");
			for (String id : List.of(finding, becomes)) {
				if (!catalogue.contains(id)) {
					rule.problem("recent: unknown finding '" + id + "'" + Conditions.suggestion(id, catalogue.ids()));
				}
			}
			double within = rule.number("withinMonths", "recent").orElse(0.0);
			double beyond = rule.number("beyondMonths", "recent").orElse(0.0);
			if ((within > 0) == (beyond > 0)) {
				rule.problem("recent: rule for '" + finding + "' needs exactly one of 'withinMonths' and 'beyondMonths'");
			}
			rules.add(new LexiconData.Recent(finding, becomes, within, rule.number("fromDays", "recent").orElse(0.0), beyond,
					rule.optional("onset").map(Boolean::parseBoolean).orElse(false)));
		}
		return rules;
	}

	private LexiconData.Pregnancy pregnancy(YamlNode node) {
		if (node.missing()) {
			return null;
		}
		String finding = knownFinding(node, "pregnancy");
		return new LexiconData.Pregnancy(finding, node.requiredNumber("weeksAfterBirth", "pregnancy"));
	}

	/** The section's {@code finding}, reported as a problem when the catalogue has no such id. */
	private String knownFinding(YamlNode node, String section) {
		String finding = node.optional("finding").orElse("");
		if (!catalogue.contains(finding)) {
			node.problem(section + ": unknown finding '" + finding + "'" + Conditions.suggestion(finding, catalogue.ids()));
		}
		return finding;
	}

	/** Levels of blood pressure readings, each setting its own finding ("high", "very high"). */
	private List<LexiconData.BloodPressure> bloodPressure(YamlNode node) {
		if (node.missing()) {
			return List.of();
		}
		return node.items().stream().map(level -> new LexiconData.BloodPressure(knownFinding(level, "bloodPressure"),
				level.requiredNumber("systolic", "bloodPressure"), level.requiredNumber("diastolic", "bloodPressure")))
			.toList();
	}

	private LexiconData.Temperature temperature(YamlNode node) {
		if (node.missing()) {
			return null;
		}
		String finding = knownFinding(node, "temperature");
		return new LexiconData.Temperature(finding, node.requiredNumber("celsius", "temperature"),
				node.requiredNumber("fahrenheit", "temperature"));
	}

	private Map<String, List<String>> phrases(YamlNode section, String name, java.util.Collection<String> keys) {
		Map<String, List<String>> phrases = new LinkedHashMap<>();
		section.entries().forEach((key, list) -> {
			if (!keys.contains(key)) {
				list.problem(name + ": unknown id '" + key + "'" + Conditions.suggestion(key, keys));
			}
			phrases.put(key, lowered(list.strings()).stream().toList());
		});
		return phrases;
	}

	private Set<String> findingList(YamlNode node) {
		Set<String> ids = new HashSet<>();
		for (YamlNode item : node.items()) {
			String id = item.scalar().orElse("");
			if (!catalogue.contains(id)) {
				item.problem("unknown finding '" + id + "'" + Conditions.suggestion(id, catalogue.ids()));
			}
			ids.add(id);
		}
		return ids;
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, YamlNode node, String key, E fallback) {
		String value = node.optional(key).orElse(null);
		if (value == null) {
			if (fallback == null) {
				node.problem("context rule: missing '" + key + "'");
			}
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			node.get(key).problem("context rule: unknown " + key + " '" + value + "'");
			return fallback;
		}
	}

	private static Set<String> lowered(List<String> values) {
		Set<String> set = new java.util.LinkedHashSet<>();
		values.forEach(v -> set.add(v.toLowerCase(Locale.ROOT).strip()));
		return set;
	}

	private void checkCorpus(String name, List<String> corpus, Problems problems) {
		for (int i = 0; i < corpus.size(); i++) {
			Matcher matcher = ENTITY.matcher(corpus.get(i));
			while (matcher.find()) {
				if (!catalogue.contains(matcher.group(1))) {
					problems.add(name, i + 1, "unknown finding '" + matcher.group(1) + "'"
							+ Conditions.suggestion(matcher.group(1), catalogue.ids()));
				}
			}
			int starts = corpus.get(i).split("<START:", -1).length - 1;
			int ends = corpus.get(i).split("<END>", -1).length - 1;
			if (starts != ends) {
				problems.add(name, i + 1, "every <START:...> needs its <END>");
			}
		}
	}

}
