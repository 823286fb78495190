package com.neckcheck.chat;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The limits that keep one client from degrading everyone else's service, beyond the per-socket rate of
 * {@link ChatSocket}: open sockets per client address, new conversations per minute per address, and
 * messages per second per conversation (however many sockets it is spread over). Counts are per node and
 * live in memory (Caffeine); a node restart forgets them, which errs on the visitor's side.
 */
@Component
class ChatLimits {

	private final ChatProperties properties;

	private final LongSupplier nanoTime;

	private final ConcurrentHashMap<String, AtomicInteger> socketsByAddress = new ConcurrentHashMap<>();

	private final Cache<String, TokenBucket> startsByAddress;

	private final Cache<String, TokenBucket> messagesByConversation;

	ChatLimits(ChatProperties properties, ChatTicker ticker) {
		this.properties = properties;
		this.nanoTime = ticker::nanoTime;
		this.startsByAddress = Caffeine.newBuilder()
			.expireAfterAccess(Duration.ofMinutes(2))
			.ticker(nanoTime::getAsLong)
			.maximumSize(1_000_000)
			.build();
		this.messagesByConversation = Caffeine.newBuilder()
			.expireAfterAccess(Duration.ofMinutes(1))
			.ticker(nanoTime::getAsLong)
			.maximumSize(1_000_000)
			.build();
	}

	/** Counts a newly opened socket; false (and not counted) when the address already has its maximum. */
	boolean socketOpened(String address) {
		AtomicInteger count = socketsByAddress.computeIfAbsent(address, a -> new AtomicInteger());
		if (count.incrementAndGet() > properties.socketsPerAddress()) {
			count.decrementAndGet();
			return false;
		}
		return true;
	}

	void socketClosed(String address) {
		socketsByAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
	}

	boolean allowNewConversation(String address) {
		return startsByAddress
			.get(address, a -> new TokenBucket(properties.conversationsPerMinute() / 60.0,
					properties.conversationsPerMinute(), nanoTime))
			.take();
	}

	boolean allowMessage(String conversationId) {
		return messagesByConversation
			.get(conversationId, c -> new TokenBucket(properties.messagesPerSecond(), properties.messageBurst(), nanoTime))
			.take();
	}

	boolean tooLong(int entries) {
		return entries >= properties.maxConversationEntries();
	}

}
