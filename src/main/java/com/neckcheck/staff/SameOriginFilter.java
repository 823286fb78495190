package com.neckcheck.staff;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A change to staff data (anything but GET, HEAD, OPTIONS) that a browser sends from another site is refused,
 * whatever token it carries: the browser names the page's site in {@code Origin} (and {@code Sec-Fetch-Site}),
 * and it must be this server's own. Scripts send neither header and are judged by their credentials alone.
 * This backs up the CSRF token, which lives in a cookie and is not bound to the session.
 */
final class SameOriginFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final StaffResponses responses;

	SameOriginFilter(StaffResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
			responses.error(response, 403, "forbidden_origin",
					"Changes to staff data are accepted only from this console's own pages.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && site.equalsIgnoreCase("cross-site")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			String theirs = URI.create(origin.trim()).getHost();
			if (theirs == null) {
				return true;
			}
			// the host names are compared, not ports: behind a TLS proxy the server's port is not the page's
			return Stream.of(hostOf(request.getHeader("Host")), hostOf(request.getHeader("X-Forwarded-Host")),
					request.getServerName())
				.noneMatch(own -> own != null && own.equalsIgnoreCase(theirs));
		}
		catch (IllegalArgumentException malformed) {
			return true;
		}
	}

	private static String hostOf(String authority) {
		if (authority == null || authority.isBlank()) {
			return null;
		}
		String first = authority.split(",")[0].trim();
		if (first.startsWith("[")) {
			int end = first.indexOf(']');
			return end > 0 ? first.substring(1, end) : first;
		}
		int colon = first.lastIndexOf(':');
		return colon > 0 ? first.substring(0, colon) : first;
	}

}
