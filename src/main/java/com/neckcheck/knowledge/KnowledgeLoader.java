package com.neckcheck.knowledge;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import com.neckcheck.dialog.AnswerLexicon;
import com.neckcheck.dialog.DialogScript;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingCatalogue.Carries;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Texts;
import com.neckcheck.nlp.LexiconData;
import com.neckcheck.screening.MedicationOveruseRule;
import com.neckcheck.screening.NeckLikelihoodModel;
import com.neckcheck.screening.PatternRules;
import com.neckcheck.screening.ReferralMap;
import com.neckcheck.screening.TriageRules;

/**
 * Reads the dialog files from a folder (the jar's own copy by default, or the clinic's) and checks them.
 * All problems are collected before failing, so the clinic sees every mistake of an edit at once.
 */
public final class KnowledgeLoader {

	static final String[] FILES = { "findings.yaml", "texts.yaml", "answers.yaml", "screening.yaml",
			"red-flags.yaml", "patterns.yaml", "likelihood.yaml", "medication.yaml", "lexicon.yaml", "context.yaml", "referral-map.yaml", "intake.yaml" };

	static final String CORPUS = "ner-training.txt";

	/** Warning signs and look-alikes in lay words, written by hand (the corpus above is generated). */
	static final String SIGN_SENTENCES = "warning-sign-sentences.txt";

	private final ResourceLoader resources;

	private final String location;

	private final Problems problems = new Problems();

	private KnowledgeLoader(ResourceLoader resources, String location) {
		this.resources = resources;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/** @throws DialogScriptException listing every problem with its file and line */
	public static Knowledge load(ResourceLoader resources, String location) {
		return new KnowledgeLoader(resources, location).load();
	}

	private Knowledge load() {
		Map<String, YamlNode> files = new HashMap<>();
		for (String name : FILES) {
			files.put(name, read(name));
		}
		problems.throwIfAny();
		FindingCatalogue catalogue = catalogue(files.get("findings.yaml"));
		Texts texts = texts(files.get("texts.yaml"));
		Conditions conditions = new Conditions(catalogue);
		DialogScript script = new ScriptReader(catalogue, conditions, Set.of("years", "days_per_month", "hours",
				"months", "score")).read(files.get("screening.yaml"));
		RulesReader rules = new RulesReader(catalogue, conditions);
		TriageRules triage = rules.triage(files.get("red-flags.yaml"));
		PatternRules patterns = rules.patterns(files.get("patterns.yaml"));
		NeckLikelihoodModel likelihood = rules.likelihood(files.get("likelihood.yaml"));
		MedicationOveruseRule medication = rules.medication(files.get("medication.yaml"));
		ReferralMap referralMap = rules.referralMap(files.get("referral-map.yaml"));
		IntakeLayout intake = rules.intake(files.get("intake.yaml"));
		LexiconData language = new LexiconReader(catalogue).read(files.get("lexicon.yaml"), files.get("context.yaml"),
				corpora(), problems);
		AnswerLexicon lexicon = lexicon(files.get("answers.yaml"), language.numbers(), catalogue);
		problems.throwIfAny();
		return new Knowledge(catalogue, script, lexicon, texts, triage, patterns, likelihood, medication, language,
				referralMap, intake);
	}

	/**
	 * The training corpora of the name finder and the warning-sign classifier, by the name shown in errors;
	 * absent files mean no trained model, only the lexicon.
	 */
	private Map<String, List<String>> corpora() {
		Map<String, List<String>> corpora = new java.util.LinkedHashMap<>();
		for (String name : List.of(CORPUS, SIGN_SENTENCES)) {
			Resource resource = resources.getResource(location + name);
			if (!resource.exists()) {
				continue;
			}
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				corpora.put(shownName(resource, name), new java.io.BufferedReader(reader).lines().toList());
			}
			catch (IOException ex) {
				problems.add(shownName(resource, name), 1, "cannot be read: " + ex.getMessage());
			}
		}
		return corpora;
	}

	private YamlNode read(String name) {
		Resource resource = resources.getResource(location + name);
		String shown = shownName(resource, name);
		if (!resource.exists()) {
			problems.add(shown, 1, "missing file (looked in " + location + ")");
			return new YamlNode(shown, null, 1, problems);
		}
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(true);
			Node root = new Yaml(options).compose(reader);
			if (root == null) {
				problems.add(shown, 1, "empty file");
			}
			return new YamlNode(shown, root, 1, problems);
		}
		catch (MarkedYAMLException ex) {
			int noticed = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			int line = ex.getContextMark() != null ? ex.getContextMark().getLine() + 1 : noticed;
			problems.add(shown, line, "not valid YAML: " + ex.getProblem()
					+ (line == noticed ? "" : " (noticed at line " + noticed + ")"));
		}
		catch (IOException ex) {
			problems.add(shown, 1, "cannot be read: " + ex.getMessage());
		}
		return new YamlNode(shown, null, 1, problems);
	}

	private String shownName(Resource resource, String name) {
		try {
			if (resource.isFile()) {
				return resource.getFile().getPath();
			}
		}
		catch (IOException ex) {
			// fall through to the logical name
		}
		return "dialogs/" + name;
	}

	private static FindingCatalogue catalogue(YamlNode root) {
		FindingCatalogue catalogue = new FindingCatalogue();
		for (YamlNode region : root.get("regions").items()) {
			String id = region.optional("id").orElse(null);
			if (id == null) {
				region.problem("region without 'id'");
				continue;
			}
			if (catalogue.regions().containsKey(id)) {
				region.problem("duplicate region id '" + id + "'");
			}
			catalogue.addRegion(id, region.text("label", "region '" + id + "'"));
		}
		for (YamlNode node : root.get("findings").items()) {
			String id = node.optional("id").orElse(null);
			if (id == null) {
				node.problem("finding without 'id'");
				continue;
			}
			String owner = "finding '" + id + "'";
			if (catalogue.contains(id)) {
				node.problem("duplicate finding id '" + id + "'");
			}
			Set<Carries> carries = EnumSet.noneOf(Carries.class);
			for (YamlNode what : node.get("carries").items()) {
				String name = what.scalar().orElse("");
				try {
					carries.add(Carries.valueOf(name.toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					what.problem(owner + ": unknown 'carries' entry '" + name + "' (use side, regions, value, items)");
				}
			}
			boolean redFlag = node.optional("redFlag").map("true"::equalsIgnoreCase).orElse(false);
			catalogue.add(new FindingCatalogue.Entry(id, node.text("label", owner), Set.copyOf(carries), redFlag,
					node.optional("implies").orElse(null)));
		}
		for (YamlNode node : root.get("findings").items()) {
			String implies = node.optional("implies").orElse(null);
			if (implies != null && !catalogue.contains(implies)) {
				node.get("implies").problem("finding '" + node.optional("id").orElse("") + "': 'implies' names unknown finding '"
						+ implies + "'" + Conditions.suggestion(implies, catalogue.ids()));
			}
		}
		if (catalogue.ids().isEmpty()) {
			root.problem("no findings: findings.yaml needs a 'findings:' list");
		}
		return catalogue;
	}

	private static Texts texts(YamlNode root) {
		Map<String, String> flat = new LinkedHashMap<>();
		flatten("", root, flat);
		for (String key : Texts.REQUIRED) {
			if (flat.getOrDefault(key, "").isBlank()) {
				root.problem("missing text '" + key + "'");
			}
		}
		return new Texts(flat);
	}

	private static void flatten(String prefix, YamlNode node, Map<String, String> flat) {
		node.entries().forEach((key, value) -> {
			if (!value.isMapping()) {
				value.scalar().ifPresent(text -> flat.put(prefix + key, text.strip()));
			}
			else {
				flatten(prefix + key + ".", value, flat);
			}
		});
	}

	/** The answers' own words, with the number table of lexicon.yaml that stories use too. */
	private static AnswerLexicon lexicon(YamlNode root, LexiconData.Numbers shared, FindingCatalogue catalogue) {
		Map<String, FindingStatus> yesno = new HashMap<>();
		YamlNode words = root.get("yesno");
		Map<String, FindingStatus> kinds = Map.of("yes", FindingStatus.PRESENT, "no", FindingStatus.ABSENT, "unsure",
				FindingStatus.UNCERTAIN);
		kinds.forEach((kind, status) -> {
			if (words.get(kind).missing()) {
				words.problem("yesno: missing the '" + kind + "' words");
			}
			for (YamlNode phrase : words.get(kind).items()) {
				phrase.scalar().map(AnswerLexicon::normalize).ifPresent(p -> {
					FindingStatus earlier = yesno.put(p, status);
					if (earlier != null && earlier != status) {
						phrase.problem("yesno: '" + p + "' is listed as more than one kind of answer");
					}
				});
			}
		});
		Map<String, Map<String, Double>> phrases = perUnit(root.get("numberPhrases"));
		phrases.put(DAYS_A_MONTH, withShared(root.get("numberPhrases").get(DAYS_A_MONTH),
				phrases.getOrDefault(DAYS_A_MONTH, Map.of()), shared.daysAMonth(), "numbers.daysAMonth"));
		Map<String, Double> numberWords = withShared(root.get("numberWords"), numbers(root.get("numberWords")),
				shared.words(), "numbers.words");
		Set<String> neutral = new HashSet<>();
		if (root.get("neutralFindings").missing()) {
			root.problem("answers.yaml: missing 'neutralFindings'");
		}
		for (YamlNode item : root.get("neutralFindings").items()) {
			item.scalar().ifPresent(id -> {
				if (!catalogue.contains(id)) {
					item.problem("neutralFindings: unknown finding '" + id + "'" + Conditions.suggestion(id, catalogue.ids()));
				}
				neutral.add(id);
			});
		}
		return new AnswerLexicon(yesno, numberWords, shared.times(), phrases, perUnit(root.get("unitWords")),
				words(root, "replyWords"),
				words(root, "questionStarts"), neutral);
	}

	private static final String DAYS_A_MONTH = "days_per_month";

	/**
	 * The answer-only entries of answers.yaml with the shared ones of lexicon.yaml; a phrase in both must not
	 * disagree, since a story and an answer would then read it differently.
	 */
	private static Map<String, Double> withShared(YamlNode node, Map<String, Double> own, Map<String, Double> shared,
			String sharedName) {
		Map<String, Double> merged = new HashMap<>(own);
		shared.forEach((phrase, value) -> {
			Double earlier = merged.put(AnswerLexicon.normalize(phrase), value);
			if (earlier != null && !earlier.equals(value)) {
				node.problem("'" + phrase + "' is " + earlier + " here but " + value + " in lexicon.yaml " + sharedName
						+ "; keep it in one place");
			}
		});
		return merged;
	}

	private static Set<String> words(YamlNode root, String key) {
		if (root.get(key).missing()) {
			root.problem("answers.yaml: missing '" + key + "'");
		}
		Set<String> words = new HashSet<>();
		root.get(key).items().forEach(item -> item.scalar().map(AnswerLexicon::normalize).ifPresent(words::add));
		return words;
	}

	private static Map<String, Map<String, Double>> perUnit(YamlNode node) {
		Map<String, Map<String, Double>> byUnit = new HashMap<>();
		node.entries().forEach((unit, phrases) -> byUnit.put(unit, numbers(phrases)));
		return byUnit;
	}

	private static Map<String, Double> numbers(YamlNode node) {
		Map<String, Double> numbers = new HashMap<>();
		node.entries().keySet().forEach(phrase -> node.number(phrase, "'" + phrase + "'")
			.ifPresent(n -> numbers.put(AnswerLexicon.normalize(phrase), n)));
		return numbers;
	}

}
