package com.neckcheck;

/**
 * Whether a test's real part (Chromium, nginx) is on this machine. On a developer's machine a missing part
 * skips the tests that need it; under CI ({@code CI=true}) it fails them, so CI can never pass by skipping.
 */
public final class RealParts {

	private RealParts() {
	}

	/** {@code available}, or a failure naming {@code what} when it is not and the run is CI's. */
	public static boolean present(boolean available, String what) {
		if (!available && underCi()) {
			throw new IllegalStateException(what + " is not installed, and under CI (CI=true) a test may not be skipped for it; "
					+ ".ci/run installs it");
		}
		return available;
	}

	public static boolean underCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
