package com.neckcheck.operations;


import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.TestNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With management.server.port set, probes and metrics live on their own port, where open chat sockets on the
 * main port can never starve them, and the public port no longer serves them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "neckcheck.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN",
				"management.server.port=0" })
class ManagementPortTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void probesAndMetricsMoveToTheManagementPort() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		assertThat(TestNetwork.status(managementPort, "/actuator/health/readiness")).isEqualTo(200);
		assertThat(TestNetwork.status(managementPort, "/actuator/prometheus")).isEqualTo(200);
		assertThat(TestNetwork.status(port, "/actuator/health/readiness")).isEqualTo(404);
	}

}
