package com.neckcheck.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, started headless with the flags this machine needs; no browser is
 * downloaded. Tests that use it are skipped where Chromium is not installed, and fail under CI (.ci/run installs it).
 */
final class Browsers {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private Browsers() {
	}

	/** Skips a browser test where Chromium is missing, except under CI, where that is a failure. */
	static boolean chromiumInstalled() {
		return com.neckcheck.RealParts.present(Files.isExecutable(CHROMIUM), "Chromium (" + CHROMIUM + ")");
	}

	static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser chromium(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
						"--no-first-run", "--disable-component-update", "--disable-sync")));
	}

}
