package com.neckcheck.dialog;

import java.util.List;

/** What a visitor sent: typed words, or a pick from the pending question's options. */
public sealed interface VisitorInput {

	record Typed(String text) implements VisitorInput {
	}

	/** A picked option value, several values (multi, painmap), or a number (scale, number). */
	record Picked(List<String> values, Double number) implements VisitorInput {

		public Picked {
			values = values == null ? List.of() : List.copyOf(values);
		}

		public static Picked value(String value) {
			return new Picked(List.of(value), null);
		}

		public static Picked values(List<String> values) {
			return new Picked(values, null);
		}

		public static Picked number(double number) {
			return new Picked(List.of(), number);
		}

	}

}
