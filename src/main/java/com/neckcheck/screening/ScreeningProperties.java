package com.neckcheck.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the visitor-facing outcome.
 *
 * @param emergencyNumber the local emergency number named in every emergency advice
 * @param bookingUrl the clinic's booking address; {reference} is replaced by the conversation's opaque
 * booking reference, so no symptom ever travels in the link
 */
@Validated
@ConfigurationProperties("neckcheck.screening")
public record ScreeningProperties(@NotBlank String emergencyNumber,
		@NotBlank @Pattern(regexp = ".*\\{reference}.*", message = "must contain {reference}") String bookingUrl) {

	public ScreeningProperties {
		emergencyNumber = emergencyNumber == null ? "911" : emergencyNumber;
		bookingUrl = bookingUrl == null ? "https://clinic.example/book?ref={reference}" : bookingUrl;
	}

	public String bookingUrl(String reference) {
		return bookingUrl.replace("{reference}", java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8));
	}

}
