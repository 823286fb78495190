package com.neckcheck.staff;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts: admins list, create, disable and enable them (nobody is ever deleted, so the audit trail
 * keeps naming real accounts); everyone reads who they are and changes their own password.
 */
@RestController
class AccountsApi {

	record NewAccount(@NotBlank String username, @NotBlank String password, @NotNull StaffAccounts.Role role) {
	}

	record Enabled(boolean enabled) {
	}

	record PasswordChange(@NotBlank String current, @NotBlank String password) {
	}

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	AccountsApi(StaffAccounts accounts, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/staff/me")
	Map<String, Object> me(Authentication staff) {
		boolean admin = staff.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		return Map.of("username", staff.getName(), "role", admin ? "ADMIN" : "STAFF");
	}

	@PostMapping("/api/staff/me/password")
	ResponseEntity<Map<String, String>> changePassword(@Valid @RequestBody PasswordChange change, Principal staff) {
		if (!accounts.passwordMatches(staff.getName(), change.current())) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(Map.of("error", "bad_credentials", "message", "The current password is not right."));
		}
		accounts.setPassword(staff.getName(), change.password());
		audit.record(staff.getName(), AuditLog.Action.ACCOUNT_PASSWORD, null, staff.getName());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/staff/accounts")
	List<StaffAccounts.Account> all() {
		return accounts.all();
	}

	@PostMapping("/api/staff/accounts")
	ResponseEntity<StaffAccounts.Account> create(@Valid @RequestBody NewAccount account, Principal admin) {
		StaffAccounts.Account created = accounts.create(account.username(), account.password(), account.role(),
				admin.getName(), clock.instant());
		audit.record(admin.getName(), AuditLog.Action.ACCOUNT_CREATE, null, created.username() + " (" + created.role() + ")");
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	@PutMapping("/api/staff/accounts/{username}/enabled")
	ResponseEntity<StaffAccounts.Account> enable(@PathVariable String username, @RequestBody Enabled enabled,
			Principal admin) {
		if (username.equals(admin.getName()) && !enabled.enabled()) {
			throw new IllegalArgumentException("an admin cannot disable their own account");
		}
		if (!accounts.setEnabled(username, enabled.enabled())) {
			return ResponseEntity.notFound().build();
		}
		audit.record(admin.getName(), enabled.enabled() ? AuditLog.Action.ACCOUNT_ENABLE : AuditLog.Action.ACCOUNT_DISABLE,
				null, username);
		return ResponseEntity.of(accounts.find(username));
	}

}
