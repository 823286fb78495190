package com.neckcheck.booking;

import java.net.URI;
import java.time.Clock;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.neckcheck.screening.ScreeningProperties;
import com.neckcheck.transcript.TranscriptStore;

/**
 * Counts a click on a summary's booking link, then sends the visitor on to the clinic. The target is always
 * the configured booking address, never anything from the request, so this is no open redirect; a reference
 * that is malformed is refused, and one that is unknown (erased, purged) still reaches the clinic.
 */
@RestController
class BookingRedirect {

	/** The shape of {@code Tokens.newBookingReference}: "NC-" and Crockford base 32. */
	private static final Pattern REFERENCE = Pattern.compile("NC-[0-9A-HJKMNP-TV-Z]{4,13}");

	private final TranscriptStore store;

	private final ScreeningProperties screening;

	private final Clock clock;

	/** How long repeated clicks of one reference count as one. */
	static final java.time.Duration CLICK_WINDOW = java.time.Duration.ofMinutes(30);

	private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> counted = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.expireAfterWrite(CLICK_WINDOW)
		.maximumSize(100_000)
		.build();

	BookingRedirect(TranscriptStore store, ScreeningProperties screening, Clock clock) {
		this.store = store;
		this.screening = screening;
		this.clock = clock;
	}

	@GetMapping("/book/{reference}")
	ResponseEntity<Void> book(@PathVariable String reference) {
		if (!REFERENCE.matcher(reference).matches()) {
			return ResponseEntity.notFound().build();
		}
		if (counted.asMap().putIfAbsent(reference, Boolean.TRUE) == null) {
			// a reference counts once per window: reloading or repeating the link cannot inflate the figures
			store.recordBookingClick(reference, clock.instant());
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(screening.bookingUrl(reference)))
			.header("Cache-Control", "no-store")
			.header("Referrer-Policy", "no-referrer")
			.build();
	}

}
