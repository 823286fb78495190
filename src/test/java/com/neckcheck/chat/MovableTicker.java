package com.neckcheck.chat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The chat's time for tests: the real clock plus whatever the test moved it on by, so a rate limit refills at
 * once instead of after a sleep. Import {@link Config} into a Spring test and inject the ticker.
 */
public final class MovableTicker implements ChatTicker {

	private final AtomicLong moved = new AtomicLong();

	@Override
	public long nanoTime() {
		return System.nanoTime() + moved.get();
	}

	public void moveOn(Duration by) {
		moved.addAndGet(by.toNanos());
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableTicker movableTicker() {
			return new MovableTicker();
		}

	}

}
