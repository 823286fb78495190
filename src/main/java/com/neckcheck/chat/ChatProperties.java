package com.neckcheck.chat;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and settings of the chat socket.
 *
 * @param maxTextBytes largest visitor frame that is read (UTF-8 bytes); a larger one gets {@code too_large}
 * @param maxFrameBytes largest frame the server accepts at all; beyond it the socket closes with 1009
 * @param sendTimeLimit how long one send to a slow client may take before the socket is given up
 * @param sendBufferBytes how much may queue for a slow client before the socket is given up
 * @param idleTimeout a socket with no frame for this long is closed (the widget pings well within it)
 * @param allowedOriginPatterns pages that may open the socket, besides the server's own origin
 * @param hotConversations how many conversations are kept in memory; others are rebuilt from the transcript
 * @param hotFor how long an untouched conversation stays in memory
 * @param messagesPerSecond frames a socket may send per second, on average
 * @param messageBurst frames a socket may send at once (a reconnecting widget resends what was not acked)
 */
@Validated
@ConfigurationProperties("neckcheck.chat")
public record ChatProperties(@Min(256) Integer maxTextBytes, @Min(1024) Integer maxFrameBytes,
		@NotNull Duration sendTimeLimit, @Min(1024) Integer sendBufferBytes, @NotNull Duration idleTimeout,
		List<String> allowedOriginPatterns, @Min(1) Integer hotConversations, @NotNull Duration hotFor,
		@Positive Double messagesPerSecond, @Min(1) Integer messageBurst) {

	public ChatProperties {
		maxTextBytes = maxTextBytes == null ? 4096 : maxTextBytes;
		maxFrameBytes = maxFrameBytes == null ? 65536 : maxFrameBytes;
		sendTimeLimit = sendTimeLimit == null ? Duration.ofSeconds(10) : sendTimeLimit;
		sendBufferBytes = sendBufferBytes == null ? 512 * 1024 : sendBufferBytes;
		idleTimeout = idleTimeout == null ? Duration.ofMinutes(5) : idleTimeout;
		allowedOriginPatterns = allowedOriginPatterns == null
				? List.of("http://localhost:[*]", "http://127.0.0.1:[*]") : List.copyOf(allowedOriginPatterns);
		hotConversations = hotConversations == null ? 100_000 : hotConversations;
		hotFor = hotFor == null ? Duration.ofMinutes(30) : hotFor;
		messagesPerSecond = messagesPerSecond == null ? 5.0 : messagesPerSecond;
		messageBurst = messageBurst == null ? 20 : messageBurst;
	}

}
