package com.neckcheck.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Group commit for transcript writes. Each turn's writes used to be a commit of their own, and a commit
 * of the embedded store rewrites whole pages: under load the database, not the screening, was the slow
 * part. Callers hand their write to one writer thread, which stores every write waiting at that moment in
 * a single transaction and then releases all their callers. A caller still returns only once its write is
 * committed, so a message is acknowledged only after it is stored; a batch costs one commit, however many
 * conversations it holds.
 *
 * <p>A write that fails (a resent message's duplicate key, a conversation erased meanwhile) must fail only
 * its own caller, and PostgreSQL refuses every further statement in a transaction after an error: so the
 * batch is rolled back and its writes are stored again one transaction each, which is rare and correct.
 * The work of a write must therefore only touch the database, and let its exceptions through.
 */
@Component
// destroyed before the store is compacted, so its last writes are in the file that is rewritten
@org.springframework.context.annotation.DependsOn("storeCompaction")
class GroupCommit implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();

	private final TransactionTemplate transaction;

	private final int maxBatch;

	private final Thread writer;

	private final DistributionSummary batchSizes;

	private volatile boolean running = true;

	GroupCommit(PlatformTransactionManager transactions, TranscriptProperties properties, MeterRegistry registry) {
		this.transaction = new TransactionTemplate(transactions);
		this.batchSizes = DistributionSummary.builder("neckcheck.transcript.batch")
			.description("transcript writes committed together")
			.baseUnit("writes")
			.register(registry);
		this.maxBatch = properties.maxBatch();
		this.writer = new Thread(this::writeUntilStopped, "transcript-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** Runs {@code work} in a committed transaction, shared with other callers' writes; its exception is rethrown here. */
	<T> T write(Supplier<T> work) {
		if (maxBatch == 1 || !running) {
			return transaction.execute(status -> work.get());
		}
		Write<T> write = new Write<>(work);
		queue.add(write);
		if (!running) {
			storeWhatIsLeft();
		}
		try {
			return write.done.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private void writeUntilStopped() {
		List<Write<?>> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Write<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, maxBatch - 1);
				store(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				// never leave a caller waiting, whatever went wrong
				batch.forEach(write -> write.done.completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void store(List<Write<?>> batch) {
		batchSizes.record(batch.size());
		if (batch.size() == 1) {
			storeAlone(batch.get(0));
			return;
		}
		List<Object> results = new ArrayList<>(batch.size());
		try {
			transaction.executeWithoutResult(status -> {
				for (Write<?> write : batch) {
					results.add(write.work.get());
				}
			});
		}
		catch (RuntimeException oneFailed) {
			log.debug("A batch of {} transcript writes failed ({}); storing them one by one", batch.size(),
					oneFailed.getClass().getSimpleName());
			batch.forEach(this::storeAlone);
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).succeed(results.get(i));
		}
	}

	private <T> void storeAlone(Write<T> write) {
		try {
			write.done.complete(transaction.execute(status -> write.work.get()));
		}
		catch (RuntimeException | Error ex) {
			write.done.completeExceptionally(ex);
		}
	}

	/** Writes waiting for the writer thread. */
	int waiting() {
		return queue.size();
	}

	/** Stores what is still queued, then lets the data source close. */
	@Override
	public void destroy() throws InterruptedException {
		running = false;
		writer.join(TimeUnit.SECONDS.toMillis(30));
		storeWhatIsLeft();
	}

	/** After the writer has stopped, whoever comes stores what nobody will take any more. */
	private void storeWhatIsLeft() {
		for (Write<?> write = queue.poll(); write != null; write = queue.poll()) {
			storeAlone(write);
		}
	}

	private static final class Write<T> {

		private final Supplier<T> work;

		private final CompletableFuture<T> done = new CompletableFuture<>();

		Write(Supplier<T> work) {
			this.work = work;
		}

		@SuppressWarnings("unchecked")
		void succeed(Object result) {
			done.complete((T) result);
		}

	}

}
