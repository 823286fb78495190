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

	private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

	@Test
	void aUsernameIsLockedAfterTooManyFailuresUntilTheLockoutPasses() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.locked("Carol", "10.0.0.1")).isFalse();
			throttle.failed("Carol", "10.0.0.1");
		}
		assertThat(throttle.locked("carol", "10.0.0.2")).as("same user, any case, any address").isTrue();
		assertThat(throttle.locked("dave", "10.0.0.2")).isFalse();
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.locked("carol", "10.0.0.2")).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.locked("carol", "10.0.0.2")).isFalse();
	}

	@Test
	void theLockoutRunsFromTheLastFailure() {
		throttle.failed("erin", null);
		throttle.failed("erin", null);
		clock.advance(Duration.ofMinutes(10));
		throttle.failed("erin", null);
		clock.advance(Duration.ofMinutes(10));
		assertThat(throttle.locked("erin", null)).isTrue();
	}

	@Test
	void oneAddressGuessingManyUsernamesIsLockedToo() {
		for (int i = 0; i < 12; i++) {
			throttle.failed("user" + i, "192.0.2.7");
		}
		assertThat(throttle.locked("someone-else", "192.0.2.7")).isTrue();
		assertThat(throttle.locked("someone-else", "192.0.2.8")).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsTheUsernamesCount() {
		throttle.failed("frank", null);
		throttle.failed("frank", null);
		throttle.succeeded("frank");
		throttle.failed("frank", null);
		throttle.failed("frank", null);
		assertThat(throttle.locked("frank", null)).isFalse();
	}

}
