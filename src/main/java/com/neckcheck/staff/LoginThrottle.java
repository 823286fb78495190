package com.neckcheck.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows password guessing: after {@code maxFailures} failed logins for one username, or four times as many
 * from one client address, further attempts are refused until {@code lockout} has passed since the last
 * failure. A refused attempt is not checked against the password at all, so a locked account cannot be
 * probed. Counts live in memory (per node): a guesser spread over several nodes gets a few more tries.
 */
final class LoginThrottle {

	private static final int ADDRESS_FACTOR = 4;

	private final int maxFailures;

	private final Cache<String, AtomicInteger> failures;

	private final Duration lockout;

	LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.failures = Caffeine.newBuilder()
			.expireAfterWrite(lockout)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.maximumSize(100_000)
			.build();
	}

	boolean locked(String username, String address) {
		return count(user(username)) >= maxFailures || count(address(address)) >= maxFailures * ADDRESS_FACTOR;
	}

	void failed(String username, String address) {
		bump(user(username));
		bump(address(address));
	}

	void succeeded(String username) {
		failures.invalidate(user(username));
	}

	Duration lockout() {
		return lockout;
	}

	private int count(String key) {
		AtomicInteger count = key == null ? null : failures.getIfPresent(key);
		return count == null ? 0 : count.get();
	}

	/** Re-put, so that the entry's lockout runs from this failure. */
	private void bump(String key) {
		if (key != null) {
			AtomicInteger count = failures.get(key, k -> new AtomicInteger());
			count.incrementAndGet();
			failures.put(key, count);
		}
	}

	private static String user(String username) {
		return username == null || username.isBlank() ? null : "u:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(String address) {
		return address == null ? null : "a:" + address;
	}

}
