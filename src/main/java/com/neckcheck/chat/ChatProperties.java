package com.neckcheck.chat;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and settings of the chat socket.
 *
 * @param maxTextBytes largest visitor frame that is read (UTF-8 bytes); a larger one gets {@code too_large}
 * @param maxFrameBytes largest frame the server accepts at all; beyond it the socket closes with 1009. Every open
 * socket holds a buffer of this size, so it stays a few times {@code maxTextBytes}, no more
 * @param sendTimeLimit how long one send to a slow client may take before the socket is given up
 * @param sendBufferBytes how much may queue for a slow client before the socket is given up
 * @param idleTimeout a socket with no frame for this long is closed (the widget pings well within it)
 * @param allowedOriginPatterns pages that may open the socket, besides the server's own origin
 * @param hotConversations how many conversations are kept in memory; others are rebuilt from the transcript
 * @param hotFor how long an untouched conversation stays in memory
 * @param messagesPerSecond frames a socket may send per second, on average
 * @param messageBurst frames a socket may send at once (a reconnecting widget resends what was not acked); the
 * same rate and burst hold for one conversation over all its sockets
 * @param socketsPerAddress open sockets one client address may hold (a clinic's waiting room shares one)
 * @param conversationsPerMinute new conversations one client address may start per minute (as a burst, then
 * that many per minute on average)
 * @param maxConversationEntries transcript entries after which a conversation takes no more messages
 * @param widgetKeys when not empty, {@code start} must carry one of these keys, and a key bound to an origin
 * is accepted only from a page of that origin
 */
@Validated
@ConfigurationProperties("neckcheck.chat")
public record ChatProperties(@Min(256) Integer maxTextBytes, @Min(1024) Integer maxFrameBytes,
		@NotNull Duration sendTimeLimit, @Min(1024) Integer sendBufferBytes, @NotNull Duration idleTimeout,
		List<String> allowedOriginPatterns, @Min(1) Integer hotConversations, @NotNull Duration hotFor,
		@Positive Double messagesPerSecond, @Min(1) Integer messageBurst, @Min(1) Integer socketsPerAddress,
		@Min(1) Integer conversationsPerMinute, @Min(10) Integer maxConversationEntries,
		List<@Valid WidgetKey> widgetKeys) {

	/**
	 * A key the clinic gives one of its sites, for {@code data-key} on the widget's tag.
	 *
	 * @param origin the page origin it is valid for, e.g. {@code https://clinic.example}; empty for any
	 */
	public record WidgetKey(@NotBlank @Size(min = 16, max = 128) String key, String origin) {
	}

	public ChatProperties {
		maxTextBytes = maxTextBytes == null ? 4096 : maxTextBytes;
		maxFrameBytes = maxFrameBytes == null ? 16384 : maxFrameBytes;
		sendTimeLimit = sendTimeLimit == null ? Duration.ofSeconds(10) : sendTimeLimit;
		sendBufferBytes = sendBufferBytes == null ? 512 * 1024 : sendBufferBytes;
		idleTimeout = idleTimeout == null ? Duration.ofMinutes(5) : idleTimeout;
		allowedOriginPatterns = allowedOriginPatterns == null
				? List.of("http://localhost:[*]", "http://127.0.0.1:[*]") : List.copyOf(allowedOriginPatterns);
		hotConversations = hotConversations == null ? 100_000 : hotConversations;
		hotFor = hotFor == null ? Duration.ofMinutes(30) : hotFor;
		messagesPerSecond = messagesPerSecond == null ? 5.0 : messagesPerSecond;
		messageBurst = messageBurst == null ? 20 : messageBurst;
		socketsPerAddress = socketsPerAddress == null ? 20 : socketsPerAddress;
		conversationsPerMinute = conversationsPerMinute == null ? 10 : conversationsPerMinute;
		maxConversationEntries = maxConversationEntries == null ? 1000 : maxConversationEntries;
		widgetKeys = widgetKeys == null ? List.of() : List.copyOf(widgetKeys);
	}

}
