package com.neckcheck.chat;

/**
 * The time the chat's rate limits count in, in nanoseconds from an arbitrary origin (as
 * {@link System#nanoTime()}): a bean, so that a test can move time forward instead of sleeping.
 */
@FunctionalInterface
public interface ChatTicker {

	long nanoTime();

}
