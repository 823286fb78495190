package com.neckcheck.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three summaries as a visitor sees them, at desktop and phone sizes: each leads with the action that
 * fits (call, see a doctor today, or book), can be printed or saved, and lets the visitor start again. Also
 * the clinic's own look and the page's way to open the widget.
 */
@ChatServerTest
@EnabledIf("com.neckcheck.web.Browsers#chromiumInstalled")
class WidgetSummaryBrowserTests {

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	static void quit() {
		browser.close();
		playwright.close();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource({ "1280, 800, desktop", "390, 844, phone" })
	void anEmergencyShowsOnlyTheInstructionTheCallTheReasonsAndTheSafetyNet(int width, int height, String size) {
		try (BrowserContext context = context(width, height)) {
			Page page = context.newPage();
			WidgetPage widget = WidgetPage.opened(page, port);
			widget.say("I just got the worst headache of my life, it hit like a thunderclap a few minutes ago");
			page.waitForCondition(widget::finished, new Page.WaitForConditionOptions().setTimeout(20_000));
			assertInstructionOnScreen(page, "Call 911 now");
			Locator card = widget.summary();
			assertThat(card.locator(".banner.emergency a.call").getAttribute("href")).isEqualTo("tel:911");
			assertThat(card.locator(".banner.emergency li").count()).as("the reasons").isPositive();
			assertThat(card.locator("p").allTextContents()).hasSize(2)
				.anyMatch(t -> t.startsWith("This is not a diagnosis"))
				.anyMatch(t -> t.startsWith("Get help at once"));
			assertThat(card.locator("a.book, .meter, h3").count()).as("no booking, no likelihood, no examination").isZero();
			assertThat(widget.input().isVisible()).as("the message box is off").isFalse();
			assertThat(page.locator(".ask").isVisible()).isFalse();
			PageChecks.screenshot(page, "summary-emergency-" + size);
			PageChecks.assertNoSeriousAccessibilityViolations(page);
		}
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource({ "1280, 800, desktop", "390, 844, phone" })
	void anUrgentSummaryPutsSeeingADoctorTodayFirst(int width, int height, String size) {
		try (BrowserContext context = context(width, height)) {
			Page page = context.newPage();
			WidgetPage widget = WidgetPage.opened(page, port);
			widget.say("The headaches sit at the back of my head. I was treated for breast cancer two years ago.");
			widget.awaitReply();
			assertThat(page.locator(".msg.banner.urgent[role=alert]").allTextContents()).as("the urgent advice came at once, as a warning")
				.anyMatch(t -> t.startsWith("Please see a doctor today, within 24 hours"));
			for (int i = 0; i < 60 && !widget.finished(); i++) {
				widget.answerByClicking();
			}
			assertInstructionOnScreen(page, "Please see a doctor today (within 24 hours)");
			Locator card = widget.summary();
			assertThat(card.locator(".banner.urgent").count()).isEqualTo(1);
			assertThat(card.locator("a.book.second").count()).as("booking comes second").isEqualTo(1);
			assertThat(y(card.locator("a.book"))).isGreaterThan(y(card.locator(".notice")));
			assertThat(card.textContent()).contains("This is not a diagnosis").doesNotContain("%");
			PageChecks.screenshot(page, "summary-urgent-" + size);
			PageChecks.assertNoSeriousAccessibilityViolations(page);
		}
	}

	@Test
	void aRoutineSummaryLeadsWithBookingCanBeKeptAndStartedAgain() {
		try (BrowserContext context = context(390, 844)) {
			Page page = context.newPage();
			WidgetPage widget = WidgetPage.opened(page, port);
			widget.say("Pain starts in my neck on the right and spreads to my forehead, worse when I turn my head, most days.");
			widget.awaitReply();
			for (int i = 0; i < 60 && !widget.finished(); i++) {
				widget.answerByClicking();
			}
			Locator card = widget.summary();
			assertThat(card.locator(".banner.routine").count()).isEqualTo(1);
			assertThat(y(card.locator("a.book"))).as("booking right under the banner").isLessThan(y(card.locator("h3").first()));
			assertThat(card.locator("a.book").textContent()).isEqualTo("Book an assessment");
			assertThat(card.locator(".ref").textContent()).startsWith("Your reference: NC-");
			assertThat(card.locator("h3").first().textContent()).as("the likelihood in words, rounded")
				.containsPattern("likelihood: (high|moderate|low), about \\d in 10")
				.doesNotContain("%");
			assertThat(card.textContent()).containsOnlyOnce("in 10").contains("This is not a diagnosis");

			Page copy = page.waitForPopup(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print or save")).click());
			copy.waitForLoadState();
			assertThat(copy.title()).isEqualTo("Riverside Physical Medicine: headache screening summary");
			assertThat(copy.locator("body").textContent()).contains("Book an assessment").contains("This is not a diagnosis")
				.contains("/book/NC-");
			copy.close();

			Download mine = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Download my answers (PDF)")).click());
			assertThat(mine.suggestedFilename()).startsWith("headache-screening-NC-").endsWith(".pdf");
			java.nio.file.Path saved = java.nio.file.Path.of("target/visitor-report-example.pdf");
			mine.saveAs(saved);
			try {
				com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(java.nio.file.Files.readAllBytes(saved));
				assertThat(pdf.getNumberOfPages()).as("one or two pages").isBetween(1, 2);
				StringBuilder text = new StringBuilder();
				for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
					text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(p));
				}
				assertThat(text.toString().replaceAll("\\s+", " ")).contains("Your headache screening", "What the screener told you",
						"Your answers", "not a diagnosis")
					.as("nothing for staff only").doesNotContain("Consider examining", "Where it came from", "For staff only");
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}

			widget.say("oh and since this morning I can't see properly out of my left eye");
			page.waitForCondition(() -> page.locator(".msg.banner.emergency").count() > 0,
					new Page.WaitForConditionOptions().setTimeout(20_000));
			assertThat(page.locator(".msg.banner.emergency[role=alert] a.call").getAttribute("href"))
				.as("a warning sign after a routine summary is a warning with the number, not a plain line").isEqualTo("tel:911");

			String before = token(page);
			assertThat(widget.mine()).isPositive();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start again")).click();
			widget.awaitFirstQuestion();
			assertThat(widget.mine()).as("a fresh conversation").isZero();
			assertThat(widget.finished()).isFalse();
			assertThat(token(page)).isNotEqualTo(before);
			assertThat(widget.question().textContent()).startsWith("To start, tell me");
		}
	}

	@Test
	void theClinicsLookAndALinkOnThePageOpenTheWidget() {
		try (BrowserContext context = context(1280, 800)) {
			Page page = context.newPage();
			page.navigate("http://127.0.0.1:" + port + "/");
			WidgetPage widget = new WidgetPage(page);
			page.locator("nav").getByText("Headache check").click();
			widget.awaitFirstQuestion();
			Locator header = page.locator("#neckcheck-widget header");
			assertThat(header.locator("h2").textContent()).startsWith("Riverside Physical Medicine");
			assertThat(header.locator("img.logo").evaluate("img => img.complete && img.naturalWidth > 0")).isEqualTo(true);
			assertThat(page.locator(".msg.intro").textContent()).startsWith("Welcome to Riverside Physical Medicine");
			page.evaluate("() => window.NeckCheck.close()");
			assertThat(page.locator(".panel").isVisible()).isFalse();
			assertThat(widget.launcher().isVisible()).isTrue();
			page.evaluate("() => window.NeckCheck.open()");
			assertThat(page.locator(".panel").isVisible()).isTrue();
			assertThat(page.locator(".typing").count()).isZero();
		}
	}

	private BrowserContext context(int width, int height) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
	}

	/** The summary's first words are on screen, not covered, as the page's geometry tells. */
	private static void assertInstructionOnScreen(Page page, String words) {
		Object seen = page.evaluate("""
				() => {
				  const root = document.querySelector('#neckcheck-widget').shadowRoot;
				  const heading = root.querySelector('article').firstElementChild.firstElementChild;
				  const r = heading.getBoundingClientRect();
				  const hit = root.elementFromPoint(r.left + 10, r.top + 10);
				  return r.top >= 0 && r.bottom <= innerHeight && hit && heading.contains(hit) ? heading.textContent : 'hidden';
				}""");
		assertThat((String) seen).startsWith(words);
	}

	private static double y(Locator node) {
		return node.boundingBox().y;
	}

	private String token(Page page) {
		return (String) page.evaluate("() => JSON.parse(sessionStorage.getItem('neckcheck:127.0.0.1:" + port + "')).token");
	}

}
