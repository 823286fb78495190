package com.neckcheck.operations;

import java.nio.file.Path;
import java.time.Duration;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;

import com.neckcheck.TestNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness follows the database: the node is started against a database server this test controls, which
 * is stopped and started again.
 */
class ReadinessTests {

	@TempDir
	Path data;

	@Test
	void readinessIsDownWhileTheDatabaseIsUnreachableAndUpAgainAfter() throws Exception {
		int dbPort = TestNetwork.freePort();
		Server database = startDatabase(dbPort);
		try (ConfigurableApplicationContext node = SpringApplication.run(NeckCheckApplication.class, "--server.port=0",
				"--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + dbPort + "/neckcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--spring.datasource.hikari.connection-timeout=1000", "--logging.level.root=OFF")) {
			int port = ((WebServerApplicationContext) node).getWebServer().getPort();
			assertThat(readiness(port)).isEqualTo(200);
			database.stop();
			assertThat(readinessWithin(port, 503, Duration.ofSeconds(15))).isEqualTo(503);
			assertThat(liveness(port)).as("the process itself is alive").isEqualTo(200);
			database = startDatabase(dbPort);
			assertThat(readinessWithin(port, 200, Duration.ofSeconds(30))).isEqualTo(200);
		}
		finally {
			database.stop();
		}
	}

	private Server startDatabase(int port) throws Exception {
		return Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", data.toString(), "-ifNotExists")
			.start();
	}

	/** Polls like a load balancer's probe until the status is the expected one or the time is up. */
	private static int readinessWithin(int port, int expected, Duration limit) throws Exception {
		long until = System.nanoTime() + limit.toNanos();
		int status = readiness(port);
		while (status != expected && System.nanoTime() < until) {
			Thread.sleep(1_000);
			status = readiness(port);
		}
		return status;
	}

	private static int readiness(int port) throws Exception {
		return TestNetwork.status(port, "/actuator/health/readiness");
	}

	private static int liveness(int port) throws Exception {
		return TestNetwork.status(port, "/actuator/health/liveness");
	}

}
