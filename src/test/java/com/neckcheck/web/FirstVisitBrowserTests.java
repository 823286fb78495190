package com.neckcheck.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer's browser says about the first pages they open: the demo page with the widget opened, the
 * console's login and the console after logging in, in real headless Chromium. No error in the browser's
 * console, no script error, no request answered with an error (the favicon included).
 */
@ChatServerTest
@EnabledIf("com.neckcheck.web.Browsers#chromiumInstalled")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstVisitBrowserTests {

	private Playwright playwright;

	private Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	void quit() {
		browser.close();
		playwright.close();
	}

	@Test
	void theDemoPageAndTheConsoleOpenWithoutAnErrorInTheBrowser() {
		List<String> problems = new CopyOnWriteArrayList<>();
		List<String> icons = new CopyOnWriteArrayList<>();
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					problems.add(page.url() + " console " + message.type() + ": " + message.text());
				}
			});
			page.onPageError(error -> problems.add(page.url() + " script error: " + error));
			page.onResponse(response -> {
				if (response.url().contains("favicon")) {
					icons.add(response.url() + " " + response.status());
				}
				if (response.status() >= 400) {
					problems.add(response.url() + " answered " + response.status());
				}
			});
			page.onRequestFailed(request -> problems.add(request.url() + " failed: " + request.failure()));

			// the widget opened and its first question shown: the socket's frames have arrived and been drawn
			WidgetPage widget = WidgetPage.opened(page, port);
			assertThat(widget.bots()).isPositive();
			page.waitForLoadState(LoadState.NETWORKIDLE);

			ConsoleLogin.asAdmin(page, "http://localhost:" + port);
			page.waitForLoadState(LoadState.NETWORKIDLE);
		}
		assertThat(problems).as("what the browser reported").isEmpty();
		assertThat(icons).as("the pages' icon was fetched and found").isNotEmpty().allMatch(icon -> icon.endsWith(" 200"));
	}

}
