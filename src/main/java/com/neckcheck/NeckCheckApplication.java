package com.neckcheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NeckCheckApplication {

	public static void main(String[] args) {
		SpringApplication.run(NeckCheckApplication.class, args);
	}

}
