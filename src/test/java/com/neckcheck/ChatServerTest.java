package com.neckcheck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real server on a random port with its own fresh data folder, for tests that talk real WebSocket.
 * Scripted visitors answer faster than people type, all from one address, so the rate limits are lifted
 * here and tested on their own; so is the warm-up before ready (WarmUpTests), which would only slow each start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
				"logging.level.com.neckcheck=WARN", "neckcheck.chat.messages-per-second=10000",
				"neckcheck.chat.message-burst=10000", "neckcheck.chat.sockets-per-address=100000",
				"neckcheck.chat.conversations-per-minute=100000", "neckcheck.warm-up.duration=0s",
				"neckcheck.staff.admin-password=" + ChatServerTest.ADMIN_PASSWORD })
public @interface ChatServerTest {

	/** The first admin's password in these tests (user {@code admin}). */
	String ADMIN_PASSWORD = "test-admin-password";

}
