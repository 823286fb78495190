package com.neckcheck;

import java.time.Clock;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NeckCheckApplication {

	/** Time is injected so that tests of timeouts and retention need no waiting. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Before everything else, Spring Security included, so that every log line of a request carries its id. */
	@Bean
	FilterRegistrationBean<RequestIds> requestIds() {
		FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** What a newcomer looks for once it is up: where to go. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void ready(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port != null) {
			LoggerFactory.getLogger(NeckCheckApplication.class)
				.info("NeckCheck is ready: the demo page at http://localhost:{}/, the staff console at http://localhost:{}/console/",
						port, port);
		}
	}

	public static void main(String[] args) throws java.io.IOException {
		if (args.length > 0 && args[0].equals(com.neckcheck.visit.RefitCommand.NAME)) {
			// a tool for the clinic's data person: no server, nothing changed, a proposal printed
			com.neckcheck.visit.RefitCommand.run(args, System.out);
			return;
		}
		SpringApplication.run(NeckCheckApplication.class, args);
	}

}
