package com.neckcheck.transcript;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Erased words must leave the disk, not only the tables. The embedded H2 store appends changed pages and
 * leaves the old ones in its file until it is compacted, so after an erasure or a retention purge the words
 * stay readable in {@code neckcheck.mv.db}. A graceful stop after any erasure therefore closes the store and
 * rewrites its file from the live data (H2's {@code MVStoreTool.compact}, uncompressed). It runs after the transcript writer
 * has stored its last write ({@link GroupCommit} depends on this bean, so it is destroyed first). PostgreSQL
 * needs {@code VACUUM} instead (autovacuum frees the space; see docs/security.md); nothing is done for it here.
 */
@Component
public class StoreCompaction implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

	private final DataSource dataSource;

	private final AtomicBoolean erased = new AtomicBoolean();

	StoreCompaction(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Something was erased: compact the embedded store at the next graceful stop. */
	public void erased() {
		erased.set(true);
	}

	@Override
	public void destroy() {
		if (!erased.get()) {
			return;
		}
		String file = null;
		boolean closed = false;
		try (Connection connection = dataSource.getConnection()) {
			file = storeFile(connection.getMetaData().getURL());
			if (file == null) {
				return;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
				closed = true;
			}
		}
		catch (SQLException ex) {
			if (!closed) {
				log.warn("Could not close the embedded store to compact it after erasures: {}", ex.getMessage());
				return;
			}
			// the pool's connection, closed with the database itself: expected
		}
		long started = System.nanoTime();
		// the live data copied into a new file, uncompressed (so what is in the file can be checked), then swapped in
		MVStoreTool.compact(file, false);
		log.info("Embedded store compacted after erasures in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** The MVStore file of an H2 file database URL, or null for any other database. */
	static String storeFile(String url) {
		if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
				|| url.startsWith("jdbc:h2:ssl:")) {
			return null;
		}
		String path = url.substring("jdbc:h2:".length());
		path = path.startsWith("file:") ? path.substring("file:".length()) : path;
		int options = path.indexOf(';');
		return (options < 0 ? path : path.substring(0, options)) + ".mv.db";
	}

}
