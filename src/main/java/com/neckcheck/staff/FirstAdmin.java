package com.neckcheck.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Makes sure the clinic can get in: at start-up, the admin account named in the configuration is created
 * when it does not exist, with the configured password or, when none is configured, a random one that is
 * written to the log this one time, in a block of its own after everything else start-up prints, so that
 * whoever started the service sees it last (or finds it with one search). No default password exists anywhere.
 */
@Component
class FirstAdmin implements ApplicationRunner, DisposableBean {

	/** The first and last line of the block, to find it in a log. */
	static final String RULE = "=".repeat(78);

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final StaffAccounts accounts;

	private final StaffProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private final Environment environment;

	/** A generated password not shown yet; shown once, then forgotten. */
	private final AtomicReference<String> toShow = new AtomicReference<>();

	FirstAdmin(StaffAccounts accounts, StaffProperties properties, AuditLog audit, Clock clock, Environment environment) {
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = properties.adminUsername();
		String configured = properties.adminPassword();
		if (accounts.find(username).isPresent()) {
			if (configured != null && !accounts.passwordMatches(username, configured)) {
				accounts.setPassword(username, configured);
				audit.record(AuditLog.SYSTEM, AuditLog.Action.ACCOUNT_PASSWORD, null, username);
				log.warn("Staff admin '{}': password set from neckcheck.staff.admin-password", username);
			}
			return;
		}
		String password = configured != null ? configured : generatedPassword();
		try {
			accounts.create(username, password, StaffAccounts.Role.ADMIN, AuditLog.SYSTEM, clock.instant());
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			return;
		}
		audit.record(AuditLog.SYSTEM, AuditLog.Action.ACCOUNT_CREATE, null, username + " (ADMIN)");
		if (configured == null) {
			toShow.set(password);
		}
		else {
			log.info("Staff console: created the admin account '{}' from the configuration", username);
		}
	}

	/** Printed on purpose, once: the only way in on a fresh install without a configured password. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void showGeneratedPassword() {
		show();
	}

	/**
	 * The account is stored before start-up ends: a start that fails or is stopped after that (a later runner
	 * failing, Ctrl+C during the warm-up) must still show the password, or nobody ever sees it.
	 */
	@Override
	public void destroy() {
		show();
	}

	private void show() {
		String password = toShow.getAndSet(null);
		if (password == null) {
			return;
		}
		// the port the server listens on (it is up before the runners), else the configured one
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		log.warn("""

				{}
				  Staff console: the admin account was created with a generated password.

				      address    http://localhost:{}/console/
				      username   {}
				      password   {}

				  It is shown only this once. To choose your own, start with
				  NECKCHECK_STAFF_ADMIN_PASSWORD=... (it also resets a lost one); see the README.
				{}""", RULE, port, properties.adminUsername(), password, RULE);
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
