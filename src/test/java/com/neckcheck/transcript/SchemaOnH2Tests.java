package com.neckcheck.transcript;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema on the embedded H2, as a long-running service meets it: the connections that ran the migrations
 * are closed (the pool retires every connection in time) and the rows the schema's CHECKs guard must still
 * be written, and still refused when wrong. (An IN-list CHECK failed here: H2 bound it to the creating session.)
 */
class SchemaOnH2Tests {

	private static final String URL = "jdbc:h2:mem:schema-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

	@Test
	void checkedRowsAreWrittenAfterTheMigratingConnectionsAreClosed() throws SQLException {
		try (Connection stays = DriverManager.getConnection(URL, "sa", "")) {
			// Flyway opens and closes its own connections; this one keeps the in-memory database alive
			Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
			try (Statement statement = stays.createStatement()) {
				statement.executeUpdate("""
						INSERT INTO staff_account (username, password_hash, role, enabled, created_at, created_by)
						VALUES ('nurse', 'x', 'STAFF', TRUE, CURRENT_TIMESTAMP, 'test')""");
				statement.executeUpdate("""
						INSERT INTO conversation (id, token_hash, booking_reference, lang, started_at, updated_at, status)
						VALUES ('c1', 'h1', 'NC-1', 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'active')""");
				assertThat(statement.executeUpdate("""
						INSERT INTO clinician_verdict (conversation_id, agreement, author, at)
						VALUES ('c1', 'partly', 'nurse', CURRENT_TIMESTAMP)""")).isEqualTo(1);
				assertThatThrownBy(() -> statement.executeUpdate("""
						INSERT INTO staff_account (username, password_hash, role, enabled, created_at, created_by)
						VALUES ('root', 'x', 'ROOT', TRUE, CURRENT_TIMESTAMP, 'test')""")).isInstanceOf(SQLException.class)
					.hasMessageContaining("ck_staff_account_role");
			}
		}
	}

}
