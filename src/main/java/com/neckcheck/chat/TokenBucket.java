package com.neckcheck.chat;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code burst} events at once, then {@code perSecond} on average. Time comes from the given
 * nanosecond ticker, so tests move it instead of sleeping.
 */
final class TokenBucket {

	private final double perSecond;

	private final int burst;

	private final LongSupplier nanoTime;

	private double tokens;

	private long refilledAt;

	TokenBucket(double perSecond, int burst, LongSupplier nanoTime) {
		this.perSecond = perSecond;
		this.burst = burst;
		this.nanoTime = nanoTime;
		this.tokens = burst;
		this.refilledAt = nanoTime.getAsLong();
	}

	synchronized boolean take() {
		long now = nanoTime.getAsLong();
		tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
		refilledAt = now;
		if (tokens < 1) {
			return false;
		}
		tokens--;
		return true;
	}

}
