package com.neckcheck.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Slows password guessing without letting a stranger lock a colleague out.
 * <ul>
 * <li>One username from one client address: after {@code maxFailures} failures each further attempt waits,
 * one minute after the next failure, then two, four... up to {@code lockout}. The same username from any
 * other address is not slowed, so five wrong passwords typed for {@code admin} from somewhere else never keep
 * the admin out.</li>
 * <li>One username from all addresses together: a ceiling {@value #USERNAME_CEILING_FACTOR} times higher, for
 * guessing spread over many addresses; past it the username waits out {@code lockout}.</li>
 * <li>One address over all usernames: {@value #ADDRESS_FACTOR} times {@code maxFailures}.</li>
 * </ul>
 * A refused attempt is not checked against the password at all, so a slowed account cannot be probed. Counts
 * live in memory (per node) and are forgotten {@code lockout} after the last failure.
 */
final class LoginThrottle {

	static final int ADDRESS_FACTOR = 4;

	static final int USERNAME_CEILING_FACTOR = 20;

	private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	private final int maxFailures;

	private final Duration lockout;

	private final Clock clock;

	private final Cache<String, Failures> failures;

	/** How often, and when last, attempts under one key failed. */
	private record Failures(int count, long lastMillis) {
	}

	LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.clock = clock;
		this.failures = Caffeine.newBuilder()
			.expireAfterWrite(lockout)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.maximumSize(100_000)
			.build();
	}

	boolean locked(String username, String address) {
		return wait(username, address).isPresent();
	}

	/** How long this attempt must still wait, if at all. */
	Optional<Duration> wait(String username, String address) {
		Duration longest = Duration.ZERO;
		longest = longer(longest, remaining(pair(username, address), this::growingDelay));
		longest = longer(longest, remaining(user(username), count -> count >= maxFailures * USERNAME_CEILING_FACTOR
				? lockout : Duration.ZERO));
		longest = longer(longest, remaining(address(address), count -> count >= maxFailures * ADDRESS_FACTOR
				? lockout : Duration.ZERO));
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	void failed(String username, String address) {
		bump(pair(username, address));
		bump(user(username));
		bump(address(address));
	}

	void succeeded(String username, String address) {
		failures.invalidate(pair(username, address));
	}

	/** One minute after the failure that reaches the limit, doubling with each failure after it, up to the lockout. */
	private Duration growingDelay(int count) {
		if (count < maxFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(count - maxFailures, 20);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return delay.compareTo(lockout) > 0 ? lockout : delay;
	}

	private Duration remaining(String key, java.util.function.IntFunction<Duration> delayFor) {
		Failures seen = key == null ? null : failures.getIfPresent(key);
		if (seen == null) {
			return Duration.ZERO;
		}
		long until = seen.lastMillis() + delayFor.apply(seen.count()).toMillis();
		long left = until - clock.millis();
		return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private void bump(String key) {
		if (key != null) {
			failures.asMap().merge(key, new Failures(1, clock.millis()),
					(old, one) -> new Failures(old.count() + 1, one.lastMillis()));
		}
	}

	private static String user(String username) {
		return username == null || username.isBlank() ? null : "u:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(String address) {
		return address == null ? null : "a:" + address;
	}

	private static String pair(String username, String address) {
		String user = user(username);
		return user == null ? null : user + "|" + (address == null ? "" : address);
	}

}
