package com.neckcheck.chat;

import org.springframework.stereotype.Component;

/** The chat's time in production: the JVM's monotonic clock. */
@Component
class SystemTicker implements ChatTicker {

	@Override
	public long nanoTime() {
		return System.nanoTime();
	}

}
