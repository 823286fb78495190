package com.neckcheck.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** Staff accounts in the database; passwords only as hashes of the configured {@link PasswordEncoder}. */
@Repository
class StaffAccounts implements UserDetailsService {

	static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

	static final int MIN_PASSWORD_LENGTH = 12;

	enum Role {

		STAFF, ADMIN

	}

	record Account(String username, Role role, boolean enabled, Instant createdAt, String createdBy) {
	}

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	StaffAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("SELECT username, password_hash, role, enabled FROM staff_account WHERE username = :username")
			.param("username", username)
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.roles(rs.getString("role"))
				.disabled(!rs.getBoolean("enabled"))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
	}

	/** @throws DuplicateKeyException when the username is taken */
	Account create(String username, String password, Role role, String createdBy, Instant now) {
		requireValid(username, password);
		jdbc.sql("""
				INSERT INTO staff_account (username, password_hash, role, enabled, created_at, created_by)
				VALUES (:username, :hash, :role, TRUE, :now, :by)""")
			.param("username", username)
			.param("hash", encoder.encode(password))
			.param("role", role.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", createdBy)
			.update();
		return new Account(username, role, true, now, createdBy);
	}

	boolean setEnabled(String username, boolean enabled) {
		return jdbc.sql("UPDATE staff_account SET enabled = :enabled WHERE username = :username")
			.param("enabled", enabled)
			.param("username", username)
			.update() > 0;
	}

	void setPassword(String username, String password) {
		requireValid(username, password);
		jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE username = :username")
			.param("hash", encoder.encode(password))
			.param("username", username)
			.update();
	}

	boolean passwordMatches(String username, String password) {
		return jdbc.sql("SELECT password_hash FROM staff_account WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.optional()
			.map(hash -> encoder.matches(password, hash))
			.orElse(false);
	}

	Optional<Account> find(String username) {
		return jdbc.sql("SELECT username, role, enabled, created_at, created_by FROM staff_account WHERE username = :u")
			.param("u", username)
			.query(StaffAccounts::account)
			.optional();
	}

	boolean isEnabled(String username) {
		return find(username).map(Account::enabled).orElse(false);
	}

	List<Account> all() {
		return jdbc.sql("SELECT username, role, enabled, created_at, created_by FROM staff_account ORDER BY username")
			.query(StaffAccounts::account)
			.list();
	}

	/** A claimed username as the audit trail keeps it: whatever was typed, cut to the column's size. */
	static String shortened(String username) {
		String name = username == null || username.isBlank() ? "(none)" : username.strip();
		return name.length() <= 64 ? name : name.substring(0, 64);
	}

	private static void requireValid(String username, String password) {
		if (username == null || !username.matches(USERNAME)) {
			throw new IllegalArgumentException(
					"a username is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

}
