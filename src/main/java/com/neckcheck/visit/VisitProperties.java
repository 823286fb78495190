package com.neckcheck.visit;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the pre-visit report.
 *
 * @param clinicName the clinic's name at the top of every printed report
 * @param zone the time zone the report's dates are written in (default: the server's)
 */
@Validated
@ConfigurationProperties("neckcheck.visit")
public record VisitProperties(@NotBlank String clinicName, ZoneId zone) {

	public VisitProperties {
		clinicName = clinicName == null ? "NeckCheck demo clinic" : clinicName;
		zone = zone == null ? ZoneId.systemDefault() : zone;
	}

}
