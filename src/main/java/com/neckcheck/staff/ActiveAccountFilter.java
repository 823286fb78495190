package com.neckcheck.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the console session of an account that an admin has disabled since it logged in: a disabled account
 * loses access at its next request, not when its session happens to time out.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

	private final StaffAccounts accounts;

	ActiveAccountFilter(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (StaffSecurity.loggedIn()
				&& !accounts.isEnabled(SecurityContextHolder.getContext().getAuthentication().getName())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
