package com.neckcheck.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	/** A clock the test moves by hand. */
	static final class ManualClock extends Clock {

		private Instant now = Instant.parse("2026-12-01T09:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	private final ManualClock clock = new ManualClock();

	private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

	@Test
	void fiveWrongPasswordsFromOneAddressNeverLockTheAccountForAnotherAddress() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.locked("admin", "198.51.100.9")).isFalse();
			throttle.failed("admin", "198.51.100.9");
		}
		assertThat(throttle.locked("ADMIN", "198.51.100.9")).as("the guesser waits").isTrue();
		assertThat(throttle.locked("admin", "10.0.0.2")).as("the admin, from the office").isFalse();
	}

	@Test
	void theWaitGrowsWithEachFailureUpToTheLockout() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("carol", "10.0.0.1");
		}
		assertThat(throttle.wait("carol", "10.0.0.1")).contains(Duration.ofMinutes(1));
		clock.advance(Duration.ofSeconds(61));
		assertThat(throttle.locked("carol", "10.0.0.1")).isFalse();
		throttle.failed("carol", "10.0.0.1");
		assertThat(throttle.wait("carol", "10.0.0.1")).contains(Duration.ofMinutes(2));
		clock.advance(Duration.ofMinutes(3));
		throttle.failed("carol", "10.0.0.1");
		assertThat(throttle.wait("carol", "10.0.0.1")).contains(Duration.ofMinutes(4));
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofMinutes(14));
			throttle.failed("carol", "10.0.0.1");
		}
		assertThat(throttle.wait("carol", "10.0.0.1")).contains(Duration.ofMinutes(15));
	}

	@Test
	void guessingOneUsernameFromManyAddressesMeetsAFarHigherCeiling() {
		int ceiling = 5 * LoginThrottle.USERNAME_CEILING_FACTOR;
		for (int i = 0; i < ceiling - 1; i++) {
			throttle.failed("erin", "203.0.113." + (i % 250) + "-" + i);
		}
		assertThat(throttle.locked("erin", "192.0.2.200")).isFalse();
		throttle.failed("erin", "203.0.113.1-x");
		assertThat(throttle.locked("erin", "192.0.2.200")).as("past the ceiling, from anywhere").isTrue();
		clock.advance(Duration.ofMinutes(16));
		assertThat(throttle.locked("erin", "192.0.2.200")).isFalse();
	}

	@Test
	void oneAddressGuessingManyUsernamesIsLockedToo() {
		for (int i = 0; i < 5 * LoginThrottle.ADDRESS_FACTOR; i++) {
			throttle.failed("user" + i, "192.0.2.7");
		}
		assertThat(throttle.locked("someone-else", "192.0.2.7")).isTrue();
		assertThat(throttle.locked("someone-else", "192.0.2.8")).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsThatAddresssCount() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("frank", "10.0.0.3");
		}
		throttle.succeeded("frank", "10.0.0.3");
		for (int i = 0; i < 4; i++) {
			throttle.failed("frank", "10.0.0.3");
		}
		assertThat(throttle.locked("frank", "10.0.0.3")).isFalse();
	}

}
