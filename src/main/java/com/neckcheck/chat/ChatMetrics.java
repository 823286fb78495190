package com.neckcheck.chat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import com.neckcheck.screening.Summary;

/**
 * The chat's metrics (Micrometer, exported at /actuator/prometheus): conversations started, completed and
 * abandoned, triage outcomes, red flags by kind, turn latency, open sockets and rate-limit rejections.
 * Tags carry no visitor data.
 */
@Component
class ChatMetrics {

	private final MeterRegistry registry;

	private final Counter started;

	private final Counter completed;

	private final Counter abandoned;

	private final Counter rateLimited;

	private final Counter floodClosed;

	private final Counter unreadable;

	private final Timer turnLatency;

	private final AtomicInteger openSockets = new AtomicInteger();

	ChatMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.started = Counter.builder("neckcheck.conversations.started").register(registry);
		this.completed = Counter.builder("neckcheck.conversations.completed").register(registry);
		this.abandoned = Counter.builder("neckcheck.conversations.abandoned")
			.description("conversations that left memory unfinished after their idle time")
			.register(registry);
		this.rateLimited = Counter.builder("neckcheck.rate.limited").description("frames refused by the rate limit")
			.register(registry);
		this.unreadable = Counter.builder("neckcheck.turns.unreadable")
			.description("visitor messages the dialog engine failed on, kept and skipped")
			.register(registry);
		this.floodClosed = Counter.builder("neckcheck.sockets.flood.closed")
			.description("sockets closed for flooding (logged at most once a minute per address)")
			.register(registry);
		this.turnLatency = Timer.builder("neckcheck.turn.latency")
			.description("from a visitor message to the screener's reply")
			.register(registry);
		registry.gauge("neckcheck.sockets.open", openSockets);
		for (com.neckcheck.finding.TriageLevel level : com.neckcheck.finding.TriageLevel.values()) {
			Counter.builder("neckcheck.triage").tag("level", level.wire()).register(registry);
		}
	}

	void conversationStarted() {
		started.increment();
	}

	@EventListener
	void conversationCompleted(ConversationCompleted event) {
		Summary summary = event.summary();
		completed.increment();
		registry.counter("neckcheck.triage", "level", summary.triage().wire()).increment();
		summary.redFlags().forEach(flag -> registry.counter("neckcheck.red.flags", "flag", flag.finding()).increment());
	}

	void conversationAbandoned() {
		abandoned.increment();
	}

	void rateLimited() {
		rateLimited.increment();
	}

	void turnUnreadable() {
		unreadable.increment();
	}

	void floodClosed() {
		floodClosed.increment();
	}

	void turn(Duration took) {
		turnLatency.record(took);
	}

	void socketOpened() {
		openSockets.incrementAndGet();
	}

	void socketClosed() {
		openSockets.decrementAndGet();
	}

}
