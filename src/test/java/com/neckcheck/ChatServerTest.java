package com.neckcheck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real server on a random port with its own fresh data folder, for tests that talk real WebSocket.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
				"logging.level.com.neckcheck=WARN" })
public @interface ChatServerTest {

}
