package com.neckcheck.finding;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A condition of the rule language used in dialogs/ ({@code fever is suspected and stiff_neck is present},
 * {@code age >= 50}, {@code side has left|right}, {@code at least 2 of (a is present, b is present)},
 * {@code meets migraine}). The grammar is in docs/dialogs.md; {@link ConditionParser} reads it.
 */
public sealed interface Condition {

	boolean test(Findings findings);

	/**
	 * The value now, when the findings for which {@code open} holds may still be told: a condition on such a
	 * finding is unknown until it is, unless its other parts decide it. Every other finding reads as in
	 * {@link #test}, since a finding nobody will ask about stays as it is.
	 */
	Truth decide(Findings findings, Predicate<String> open);

	/**
	 * Visits the open findings the condition still waits on: those of the leaves in the parts that are still
	 * unknown. Nothing when the condition is decided.
	 */
	default void undecided(Findings findings, Predicate<String> open, Consumer<String> out) {
		if (!decide(findings, open).decided()) {
			atoms(atom -> {
				if (open.test(atom.finding()) && findings.get(atom.finding()).isEmpty()) {
					out.accept(atom.finding());
				}
			});
		}
	}

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
		public Truth decide(Findings findings, Predicate<String> open) {
			return findings.get(finding()).isEmpty() && open.test(finding()) ? Truth.UNKNOWN : Truth.of(test(findings));
		}


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
		public Truth decide(Findings findings, Predicate<String> open) {
			return findings.get(finding()).isEmpty() && open.test(finding()) ? Truth.UNKNOWN : Truth.of(test(findings));
		}


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
		public Truth decide(Findings findings, Predicate<String> open) {
			return findings.get(finding()).isEmpty() && open.test(finding()) ? Truth.UNKNOWN : Truth.of(test(findings));
		}


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

		@Override
		default void undecided(Findings findings, Predicate<String> open, Consumer<String> out) {
			if (!decide(findings, open).decided()) {
				parts().forEach(p -> p.undecided(findings, open, out));
			}
		}

	}

	record Not(Condition inner) implements Condition {

		@Override
		public boolean test(Findings findings) {
			return !inner.test(findings);
		}

		@Override
		public Truth decide(Findings findings, Predicate<String> open) {
			return inner.decide(findings, open).not();
		}

		@Override
		public void undecided(Findings findings, Predicate<String> open, Consumer<String> out) {
			inner.undecided(findings, open, out);
		}

		@Override
		public void atoms(Consumer<Atom> visitor) {
			inner.atoms(visitor);
		}

	}

	record All(List<Condition> parts) implements Composite {

		@Override
		public Truth decide(Findings findings, Predicate<String> open) {
			Truth value = Truth.TRUE;
			for (Condition part : parts) {
				Truth truth = part.decide(findings, open);
				if (truth == Truth.FALSE) {
					return Truth.FALSE;
				}
				if (truth == Truth.UNKNOWN) {
					value = Truth.UNKNOWN;
				}
			}
			return value;
		}

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
		public Truth decide(Findings findings, Predicate<String> open) {
			Truth value = Truth.FALSE;
			for (Condition part : parts) {
				Truth truth = part.decide(findings, open);
				if (truth == Truth.TRUE) {
					return Truth.TRUE;
				}
				if (truth == Truth.UNKNOWN) {
					value = Truth.UNKNOWN;
				}
			}
			return value;
		}

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
		public Truth decide(Findings findings, Predicate<String> open) {
			int holding = 0;
			int maybe = 0;
			for (Condition part : parts) {
				Truth truth = part.decide(findings, open);
				if (truth == Truth.TRUE) {
					holding++;
				}
				else if (truth == Truth.UNKNOWN) {
					maybe++;
				}
			}
			return holding >= count ? Truth.TRUE : holding + maybe < count ? Truth.FALSE : Truth.UNKNOWN;
		}

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

		@Override
		public Truth decide(Findings findings, Predicate<String> open) {
			return criterion.decide(findings, open);
		}

		@Override
		public void undecided(Findings findings, Predicate<String> open, Consumer<String> out) {
			criterion.undecided(findings, open, out);
		}

	}

}
