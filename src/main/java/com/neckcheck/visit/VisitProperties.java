package com.neckcheck.visit;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the pre-visit report.
 *
 * @param clinicName the clinic's name at the top of every printed report
 */
@Validated
@ConfigurationProperties("neckcheck.visit")
public record VisitProperties(@NotBlank String clinicName) {

	public VisitProperties {
		clinicName = clinicName == null ? "NeckCheck demo clinic" : clinicName;
	}

}
