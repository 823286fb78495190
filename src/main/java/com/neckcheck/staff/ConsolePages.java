package com.neckcheck.staff;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The console's addresses: {@code /console/} (the app, static files in web/console/) and its login page. */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/console", "/console/");
		registry.addViewController("/console/").setViewName("forward:/console/index.html");
		registry.addViewController(StaffSecurity.LOGIN).setViewName("forward:/console/login.html");
	}

}
