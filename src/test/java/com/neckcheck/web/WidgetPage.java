package com.neckcheck.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The widget as a visitor sees it. Playwright's CSS locators pierce the widget's open shadow root, so the
 * tests find controls the way a person would, by role and label. The question waiting for an answer and its
 * controls sit in one card under the log; once answered, the question joins the log.
 */
final class WidgetPage {

	private final Page page;

	WidgetPage(Page page) {
		this.page = page;
	}

	/** The demo page on the server at {@code port}, with the widget opened and its first question shown. */
	static WidgetPage opened(Page page, int port) {
		page.navigate("http://127.0.0.1:" + port + "/");
		WidgetPage widget = new WidgetPage(page);
		widget.launcher().click();
		widget.awaitFirstQuestion();
		return widget;
	}

	Locator launcher() {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the headache screening chat"));
	}

	Locator input() {
		return page.locator("#nc-say");
	}

	Locator summary() {
		return page.locator("article.card");
	}

	/** The controls of the question waiting for an answer (empty when none waits). */
	Locator answers() {
		return page.locator(".ask .ctl");
	}

	/** The words of the question waiting for an answer. */
	Locator question() {
		return page.locator("#nc-q");
	}

	int bots() {
		return page.locator(".msg.bot").count();
	}

	int mine() {
		return page.locator(".msg.me").count();
	}

	boolean finished() {
		return summary().count() > 0;
	}

	/**
	 * Waits until the screener has answered: the message is acknowledged, nothing is being typed, and a new
	 * question or the summary is shown.
	 */
	void awaitReply() {
		try {
			page.waitForCondition(() -> page.locator(".msg.me.pending, .log .typing").count() == 0
					&& (finished() || answers().locator("button, input").count() > 0),
					new Page.WaitForConditionOptions().setTimeout(20_000));
		}
		catch (RuntimeException ex) {
			page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/widget-timeout.png")));
			System.out.println("TIMEOUT LOG: " + page.locator(".log").textContent());
			System.out.println("TIMEOUT QUESTION: " + question().textContent());
			throw ex;
		}
	}

	void awaitFirstQuestion() {
		page.waitForCondition(() -> answers().locator("button, input").count() > 0,
				new Page.WaitForConditionOptions().setTimeout(20_000));
	}

	/** Answers the shown question with the mouse, as a visitor with nothing to report. */
	void answerByClicking() {
		clickAnswer();
		awaitReply();
	}

	/** Picks an answer without waiting for the screener (who may be unreachable). */
	void clickAnswer() {
		Locator a = answers();
		if (a.locator("svg").count() > 0) {
			a.locator("svg .r").first().click();
			a.getByText("Continue").click();
		}
		else if (a.locator("input[type=checkbox]").count() > 0) {
			Locator none = a.getByLabel("None of these");
			(none.count() > 0 ? none : a.getByLabel("Nothing regularly")).check();
			a.getByText("Continue").click();
		}
		else if (a.locator("input[type=number]").count() > 0) {
			a.locator("input[type=number]").fill(number(a));
			a.getByText("Send").click();
		}
		else {
			button(a).click();
		}
	}

	/** Answers the shown question by typing, as a visitor who never touches the buttons. */
	void answerByTyping() {
		Locator a = answers();
		String words;
		if (a.locator("svg").count() > 0) {
			words = "at the back of my head";
		}
		else if (a.locator("input[type=checkbox]").count() > 0) {
			words = "none of these";
		}
		else if (a.locator("input[type=number]").count() > 0) {
			words = "about " + number(a);
		}
		else {
			String label = button(a).textContent();
			words = label.equals("Skip") ? "skip" : label.equals("No") ? "nope" : label;
		}
		say(words);
		awaitReply();
	}

	/** 40 for an age, 5 for anything with a smaller range (days a month, hours). */
	private static String number(Locator answers) {
		String max = answers.locator("input[type=number]").getAttribute("max");
		return max != null && Double.parseDouble(max) < 40 ? "5" : "40";
	}

	void say(String words) {
		input().fill(words);
		input().press("Enter");
	}

	private static Locator button(Locator answers) {
		for (String preferred : new String[] { "No", "Skip", "5", "Left side", "Something else, like a dull ache" }) {
			Locator exact = answers.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(preferred).setExact(true));
			if (exact.count() > 0) {
				return exact.first();
			}
		}
		return answers.locator("button").first();
	}

	/** What has keyboard focus inside the widget: tag, type and text. */
	String focused() {
		return (String) page.evaluate("() => { const a = document.querySelector('#neckcheck-widget').shadowRoot.activeElement;"
				+ " if (!a) return ''; const label = a.closest('label'); return a.tagName + '|' + (a.type || '') + '|'"
				+ " + (label ? label.textContent : (a.getAttribute('aria-label') || a.textContent || '')); }");
	}

}
