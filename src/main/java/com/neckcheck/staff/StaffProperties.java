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
 * @param maxLoginFailures failed logins per username before that username is locked for {@code loginLockout}
 * (a client address gets four times as many, across usernames)
 * @param loginLockout how long a locked username (or address) stays locked after its last failure
 * @param abandonedAfter an unfinished conversation with no activity for this long counts as abandoned
 * @param zone the clinic's time zone, for date filters and per-day analytics
 */
@Validated
@ConfigurationProperties("neckcheck.staff")
public record StaffProperties(@NotNull @Pattern(regexp = StaffAccounts.USERNAME) String adminUsername,
		@Size(min = 12, message = "must be at least 12 characters") String adminPassword, @Min(1) Integer maxLoginFailures,
		@NotNull Duration loginLockout, @NotNull Duration abandonedAfter, @NotNull ZoneId zone) {

	public StaffProperties {
		adminUsername = adminUsername == null ? "admin" : adminUsername;
		adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
		maxLoginFailures = maxLoginFailures == null ? 5 : maxLoginFailures;
		loginLockout = loginLockout == null ? Duration.ofMinutes(15) : loginLockout;
		abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(30) : abandonedAfter;
		zone = zone == null ? ZoneId.of("UTC") : zone;
	}

}
