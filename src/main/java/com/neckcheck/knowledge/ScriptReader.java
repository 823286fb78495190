package com.neckcheck.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.neckcheck.dialog.DialogScript;
import com.neckcheck.dialog.Option;
import com.neckcheck.dialog.Question;
import com.neckcheck.dialog.QuestionKind;
import com.neckcheck.finding.Condition;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;

/**
 * Reads dialogs/screening.yaml. Besides the shape of each question it checks that every question can be
 * reached: its condition may only depend on findings that an earlier question establishes, and no earlier
 * unconditional question may already establish its finding.
 */
final class ScriptReader {

	private static final Set<String> SECTIONS = Set.of(Question.OPENING, Question.RED_FLAGS, "pattern", "medication",
			Question.AFTER_URGENT);

	private final FindingCatalogue catalogue;

	private final Conditions conditions;

	private final Set<String> units;

	ScriptReader(FindingCatalogue catalogue, Conditions conditions, Set<String> units) {
		this.catalogue = catalogue;
		this.conditions = conditions;
		this.units = units;
	}

	/** The longest page a checklist may show: more than five items at once is too many to read on a phone. */
	private static final int MAX_PAGE = 5;

	private record Draft(YamlNode node, String id, String finding, QuestionKind kind, String section, String text,
			List<Option> options, String unit, Double min, Double max, String told, boolean confirmOnly,
			boolean always, int page) {
	}

	DialogScript read(YamlNode root) {
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> ids = new HashMap<>();
		for (YamlNode node : root.get("questions").items()) {
			Draft draft = draft(node);
			if (draft == null) {
				continue;
			}
			Integer earlier = ids.putIfAbsent(draft.id(), node.line());
			if (earlier != null) {
				node.problem("duplicate question id '" + draft.id() + "' (first at line " + earlier + ")");
			}
			drafts.add(draft);
		}
		if (drafts.isEmpty()) {
			root.problem("no questions: screening.yaml needs a 'questions:' list");
		}
		List<Question> questions = link(drafts);
		everyWarningSignCanBeConfirmed(root, questions);
		return new DialogScript(questions);
	}

	/**
	 * A warning sign heard only uncertainly in a visitor's words is put to them as its own yes/no question,
	 * so every red flag of the catalogue needs one.
	 */
	private void everyWarningSignCanBeConfirmed(YamlNode root, List<Question> questions) {
		for (String id : catalogue.ids()) {
			boolean asked = questions.stream().anyMatch(q -> q.kind() == QuestionKind.YESNO && q.finding().equals(id));
			if (catalogue.isRedFlag(id) && !asked) {
				root.problem("warning sign '" + id + "' has no yes/no question: add one (with 'confirmOnly: true' if it"
						+ " should be asked only when a visitor's words hint at it)");
			}
		}
	}

	private Draft draft(YamlNode node) {
		String id = node.optional("id").orElse(null);
		if (id == null) {
			node.problem("question without 'id'");
			return null;
		}
		String owner = "question '" + id + "'";
		String finding = node.optional("finding").orElse(null);
		if (finding == null) {
			node.problem(owner + ": missing 'finding'");
		}
		else if (!Question.OPEN.equals(finding) && !catalogue.contains(finding)) {
			node.get("finding").problem(owner + ": unknown finding '" + finding + "'"
					+ Conditions.suggestion(finding, catalogue.ids()));
		}
		QuestionKind kind = kind(node, owner);
		String section = node.optional("section").orElse("pattern");
		if (!SECTIONS.contains(section)) {
			node.get("section").problem(owner + ": unknown section '" + section + "' (use " + String.join(", ", SECTIONS) + ")");
		}
		String text = node.text("text", owner);
		List<Option> options = options(node, owner, kind);
		String unit = node.optional("unit").orElse(null);
		Double min = node.number("min", owner).orElse(null);
		Double max = node.number("max", owner).orElse(null);
		if (kind != null && kind.numeric()) {
			if (unit == null || !units.contains(unit)) {
				node.problem(owner + ": a " + kind.wire() + " question needs a 'unit' (" + String.join(", ", units) + ")");
			}
			if (finding != null && !catalogue.carries(finding, FindingCatalogue.Carries.VALUE) && catalogue.contains(finding)) {
				node.problem(owner + ": finding '" + finding + "' holds no number; the catalogue must say 'carries: [value]'");
			}
			conditions.allowRange(finding, min, max);
		}
		if (finding != null) {
			conditions.allowValues(finding, options.stream().filter(o -> o.finding() == null && !o.exclusive())
				.map(Option::value).toList());
		}
		String told = node.optional("told").orElse(null);
		if (told != null && !catalogue.contains(told)) {
			node.get("told").problem(owner + ": unknown finding '" + told + "'" + Conditions.suggestion(told, catalogue.ids()));
		}
		boolean confirmOnly = node.optional("confirmOnly").map(Boolean::parseBoolean).orElse(false);
		if (confirmOnly && (kind != QuestionKind.YESNO || finding == null || !catalogue.isRedFlag(finding))) {
			node.problem(owner + ": 'confirmOnly' is for a yes/no question about a warning sign (redFlag: true)");
		}
		boolean always = node.optional("always").map(Boolean::parseBoolean).orElse(false);
		if (always && confirmOnly) {
			node.problem(owner + ": a question cannot be both 'always' asked and 'confirmOnly'");
		}
		int page = node.number("page", owner).map(Double::intValue).orElse(0);
		boolean checklist = kind == QuestionKind.MULTI && options.stream().anyMatch(o -> o.finding() != null);
		if (!node.get("page").missing() && (page < 2 || page > MAX_PAGE || !checklist)) {
			node.get("page").problem(owner + ": 'page' is for a checklist of findings (kind multi), from 2 to "
					+ MAX_PAGE + " items");
		}
		return new Draft(node, id, finding, kind, section, text, options, unit, min, max, told, confirmOnly, always,
				page);
	}

	private QuestionKind kind(YamlNode node, String owner) {
		String kind = node.optional("kind").orElse(null);
		if (kind == null) {
			node.problem(owner + ": missing 'kind'");
			return null;
		}
		try {
			return QuestionKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			node.get("kind").problem(owner + ": unknown kind '" + kind + "' (use yesno, choice, multi, scale, number, text, painmap)");
			return null;
		}
	}

	private List<Option> options(YamlNode node, String owner, QuestionKind kind) {
		List<Option> options = new ArrayList<>();
		Set<String> values = new LinkedHashSet<>();
		for (YamlNode item : node.get("options").items()) {
			String value = item.optional("value").orElse(null);
			if (value == null) {
				item.problem(owner + ": option without 'value'");
				continue;
			}
			String optionOwner = owner + ", option '" + value + "'";
			if (!values.add(value)) {
				item.problem(owner + ": duplicate option value '" + value + "'");
			}
			String label = item.text("label", optionOwner);
			String finding = item.optional("finding").orElse(null);
			if (finding != null && !catalogue.contains(finding)) {
				item.get("finding").problem(optionOwner + ": unknown finding '" + finding + "'"
						+ Conditions.suggestion(finding, catalogue.ids()));
			}
			Map<String, FindingStatus> sets = new LinkedHashMap<>();
			item.get("sets").entries().forEach((id, status) -> {
				if (!catalogue.contains(id)) {
					status.problem(optionOwner + ": sets unknown finding '" + id + "'" + Conditions.suggestion(id, catalogue.ids()));
					return;
				}
				String name = status.scalar().orElse("");
				try {
					sets.put(id, FindingStatus.valueOf(name.toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					status.problem(optionOwner + ": unknown status '" + name + "' (use present, absent, uncertain)");
				}
			});
			boolean exclusive = item.optional("exclusive").map("true"::equalsIgnoreCase).orElse(false);
			options.add(new Option(value, label, finding, sets, exclusive));
		}
		if ((kind == QuestionKind.CHOICE || kind == QuestionKind.MULTI) && options.size() < 2) {
			node.problem(owner + ": a " + kind.wire() + " question needs at least two options");
		}
		return options;
	}

	private List<Question> link(List<Draft> drafts) {
		Set<String> established = new LinkedHashSet<>();
		Map<String, Draft> alwaysAsked = new HashMap<>();
		List<Question> questions = new ArrayList<>();
		for (Draft draft : drafts) {
			String owner = "question '" + draft.id() + "'";
			Condition when = null;
			YamlNode whenNode = draft.node().get("when");
			if (!whenNode.missing()) {
				when = conditions.read(whenNode, owner, name -> null).orElse(null);
				if (when != null) {
					Set<String> needed = new LinkedHashSet<>();
					when.atoms(atom -> needed.add(atom.finding()));
					needed.stream().filter(f -> !established.contains(f)).forEach(f -> whenNode.problem(owner
							+ " is unreachable: its condition depends on '" + f + "', which no earlier question asks"));
				}
			}
			List<String> optionFindings = draft.options().stream().map(Option::finding).filter(f -> f != null).toList();
			Draft first = optionFindings.isEmpty() && !draft.confirmOnly() ? alwaysAsked.get(draft.finding()) : null;
			if (first != null) {
				draft.node().problem(owner + " is unreachable: question '" + first.id() + "' (line " + first.node().line()
						+ ") always establishes '" + draft.finding() + "' before it");
			}
			if (whenNode.missing() && optionFindings.isEmpty() && draft.finding() != null && !draft.confirmOnly()
					&& !Question.OPEN.equals(draft.finding())) {
				alwaysAsked.putIfAbsent(draft.finding(), draft);
			}
			established.add(draft.finding());
			if (draft.told() != null) {
				established.add(draft.told());
			}
			established.addAll(optionFindings);
			draft.options().forEach(o -> established.addAll(o.sets().keySet()));
			if (draft.kind() != null && draft.finding() != null) {
				questions.add(new Question(draft.id(), draft.finding(), draft.kind(), draft.section(), draft.text(), when,
						draft.options(), draft.unit(), draft.min(), draft.max(), draft.told(), draft.confirmOnly(),
						draft.always(), draft.page()));
			}
		}
		return questions;
	}


}
