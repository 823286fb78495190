package com.neckcheck.chat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up before ready runs whole synthetic screenings through the real engine and language pipeline
 * for its set time, and stores nothing: no conversation under its references.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
		"neckcheck.warm-up.duration=700ms",
		// the same admin password as every other test: on PostgreSQL all tests share one database
		"neckcheck.staff.admin-password=" + com.neckcheck.ChatServerTest.ADMIN_PASSWORD })
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
		assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation WHERE booking_reference LIKE 'NC-WARMUP%'")
			.query(Long.class).single()).as("nothing stored").isZero();
	}

}
