package com.neckcheck.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed logins for the throttle and puts console logins and every failure in the audit trail. */
@Component
class LoginEvents {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	LoginEvents(LoginThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
				? web.getRemoteAddress() : null;
		throttle.failed(username, address);
		audit.recordOncePerWindow(StaffAccounts.shortened(username), AuditLog.Action.LOGIN_FAILED, address);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
				? web.getRemoteAddress() : null;
		throttle.succeeded(event.getAuthentication().getName(), address);
	}

	/** Console logins only: scripts using HTTP Basic authenticate on every request, and each is audited anyway. */
	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		audit.record(event.getAuthentication().getName(), AuditLog.Action.LOGIN, null, null);
	}

}
