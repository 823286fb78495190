package com.neckcheck.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo page and the widget in real headless Chromium (Debian's), against the real server. */
@ChatServerTest
@EnabledIf("com.neckcheck.web.Browsers#chromiumInstalled")
class WidgetBrowserTests {

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	private BrowserContext context;

	private Page page;

	private WidgetPage widget;

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

	@BeforeEach
	void openDemoPage() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
		page = context.newPage();
		page.navigate("http://127.0.0.1:" + port + "/");
		widget = new WidgetPage(page);
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@Test
	void aVisitorCompletesTheScreeningByClicking() {
		widget.launcher().click();
		widget.awaitFirstQuestion();
		for (int i = 0; i < 80 && !widget.finished(); i++) {
			widget.answerByClicking();
		}
		assertThat(widget.summary().textContent()).contains("This is not a diagnosis").contains("Book an assessment");
		assertThat(page.locator(".banner.routine").count()).isEqualTo(1);
	}

	@Test
	void aVisitorCompletesTheScreeningByTyping() {
		widget.launcher().click();
		widget.awaitFirstQuestion();
		for (int i = 0; i < 80 && !widget.finished(); i++) {
			widget.answerByTyping();
		}
		assertThat(widget.summary().textContent()).contains("This is not a diagnosis");
	}

	@Test
	void aVisitorCompletesTheScreeningWithTheKeyboardOnly() {
		for (int i = 0; i < 10 && !widget.focused().contains("Open the headache screening chat"); i++) {
			page.keyboard().press("Tab");
		}
		assertThat(widget.focused()).contains("Open the headache screening chat");
		page.keyboard().press("Enter");
		widget.awaitFirstQuestion();
		assertThat(widget.focused()).startsWith("TEXTAREA|textarea");
		page.keyboard().press("Shift+Tab");
		assertThat(widget.focused()).contains("Skip");
		page.keyboard().press("Enter");
		widget.awaitReply();
		assertThat(widget.focused()).as("after an answer by a control, focus is on the next question's first control")
			.matches("(BUTTON|INPUT)\\|.*");
		for (int i = 0; i < 20 && !widget.focused().startsWith("TEXTAREA"); i++) {
			page.keyboard().press("Tab");
		}
		for (int i = 0; i < 80 && !widget.finished(); i++) {
			assertThat(widget.focused()).as("focus stays in the message field").startsWith("TEXTAREA|textarea");
			String words = widget.answers().locator("svg").count() > 0 ? "back of my head"
					: widget.answers().locator("input[type=checkbox]").count() > 0 ? "none"
							: widget.answers().locator("input[type=number]").count() > 0 ? "5"
									: widget.answers().getByText("Left side").count() > 0 ? "left"
											: widget.answers().getByText("10").count() > 0 ? "5"
													: widget.answers().getByText("Throbbing or pounding").count() > 0 ? "throbbing" : "no";
			page.keyboard().type(words);
			page.keyboard().press("Enter");
			widget.awaitReply();
		}
		assertThat(widget.summary().textContent()).contains("This is not a diagnosis");
	}

	@Test
	void thePainMapTakesClicksAndTheKeyboardOnEachSideOfEachView() {
		widget.launcher().click();
		widget.awaitFirstQuestion();
		for (int i = 0; i < 80 && widget.answers().locator("svg").count() == 0; i++) {
			widget.answerByClicking();
		}
		var occiput = widget.answers().locator("svg [aria-label='back of the head (back view)']");
		occiput.click();
		assertThat(occiput.getAttribute("aria-checked")).isEqualTo("true");
		assertThat(widget.answers().getByLabel("back of the head", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
		widget.answers().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Front")).click();
		var rightTemple = widget.answers().locator("svg [aria-label='temple, your right (front view)']");
		assertThat(rightTemple.boundingBox().x).as("the visitor's right is on the viewer's left in a front view")
			.isLessThan(widget.answers().locator("svg [aria-label='temple, your left (front view)']").boundingBox().x);
		rightTemple.focus();
		page.keyboard().press("Space");
		assertThat(rightTemple.getAttribute("aria-checked")).isEqualTo("true");
		assertThat(widget.answers().locator("svg [aria-label='temple, your left (front view)']").getAttribute("aria-checked")).isEqualTo("false");
		assertThat(widget.answers().locator(".picked").textContent()).contains("back of the head").contains("temple");
		widget.answers().getByText("Continue").click();
		widget.awaitReply();
		assertThat(page.locator(".msg.me").last().textContent()).contains("back of the head").contains("temple");
	}

	@Test
	void thePainMapShowsTheSideTheStoryToldForTheVisitorToConfirm() {
		widget.launcher().click();
		widget.awaitFirstQuestion();
		widget.say("my headaches are always on the left side and they throb");
		widget.awaitReply();
		for (int i = 0; i < 80 && widget.answers().locator("svg").count() == 0 && !widget.finished(); i++) {
			widget.answerByClicking();
		}
		assertThat(widget.answers().locator("svg").count()).as("the pain map is asked").isPositive();
		assertThat(widget.answers().locator(".picked").textContent()).contains("Side you told me: left");
		widget.answers().getByText("Or pick from a list").click();
		widget.answers().getByLabel("behind the ear", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
		assertThat(widget.answers().locator("svg [aria-label='behind the ear, your left (back view)']").getAttribute("aria-checked"))
			.as("the region picked from the list is marked on the side the visitor told").isEqualTo("true");
		assertThat(widget.answers().locator("svg [aria-label='behind the ear, your right (back view)']").getAttribute("aria-checked"))
			.isEqualTo("false");
		assertThat(widget.answers().locator("svg [aria-label='behind the ear (side view)']").getAttribute("aria-checked")).isEqualTo("true");
	}

	@Test
	void anEmergencyShowsTheBannerWithTheNumberToCallFirst() {
		widget.launcher().click();
		widget.awaitFirstQuestion();
		widget.say("the worst headache of my life, it came on suddenly an hour ago");
		page.waitForCondition(widget::finished, new Page.WaitForConditionOptions().setTimeout(20_000));
		assertThat(page.locator(".banner.emergency").textContent()).startsWith("Call 911 now");
		assertThat(page.locator(".banner.emergency a.call").getAttribute("href")).isEqualTo("tel:911");
		assertThat(page.locator("a.book").count()).as("no booking in an emergency").isZero();
		assertThat(widget.summary().textContent()).contains("This is not a diagnosis").contains("Get help at once")
			.doesNotContain("how far your neck turns");
		assertThat(widget.input().isVisible()).as("the message box is off").isFalse();
		screenshot("desktop-summary-emergency");
		assertNoSeriousAccessibilityViolations();
		page.getByText("Add something I forgot").click();
		assertThat(widget.input().isVisible()).isTrue();
		widget.say("and now my left arm has gone weak");
		page.waitForCondition(() -> page.locator(".msg.banner.emergency").count() > 0,
				new Page.WaitForConditionOptions().setTimeout(20_000));
		assertThat(page.locator(".msg.banner.emergency[role=alert]").textContent())
			.as("a new warning sign after the end gets the advice as a warning, with the number to call")
			.startsWith("Call 911 now");
		assertThat(page.locator(".msg.banner.emergency a.call").getAttribute("href")).isEqualTo("tel:911");
	}

	@Test
	void aReloadMidConversationContinuesWithNothingLostOrShownTwice() {
		widget.launcher().click();
		widget.awaitFirstQuestion();
		for (int i = 0; i < 4; i++) {
			widget.answerByClicking();
		}
		int bots = widget.bots();
		int mine = widget.mine();
		page.reload();
		widget.awaitFirstQuestion();
		page.waitForCondition(() -> widget.bots() >= bots && widget.mine() >= mine, new Page.WaitForConditionOptions().setTimeout(20_000));
		assertThat(widget.bots()).isEqualTo(bots);
		assertThat(widget.mine()).isEqualTo(mine);
		widget.answerByClicking();
		assertThat(widget.mine()).isEqualTo(mine + 1);
		assertThat(widget.bots()).isGreaterThan(bots);
	}

	@Test
	void visitorMarkupIsShownAsTextAndNeverRuns() {
		AtomicBoolean dialog = new AtomicBoolean();
		page.onDialog(d -> {
			dialog.set(true);
			d.dismiss();
		});
		widget.launcher().click();
		widget.awaitFirstQuestion();
		for (String payload : List.of("<img src=x onerror=alert(1)>", "<script>alert(1)</script>",
				"<svg onload=alert(1)>", "\"><iframe src=javascript:alert(1)>")) {
			widget.say(payload);
			widget.awaitReply();
			assertThat(page.locator(".msg.me").last().textContent()).isEqualTo("You: " + payload);
		}
		assertThat(page.locator(".log img, .log script, .log iframe, .log svg").count()).isZero();
		assertThat(dialog.get()).as("no alert ever ran").isFalse();
	}

	@Test
	void theOpenWidgetHasNoSeriousAccessibilityViolationsAndScreenshotsAreTaken() {
		widget.launcher().click();
		widget.awaitFirstQuestion();
		widget.answerByClicking();
		assertNoSeriousAccessibilityViolations();
		screenshot("desktop-question");
		page.setViewportSize(360, 740);
		screenshot("mobile-question");
		for (int i = 0; i < 80 && !widget.finished(); i++) {
			widget.answerByClicking();
		}
		assertNoSeriousAccessibilityViolations();
		screenshot("mobile-summary");
		page.setViewportSize(1280, 860);
		screenshot("desktop-summary");
	}

	@Test
	void theWidgetWorksAt320PixelsWide() {
		page.setViewportSize(320, 640);
		widget.launcher().click();
		widget.awaitFirstQuestion();
		assertThat((Boolean) page.evaluate("() => { const p = document.querySelector('#neckcheck-widget').shadowRoot.querySelector('.panel');"
				+ " const r = p.getBoundingClientRect(); return r.left >= 0 && r.right <= 320; }")).isTrue();
		widget.answerByClicking();
		assertThat(widget.mine()).isEqualTo(1);
	}

	private void assertNoSeriousAccessibilityViolations() {
		PageChecks.assertNoSeriousAccessibilityViolations(page);
	}

	private void screenshot(String name) {
		PageChecks.screenshot(page, name);
	}

}
