package com.neckcheck.chat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up before ready runs whole synthetic screenings through the real engine and language pipeline
 * for its set time, and stores nothing: a fresh database still holds no conversation afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
		"neckcheck.warm-up.duration=700ms", "neckcheck.staff.admin-password=warm-up-test-password" })
class WarmUpTests {

	@Autowired
	WarmUp warmUp;

	@Autowired
	JdbcClient jdbc;

	@Test
	void synthesisedScreeningsRunBeforeReadyAndLeaveNothingBehind() {
		WarmUp.Run run = warmUp.last();
		System.out.printf("Warm-up: %d screenings, %d turns in %d ms%n", run.screenings(), run.turns(), run.millis());
		assertThat(run.screenings()).as("whole screenings").isGreaterThanOrEqualTo(5);
		assertThat(run.turns()).isGreaterThan(run.screenings() * 5);
		assertThat(run.millis()).isBetween(700L, 3_000L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation").query(Long.class).single()).as("nothing stored").isZero();
	}

}
