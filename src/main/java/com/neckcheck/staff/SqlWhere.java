package com.neckcheck.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WHERE clause put together from optional filters, with every value bound as a named parameter (never
 * spliced into the SQL), so staff search terms cannot change a query.
 */
final class SqlWhere {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	/** Adds {@code condition} when {@code value} is given; the condition names it as {@code :name}. */
	SqlWhere when(Object value, String condition, String name) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
		return this;
	}

	SqlWhere always(String condition) {
		conditions.add(condition);
		return this;
	}

	SqlWhere param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	String sql() {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		params.forEach(statement::param);
		return statement;
	}

	/** A LIKE pattern that matches {@code text} literally anywhere, with {@code \} as the escape. */
	static String contains(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
