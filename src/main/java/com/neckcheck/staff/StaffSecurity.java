package com.neckcheck.staff;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The staff chain guards the console ({@code /console/**}) and its API
 * ({@code /api/staff/**}): a form login with a session for the console, HTTP Basic for scripts, roles, CSRF
 * tokens for everything that changes state, and throttled logins. The API answers 401 without a
 * {@code WWW-Authenticate} challenge, so browsers never cache Basic credentials, which is why a request that
 * carries them itself may skip the CSRF token. The visitor chain leaves the chat, the widget and the probes
 * open and keeps no session.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurity {

	static final String LOGIN = "/console/login";

	static final String METRICS = "/actuator/prometheus";

	/** The console loads only its own scripts and styles; nothing inline, nothing from elsewhere, never framed. */
	static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The demo page and everything else the server shows visitors: its own scripts and styles only (the widget
	 * styles itself through the CSSOM), its own socket, framed only by itself.
	 */
	static final String VISITOR_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	LoginThrottle loginThrottle(StaffProperties properties, Clock clock) {
		return new LoginThrottle(properties.maxLoginFailures(), properties.loginLockout(), clock);
	}

	/** A cap on console sessions, so that no flood of logins can fill the heap with them. */
	@Bean
	org.springframework.boot.tomcat.TomcatContextCustomizer sessionCap(StaffProperties properties) {
		return context -> {
			org.apache.catalina.session.StandardManager manager = new org.apache.catalina.session.StandardManager();
			manager.setMaxActiveSessions(properties.maxSessions());
			context.setManager(manager);
		};
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffChain(HttpSecurity http, LoginThrottle throttle, StaffAccounts accounts, AuditLog audit,
			StaffResponses responses, org.springframework.core.env.Environment environment) throws Exception {
		AuthenticationEntryPoint api = (request, response, ex) -> responses.error(response, 401, "unauthorized",
				"Log in first: a console session, or HTTP Basic credentials of a staff account.");
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN);
		AuthenticationEntryPoint entry = (request, response, ex) -> (request.getServletPath().startsWith("/api/")
				|| request.getServletPath().startsWith(METRICS) ? api : login).commence(request, response, ex);
		// metrics served on the visitor port need an admin login; on a management port of their own they are
		// the operator's, reachable only where that port is
		String managementPort = environment.getProperty("management.server.port");
		boolean metricsOnVisitorPort = managementPort == null || managementPort.isBlank()
				|| (managementPort.equals(environment.getProperty("server.port", "8080")) && !managementPort.equals("0"));
		String[] guarded = metricsOnVisitorPort ? new String[] { "/api/staff/**", "/console/**", METRICS }
				: new String[] { "/api/staff/**", "/console/**" };
		http.securityMatcher(guarded)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(LOGIN, "/console/login.html", "/console/login.js", "/console/console.css")
				.permitAll()
				.requestMatchers(METRICS)
				.hasRole("ADMIN")
				.requestMatchers("/api/staff/audit/**", "/api/staff/accounts/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, "/api/staff/conversations/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("STAFF", "ADMIN"))
			.formLogin(form -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.successHandler((request, response, authentication) -> responses.write(response, 200,
						Map.of("username", authentication.getName())))
				.failureHandler((request, response, ex) -> responses.error(response, 401, "bad_credentials",
						"That username and password do not match an active account.")))
			.httpBasic(basic -> basic.authenticationEntryPoint(api))
			.logout(logout -> logout.logoutUrl("/console/logout")
				.logoutSuccessHandler((request, response, authentication) -> response.setStatus(204)))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(entry)
				.accessDeniedHandler((request, response, ex) -> {
					if (ex instanceof CsrfException && !loggedIn() && !LOGIN.equals(request.getServletPath())) {
						// Without credentials the answer is 401, whatever else is missing.
						entry.commence(request, response, new InsufficientAuthenticationException("not logged in"));
					}
					else if (ex instanceof CsrfException) {
						responses.error(response, 403, "csrf",
								"The page's security token is missing or has expired. Reload the page and try again.");
					}
					else {
						responses.error(response, 403, "forbidden", "This needs an admin account.");
					}
				}))
			.csrf(csrf -> csrf.spa().ignoringRequestMatchers(request -> {
				String authorization = request.getHeader("Authorization");
				return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
			}))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.frameOptions(frames -> frames.deny()))
			// nothing is saved for after a login (the console's login answers JSON): an anonymous request makes no session
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new SameOriginFilter(responses), org.springframework.security.web.csrf.CsrfFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle, audit, responses), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new ActiveAccountFilter(accounts), AuthorizationFilter.class);
		return http.build();
	}

	/** Whether the request carries a real login (a session or credentials), not the anonymous stand-in. */
	static boolean loggedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** Visitors: the chat, the widget, the demo page, the booking redirect and the probes; no session, no login. */
	@Bean
	@Order(2)
	SecurityFilterChain visitorChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(VISITOR_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.sameOrigin()));
		return http.build();
	}

}
