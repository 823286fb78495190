package com.neckcheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published XSS filter-evasion payloads of OWASP's cheat sheet, typed by a visitor into the widget,
 * then read by staff in the console, in real Chromium: every one is shown as the text it is, and none runs
 * (no dialog opens, no element it names appears).
 */
@ChatServerTest
@EnabledIf("com.neckcheck.web.Browsers#chromiumInstalled")
class XssPayloadBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void publishedPayloadsAreShownAsTextInTheWidgetAndTheConsole() throws IOException {
		List<String> payloads = payloads();
		String marker = "xssvisitor" + Long.toString(System.nanoTime(), 36);
		AtomicInteger dialogs = new AtomicInteger();
		try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
			BrowserContext visitor = browser.newContext();
			Page page = visitor.newPage();
			page.onDialog(dialog -> {
				dialogs.incrementAndGet();
				dialog.dismiss();
			});
			page.navigate("http://127.0.0.1:" + port + "/");
			WidgetPage widget = new WidgetPage(page);
			widget.launcher().click();
			widget.awaitFirstQuestion();
			sayAndAwaitAck(page, widget, marker);
			for (String payload : payloads) {
				sayAndAwaitAck(page, widget, payload);
			}
			sayAndAwaitAck(page, widget, "see my invoice\u202Egnp.exe");
			List<String> bubbles = page.locator(".msg.me").allTextContents();
			for (String payload : payloads) {
				assertThat(bubbles).as(payload).anyMatch(text -> text.endsWith(payload.strip()));
			}
			assertThat(page.locator(".msg.me img, .msg.me iframe, .msg.me script, .msg.me svg, .msg.me a, .msg.me object, .msg.me embed, .msg.me details").count())
				.isZero();
			visitor.close();

			BrowserContext staff = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 900));
			Page console = staff.newPage();
			console.onDialog(dialog -> {
				dialogs.incrementAndGet();
				dialog.dismiss();
			});
			ConsoleLogin.asAdmin(console, "http://127.0.0.1:" + port);
			console.locator("[name=q]").fill(marker);
			console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			console.waitForFunction("() => document.querySelectorAll('table.list tbody tr').length === 1");
			console.locator("table.list tbody tr a").click();
			console.waitForSelector(".line.visitor");
			List<String> lines = console.locator(".line.visitor .words").allTextContents();
			for (String payload : payloads) {
				assertThat(lines).as(payload).anyMatch(text -> text.contains(payload.strip()));
			}
			assertThat(lines).as("a direction override is shown as what it is, not obeyed")
				.anyMatch(text -> text.contains("see my invoice\u2039U+202E\u203Agnp.exe"))
				.noneMatch(text -> text.contains("\u202E"));
			assertThat(console.locator(".lines img, .lines iframe, .lines script, .lines svg, .lines a, .lines object, .lines embed, .lines details, .lines frameset").count())
				.isZero();
			assertThat(console.evaluate("() => document.title")).isEqualTo("NeckCheck staff console");
			staff.close();
		}
		assertThat(dialogs.get()).as("no payload ever ran").isZero();
		System.out.println("XssPayloadBrowserTests: " + payloads.size() + " OWASP payloads shown as text in the widget and the console");
	}

	private static void sayAndAwaitAck(Page page, WidgetPage widget, String words) {
		int mine = widget.mine();
		widget.say(words);
		page.waitForFunction("n => { const root = document.querySelector('#neckcheck-widget').shadowRoot;"
				+ " const mine = root.querySelectorAll('.msg.me'); return mine.length > n && !mine[mine.length - 1].classList.contains('pending'); }",
				mine);
	}

	private static List<String> payloads() throws IOException {
		try (var in = XssPayloadBrowserTests.class.getResourceAsStream("/xss/owasp-filter-evasion.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

}
