package com.neckcheck.finding;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A condition of the rule language used in dialogs/ ({@code fever is suspected and stiff_neck is present},
 * {@code age >= 50}, {@code side has left|right}, {@code at least 2 of (a is present, b is present)},
 * {@code meets migraine}). The grammar is in docs/dialogs.md; {@link ConditionParser} reads it.
 */
public sealed interface Condition {

	boolean test(Findings findings);

	/** Visits every leaf of the condition, for validation. */
	void atoms(Consumer<Atom> visitor);

	/**
	 * Visits the findings whose positive leaves hold now: the red flags that made a triage rule fire.
	 */
	default void drivers(Findings findings, Consumer<String> out) {
	}

	/** A leaf: one test on one finding. */
	sealed interface Atom extends Condition {

		String finding();

	}

	enum StatusTest {

		PRESENT, ABSENT, UNCERTAIN, SUSPECTED, KNOWN, UNKNOWN;

		boolean holds(Finding finding) {
			return switch (this) {
				case PRESENT -> finding != null && finding.status() == FindingStatus.PRESENT;
				case ABSENT -> finding != null && finding.status() == FindingStatus.ABSENT;
				case UNCERTAIN -> finding != null && finding.status() == FindingStatus.UNCERTAIN;
				case SUSPECTED -> finding != null && finding.status().suspected();
				case KNOWN -> finding != null;
				case UNKNOWN -> finding == null;
			};
		}

		boolean positive() {
			return this == PRESENT || this == UNCERTAIN || this == SUSPECTED;
		}

	}

	record Is(String finding, StatusTest test) implements Atom {

		@Override
		public boolean test(Findings findings) {
			return test.holds(findings.get(finding).orElse(null));
		}

		@Override
		public void atoms(Consumer<Atom> visitor) {
			visitor.accept(this);
		}

		@Override
		public void drivers(Findings findings, Consumer<String> out) {
			if (test.positive() && test(findings)) {
				out.accept(finding);
			}
		}

	}

	record Compare(String finding, String operator, double number) implements Atom {

		@Override
		public boolean test(Findings findings) {
			Double value = findings.get(finding).map(Finding::value).orElse(null);
			if (value == null) {
				return false;
			}
			int c = Double.compare(value, number);
			return switch (operator) {
				case ">=" -> c >= 0;
				case "<=" -> c <= 0;
				case ">" -> c > 0;
				case "<" -> c < 0;
				case "=" -> c == 0;
				case "!=" -> c != 0;
				default -> throw new IllegalStateException(operator);
			};
		}

		@Override
		public void atoms(Consumer<Atom> visitor) {
			visitor.accept(this);
		}

		@Override
		public void drivers(Findings findings, Consumer<String> out) {
			if (test(findings)) {
				out.accept(finding);
			}
		}

	}

	record Has(String finding, Set<String> values) implements Atom {

		@Override
		public boolean test(Findings findings) {
			return findings.get(finding)
				.filter(f -> f.status().suspected())
				.map(f -> values.stream().anyMatch(f::has))
				.orElse(false);
		}

		@Override
		public void atoms(Consumer<Atom> visitor) {
			visitor.accept(this);
		}

		@Override
		public void drivers(Findings findings, Consumer<String> out) {
			if (test(findings)) {
				out.accept(finding);
			}
		}

	}

	/** A condition made of parts: its leaves are theirs, its drivers those of the parts that hold. */
	sealed interface Composite extends Condition {

		List<Condition> parts();

		@Override
		default void atoms(Consumer<Atom> visitor) {
			parts().forEach(p -> p.atoms(visitor));
		}

		@Override
		default void drivers(Findings findings, Consumer<String> out) {
			parts().stream().filter(p -> p.test(findings)).forEach(p -> p.drivers(findings, out));
		}

	}

	record Not(Condition inner) implements Condition {

		@Override
		public boolean test(Findings findings) {
			return !inner.test(findings);
		}

		@Override
		public void atoms(Consumer<Atom> visitor) {
			inner.atoms(visitor);
		}

	}

	record All(List<Condition> parts) implements Composite {

		@Override
		public boolean test(Findings findings) {
			for (Condition part : parts) {
				if (!part.test(findings)) {
					return false;
				}
			}
			return true;
		}

	}

	record Any(List<Condition> parts) implements Composite {

		@Override
		public boolean test(Findings findings) {
			for (Condition part : parts) {
				if (part.test(findings)) {
					return true;
				}
			}
			return false;
		}

	}

	record AtLeast(int count, List<Condition> parts) implements Composite {

		@Override
		public boolean test(Findings findings) {
			int holding = 0;
			for (Condition part : parts) {
				if (part.test(findings) && ++holding >= count) {
					return true;
				}
			}
			return false;
		}

	}

	/** {@code meets NAME}: a named criterion defined earlier in the same file. */
	record Meets(String name, Condition criterion) implements Condition {

		@Override
		public boolean test(Findings findings) {
			return criterion.test(findings);
		}

		@Override
		public void atoms(Consumer<Atom> visitor) {
			criterion.atoms(visitor);
		}

		@Override
		public void drivers(Findings findings, Consumer<String> out) {
			criterion.drivers(findings, out);
		}

	}

}
