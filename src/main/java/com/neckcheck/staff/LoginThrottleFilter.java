package com.neckcheck.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (the console's form post, or any request that carries HTTP Basic credentials)
 * while its username or client address is locked by the {@link LoginThrottle}, before the password is
 * looked at. Counting happens in {@link LoginEvents}.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final StaffResponses responses;

	LoginThrottleFilter(LoginThrottle throttle, AuditLog audit, StaffResponses responses) {
		this.throttle = throttle;
		this.audit = audit;
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = attemptedUsername(request);
		java.util.Optional<java.time.Duration> wait = username == null ? java.util.Optional.empty()
				: throttle.wait(username, request.getRemoteAddr());
		if (wait.isPresent()) {
			audit.recordOncePerWindow(StaffAccounts.shortened(username), AuditLog.Action.LOGIN_LOCKED,
					request.getRemoteAddr());
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			response.setHeader("Retry-After", Long.toString(seconds));
			responses.error(response, 429, "too_many_attempts", "Too many failed logins. Try again in "
					+ (seconds < 60 ? seconds + " seconds." : (seconds + 59) / 60 + " minutes."));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String attemptedUsername(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? decoded : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException notBase64) {
				return null;
			}
		}
		if ("POST".equals(request.getMethod()) && StaffSecurity.LOGIN.equals(request.getServletPath())) {
			String username = request.getParameter("username");
			return username == null ? "" : username;
		}
		return null;
	}

}
