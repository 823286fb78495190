package com.neckcheck.finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser of the condition language:
 *
 * <pre>
 * expr    = and { "or" and }
 * and     = unary { "and" unary }
 * unary   = "not" unary | "(" expr ")" | "at" "least" INT "of" "(" expr { "," expr } ")"
 *         | "meets" NAME | atom
 * atom    = FINDING "is" STATUS | FINDING OP NUMBER | FINDING "has" VALUE { "|" VALUE }
 * STATUS  = present | absent | uncertain | suspected | known | unknown
 * OP      = ">=" | "<=" | ">" | "<" | "=" | "!="
 * </pre>
 *
 * Finding ids are not checked here; the loader checks every atom against the catalogue so that the
 * error names the file and line.
 */
public final class ConditionParser {

	private static final Pattern TOKEN = Pattern
		.compile("\\s*(>=|<=|!=|[<>=(),|]|-?\\d+(?:\\.\\d+)?|[A-Za-z_][A-Za-z0-9_]*)");

	private final List<String> tokens;

	private final Function<String, Condition> criteria;

	private int position;

	private ConditionParser(List<String> tokens, Function<String, Condition> criteria) {
		this.tokens = tokens;
		this.criteria = criteria;
	}

	/**
	 * @param criteria resolves {@code meets NAME}; returns null for an unknown name
	 */
	public static Condition parse(String text, Function<String, Condition> criteria) {
		ConditionParser parser = new ConditionParser(tokenize(text), criteria);
		Condition condition = parser.expression();
		if (parser.position < parser.tokens.size()) {
			throw new ConditionSyntaxException("unexpected '" + parser.tokens.get(parser.position) + "'");
		}
		return condition;
	}

	public static Condition parse(String text) {
		return parse(text, name -> null);
	}

	private static List<String> tokenize(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		int at = 0;
		while (at < text.length()) {
			if (!matcher.find(at) || matcher.start() != at) {
				if (text.substring(at).isBlank()) {
					break;
				}
				throw new ConditionSyntaxException("cannot read '" + text.substring(at).strip() + "'");
			}
			tokens.add(matcher.group(1));
			at = matcher.end();
		}
		if (tokens.isEmpty()) {
			throw new ConditionSyntaxException("empty condition");
		}
		return tokens;
	}

	private Condition expression() {
		List<Condition> parts = new ArrayList<>(List.of(conjunction()));
		while (accept("or")) {
			parts.add(conjunction());
		}
		return parts.size() == 1 ? parts.get(0) : new Condition.Any(List.copyOf(parts));
	}

	private Condition conjunction() {
		List<Condition> parts = new ArrayList<>(List.of(unary()));
		while (accept("and")) {
			parts.add(unary());
		}
		return parts.size() == 1 ? parts.get(0) : new Condition.All(List.copyOf(parts));
	}

	private Condition unary() {
		if (accept("not")) {
			return new Condition.Not(unary());
		}
		if (accept("(")) {
			Condition inner = expression();
			expect(")");
			return inner;
		}
		if (accept("at")) {
			expect("least");
			int count = integer();
			expect("of");
			expect("(");
			List<Condition> parts = new ArrayList<>(List.of(expression()));
			while (accept(",")) {
				parts.add(expression());
			}
			expect(")");
			if (count < 1 || count > parts.size()) {
				throw new ConditionSyntaxException("'at least " + count + " of' needs between 1 and " + parts.size());
			}
			return new Condition.AtLeast(count, List.copyOf(parts));
		}
		if (accept("meets")) {
			String name = name();
			Condition criterion = criteria.apply(name);
			if (criterion == null) {
				throw new ConditionSyntaxException("unknown criterion '" + name + "' (criteria must be defined above their use)");
			}
			return new Condition.Meets(name, criterion);
		}
		return atom();
	}

	private Condition atom() {
		String finding = name();
		String operator = next("'is', 'has' or a comparison after '" + finding + "'");
		switch (operator) {
			case "is" -> {
				String status = next("a status after 'is'");
				try {
					return new Condition.Is(finding, Condition.StatusTest.valueOf(status.toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new ConditionSyntaxException("unknown status '" + status
							+ "' (use present, absent, uncertain, suspected, known or unknown)");
				}
			}
			case "has" -> {
				Set<String> values = new LinkedHashSet<>();
				values.add(name());
				while (accept("|")) {
					values.add(name());
				}
				return new Condition.Has(finding, Set.copyOf(values));
			}
			case ">=", "<=", ">", "<", "=", "!=" -> {
				return new Condition.Compare(finding, operator, number());
			}
			default -> throw new ConditionSyntaxException(
					"expected 'is', 'has' or a comparison after '" + finding + "', found '" + operator + "'");
		}
	}

	private String name() {
		String token = next("a name");
		if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '_') {
			throw new ConditionSyntaxException("expected a name, found '" + token + "'");
		}
		return token;
	}

	private double number() {
		String token = next("a number");
		try {
			return Double.parseDouble(token);
		}
		catch (NumberFormatException ex) {
			throw new ConditionSyntaxException("expected a number, found '" + token + "'");
		}
	}

	private int integer() {
		double number = number();
		if (number != Math.rint(number)) {
			throw new ConditionSyntaxException("expected a whole number, found " + number);
		}
		return (int) number;
	}

	private boolean accept(String expected) {
		if (position < tokens.size() && tokens.get(position).equals(expected)) {
			position++;
			return true;
		}
		return false;
	}

	private void expect(String expected) {
		if (!accept(expected)) {
			throw new ConditionSyntaxException("expected '" + expected + "'"
					+ (position < tokens.size() ? ", found '" + tokens.get(position) + "'" : " at the end"));
		}
	}

	private String next(String what) {
		if (position >= tokens.size()) {
			throw new ConditionSyntaxException("expected " + what + " at the end");
		}
		return tokens.get(position++);
	}

}
