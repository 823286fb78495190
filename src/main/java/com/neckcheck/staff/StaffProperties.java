package com.neckcheck.staff;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the staff side.
 *
 * @param adminUsername the first admin account, created at the first start
 * @param adminPassword its password; when empty a random one is generated at the first start and logged
 * once. When set and the account exists with another password, the account takes this one (the way back
 * in for a clinic that lost it). There is no default password.
 * @param maxLoginFailures failed logins of one username from one client address before each further attempt
 * from there waits (a minute, doubling up to {@code loginLockout}); the username from all addresses together
 * has a ceiling twenty times higher, a client address four times higher across usernames
 * @param loginLockout the longest wait, and how long a username or address past its ceiling stays locked
 * @param maxSessions the most console sessions the server holds at once (a login beyond it is refused)
 * @param abandonedAfter an unfinished conversation with no activity for this long counts as abandoned
 * @param zone the clinic's time zone, for date filters and per-day analytics
 */
@Validated
@ConfigurationProperties("neckcheck.staff")
public record StaffProperties(@NotNull @Pattern(regexp = StaffAccounts.USERNAME) String adminUsername,
		@Size(min = 12, message = "must be at least 12 characters") String adminPassword, @Min(1) Integer maxLoginFailures,
		@NotNull Duration loginLockout, @NotNull Duration abandonedAfter, @NotNull ZoneId zone,
		@Min(1) Integer maxSessions) {

	public StaffProperties {
		adminUsername = adminUsername == null ? "admin" : adminUsername;
		adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
		maxLoginFailures = maxLoginFailures == null ? 5 : maxLoginFailures;
		loginLockout = loginLockout == null ? Duration.ofMinutes(15) : loginLockout;
		abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(30) : abandonedAfter;
		zone = zone == null ? ZoneId.of("UTC") : zone;
		maxSessions = maxSessions == null ? 1000 : maxSessions;
	}

}
