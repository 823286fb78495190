package com.neckcheck.chat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTests {

	private final AtomicLong now = new AtomicLong();

	@Test
	void aBurstThenTheAverageRate() {
		TokenBucket bucket = new TokenBucket(2, 3, now::get);
		assertThat(bucket.take()).isTrue();
		assertThat(bucket.take()).isTrue();
		assertThat(bucket.take()).isTrue();
		assertThat(bucket.take()).isFalse();
		now.addAndGet(499_000_000L);
		assertThat(bucket.take()).isFalse();
		now.addAndGet(2_000_000L);
		assertThat(bucket.take()).isTrue();
		assertThat(bucket.take()).isFalse();
	}

	@Test
	void anIdleBucketRefillsOnlyToItsBurst() {
		TokenBucket bucket = new TokenBucket(10, 2, now::get);
		now.addAndGet(60_000_000_000L);
		assertThat(bucket.take()).isTrue();
		assertThat(bucket.take()).isTrue();
		assertThat(bucket.take()).isFalse();
	}

}
