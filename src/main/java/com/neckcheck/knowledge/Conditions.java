package com.neckcheck.knowledge;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.neckcheck.finding.Condition;
import com.neckcheck.finding.ConditionParser;
import com.neckcheck.finding.ConditionSyntaxException;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingCatalogue.Carries;

/**
 * Reads conditions of the dialog files and checks every leaf: the finding must exist, a {@code has} value
 * must be something a visitor can answer, and a comparison must be on a finding that holds a number in a
 * range where it can hold.
 */
final class Conditions {

	private final FindingCatalogue catalogue;

	private final Map<String, Set<String>> answerValues = new HashMap<>();

	private final Map<String, double[]> ranges = new HashMap<>();

	Conditions(FindingCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Values a visitor's answer can give a finding that carries items (the options of its questions). */
	void allowValues(String finding, Collection<String> values) {
		answerValues.computeIfAbsent(finding, f -> new LinkedHashSet<>()).addAll(values);
	}

	void allowRange(String finding, Double min, Double max) {
		ranges.put(finding, new double[] { min == null ? Double.NEGATIVE_INFINITY : min,
				max == null ? Double.POSITIVE_INFINITY : max });
	}

	Optional<Condition> read(YamlNode node, String owner, Function<String, Condition> criteria) {
		Optional<String> text = node.scalar().filter(s -> !s.isBlank());
		if (text.isEmpty()) {
			node.problem(owner + ": missing condition");
			return Optional.empty();
		}
		Condition condition;
		try {
			condition = ConditionParser.parse(text.get(), criteria);
		}
		catch (ConditionSyntaxException ex) {
			node.problem(owner + ": cannot read condition '" + text.get() + "': " + ex.getMessage());
			return Optional.empty();
		}
		int before = problemCount(node);
		condition.atoms(atom -> check(node, owner, atom));
		return problemCount(node) == before ? Optional.of(condition) : Optional.empty();
	}

	private int problemCount(YamlNode node) {
		return node.problems().size();
	}

	private void check(YamlNode node, String owner, Condition.Atom atom) {
		String finding = atom.finding();
		if (!catalogue.contains(finding)) {
			node.problem(owner + ": unknown finding '" + finding + "'" + suggestion(finding, catalogue.ids()));
			return;
		}
		if (atom instanceof Condition.Has has) {
			Set<String> possible = possibleValues(finding);
			for (String value : has.values()) {
				if (!possible.contains(value)) {
					node.problem(owner + ": condition on an unknown answer: '" + value + "' is never an answer for '"
							+ finding + "'" + (possible.isEmpty() ? "" : " (possible: " + String.join(", ", possible) + ")"));
				}
			}
		}
		if (atom instanceof Condition.Compare compare) {
			if (!catalogue.carries(finding, Carries.VALUE)) {
				node.problem(owner + ": condition on an unknown answer: '" + finding + "' holds no number");
				return;
			}
			double[] range = ranges.get(finding);
			if (range != null && !canHold(compare, range)) {
				node.problem(owner + ": condition on an unknown answer: '" + finding + " " + compare.operator() + " "
						+ compare.number() + "' can never hold; answers range from " + range[0] + " to " + range[1]);
			}
		}
	}

	private Set<String> possibleValues(String finding) {
		Set<String> values = new LinkedHashSet<>();
		if (catalogue.carries(finding, Carries.SIDE)) {
			values.addAll(FindingCatalogue.SIDES);
		}
		if (catalogue.carries(finding, Carries.REGIONS)) {
			values.addAll(catalogue.regions().keySet());
		}
		values.addAll(answerValues.getOrDefault(finding, Set.of()));
		return values;
	}

	private static boolean canHold(Condition.Compare compare, double[] range) {
		double n = compare.number();
		return switch (compare.operator()) {
			case ">=" -> range[1] >= n;
			case ">" -> range[1] > n;
			case "<=" -> range[0] <= n;
			case "<" -> range[0] < n;
			case "=" -> n >= range[0] && n <= range[1];
			default -> true;
		};
	}

	/** " (did you mean 'x'?)" for a name one or two edits away from a known one. */
	static String suggestion(String name, Collection<String> known) {
		return known.stream()
			.min(Comparator.comparingInt(k -> distance(name, k)))
			.filter(k -> distance(name, k) <= 2)
			.map(k -> " (did you mean '" + k + "'?)")
			.orElse("");
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
