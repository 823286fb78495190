package com.neckcheck.transcript;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.neckcheck.ChatServerTest;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group commit on the real database: writes that wait together are committed together, each caller
 * returns only once its own write is visible to another connection, and a failing write fails only its
 * caller while the rest of its batch is stored.
 */
@ChatServerTest
class GroupCommitTests {

	@Autowired
	GroupCommit writes;

	@Autowired
	TranscriptStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry registry;

	@Test
	void writesWaitingTogetherAreCommittedTogetherAndAFailingOneFailsOnlyItsCaller() throws Exception {
		String takenHash = "taken-" + UUID.randomUUID();
		create(takenHash);
		CountDownLatch holdingWriter = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(21);
		try {
			// Holds the writer, so that the next 20 writes all wait for the same batch.
			Future<?> holding = callers.submit(() -> writes.write(() -> {
				holdingWriter.countDown();
				awaitQuietly(release);
				return 0;
			}));
			assertThat(holdingWriter.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<String>> created = new ArrayList<>();
			for (int i = 0; i < 19; i++) {
				created.add(callers.submit(() -> create("hash-" + UUID.randomUUID())));
			}
			Future<String> duplicate = callers.submit(() -> create(takenHash));
			waitUntil(() -> writes.waiting() == 20);
			double commitsBefore = batches().count();
			release.countDown();
			holding.get(10, TimeUnit.SECONDS);
			for (Future<String> one : created) {
				String id = one.get(10, TimeUnit.SECONDS);
				assertThat(store.findById(id)).as("stored and visible once its caller returned").isPresent();
			}
			assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateKeyException.class);
			assertThat(batches().max()).as("writes in the largest commit").isGreaterThanOrEqualTo(20);
			assertThat(batches().count() - commitsBefore).as("commits for the 20 waiting writes").isEqualTo(1);
		}
		finally {
			release.countDown();
			callers.shutdownNow();
		}
	}

	@Test
	void aTurnsRepliesAreStoredWhenTheCallReturnsAndAWrittenPositionIsStale() {
		String id = create("hash-" + UUID.randomUUID());
		Entry reply = Entry.bot(1, Instant.now(), Entry.Kind.BOT, "Hello", null, null);
		store.appendAll(id, List.of(reply));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM transcript_entry WHERE conversation_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> store.appendAll(id, List.of(reply))).isInstanceOf(StaleConversationException.class);
	}

	private DistributionSummary batches() {
		return registry.get("neckcheck.transcript.batch").summary();
	}

	private String create(String tokenHash) {
		String id = UUID.randomUUID().toString();
		String reference = "GC" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		store.create(id, tokenHash, reference, "en", Instant.now());
		return id;
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
