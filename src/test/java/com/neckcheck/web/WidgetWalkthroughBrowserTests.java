package com.neckcheck.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole screenings walked in Chromium at desktop and phone sizes. After every question the page's own
 * geometry is asked (shadowRoot.elementFromPoint on each line of the question's words, and on the first
 * control) whether the question and its answer controls are on screen and not covered, and every control
 * is measured against the 44 px minimum of WCAG 2.5.5. One walk tells a story first (so "I noted" messages
 * come before the questions) and reloads the page midway (a reconnect with replay); the other answers by
 * buttons only, which shows every kind of question, including the pain map; axe checks each kind once.
 */
@ChatServerTest
@EnabledIf("com.neckcheck.web.Browsers#chromiumInstalled")
class WidgetWalkthroughBrowserTests {

	/** Every kind of question the script has; the buttons-only walk must meet them all. */
	private static final Set<String> KINDS = Set.of("text", "yesno", "choice", "multi", "number", "scale", "painmap");

	private static final String GEOMETRY = """
			() => {
			  const root = document.querySelector('#neckcheck-widget').shadowRoot;
			  const q = root.querySelector('#nc-q');
			  const problems = [];
			  const inside = (hit, node) => hit && (hit === node || node.contains(hit));
			  const range = document.createRange();
			  range.selectNodeContents(q);
			  const lines = [...range.getClientRects()].filter(r => r.width > 1);
			  if (!lines.length) problems.push('the question has no words on the page');
			  for (const r of lines) {
			    const y = r.top + r.height / 2;
			    for (const x of [r.left + 2, (r.left + r.right) / 2, r.right - 2]) {
			      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) { problems.push('question off screen at ' + x + ',' + y); continue; }
			      const hit = root.elementFromPoint(x, y);
			      if (!inside(hit, q)) problems.push('question covered at ' + Math.round(x) + ',' + Math.round(y) + ' by ' + (hit ? hit.tagName + '.' + hit.className : 'nothing'));
			    }
			  }
			  const visible = n => { const r = n.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(n).visibility !== 'hidden'; };
			  const targets = [...root.querySelectorAll('button, a[href], textarea, input[type=number], [role=checkbox], summary, label')]
			    .filter(n => n.tagName !== 'LABEL' || n.querySelector('input[type=checkbox]'))
			    .filter(n => !n.closest('[hidden]') && visible(n));
			  const small = targets.map(n => ({ n, r: n.getBoundingClientRect() }))
			    .filter(t => t.r.width < 44 - 0.5 || t.r.height < 44 - 0.5)
			    .map(t => (t.n.getAttribute('aria-label') || t.n.textContent).trim().slice(0, 30) + ' ' + Math.round(t.r.width) + 'x' + Math.round(t.r.height));
			  const first = root.querySelector('.ask .ctl').querySelector('button, input, [role=checkbox], label');
			  let control = 'none';
			  if (first) {
			    const r = first.getBoundingClientRect();
			    const hit = root.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + Math.min(r.height / 2, 20));
			    control = r.bottom <= innerHeight && inside(hit, first) ? 'visible' : 'hidden';
			  }
			  return { problems, small, control, controls: targets.length };
			}""";

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

	@ParameterizedTest(name = "{0}x{1}")
	@CsvSource({ "1280, 800, desktop", "390, 844, phone", "360, 640, small" })
	void byButtonsOnlyEveryKindOfQuestionStaysInViewWithItsControls(int width, int height, String size) {
		Set<String> kinds = new LinkedHashSet<>();
		List<String> failures = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
			Page page = context.newPage();
			WidgetPage widget = WidgetPage.opened(page, port);
			int questions = 0;
			double minutesLeft = Double.MAX_VALUE;
			for (; questions < 80 && !widget.finished(); questions++) {
				String kind = kind(widget);
				check(page, kind, questions, failures);
				double minutes = minutesLeft(page.locator(".progress").textContent());
				if (minutes > minutesLeft) {
					failures.add("question " + (questions + 1) + ": the time left rose to " + minutes + " minutes");
				}
				minutesLeft = minutes;
				if (kinds.add(kind) && !size.equals("small")) {
					PageChecks.screenshot(page, "question-" + kind + "-" + size);
					PageChecks.assertNoSeriousAccessibilityViolations(page);
				}
				widget.answerByClicking();
			}
			System.out.printf("walk by buttons at %dx%d: %d questions, kinds %s, %d problems%n", width, height, questions,
					kinds, failures.size());
			assertThat(widget.summary().textContent()).contains("This is not a diagnosis");
			if (!size.equals("small")) {
				PageChecks.screenshot(page, "summary-routine-" + size);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(kinds).containsAll(KINDS);
	}

	@ParameterizedTest(name = "{0}x{1}")
	@CsvSource({ "1280, 800", "390, 844", "360, 640" })
	void afterAStoryAndAReloadTheQuestionStaysInView(int width, int height) {
		List<String> failures = new ArrayList<>();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
			Page page = context.newPage();
			WidgetPage widget = WidgetPage.opened(page, port);
			widget.say("They start at the base of my skull on the right and creep up behind my eye. Most days for about "
					+ "three years, worse after a day at the computer. Painkillers barely touch it, I take them most days.");
			widget.awaitReply();
			assertThat(page.locator(".msg.bot").allTextContents()).as("the story was noted before the next question")
				.anyMatch(t -> t.startsWith("I noted"));
			int questions = 0;
			for (; questions < 80 && !widget.finished(); questions++) {
				check(page, kind(widget), questions, failures);
				if (questions == 5) {
					String pending = widget.question().textContent();
					int mine = widget.mine();
					page.reload();
					// the replay passes through the earlier questions; wait until it has reached this one
					page.waitForCondition(() -> widget.mine() == mine && pending.equals(widget.question().textContent())
							&& widget.answers().locator("button, input").count() > 0,
							new Page.WaitForConditionOptions().setTimeout(20_000));
					check(page, "after reload", questions, failures);
				}
				widget.answerByClicking();
			}
			System.out.printf("walk after a story at %dx%d: %d questions, %d problems%n", width, height, questions,
					failures.size());
			assertThat(widget.summary().textContent()).contains("This is not a diagnosis");
		}
		assertThat(failures).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static void check(Page page, String kind, int question, List<String> failures) {
		var geometry = (java.util.Map<String, Object>) page.evaluate(GEOMETRY);
		String where = "question " + (question + 1) + " (" + kind + "): ";
		((List<String>) geometry.get("problems")).forEach(p -> failures.add(where + p));
		((List<String>) geometry.get("small")).forEach(p -> failures.add(where + "control under 44 px: " + p));
		if (!"visible".equals(geometry.get("control"))) {
			failures.add(where + "its first control is not on screen");
		}
	}

	private static double minutesLeft(String progress) {
		if (progress.startsWith("Last question")) {
			return 0;
		}
		if (progress.startsWith("About a minute left")) {
			return 1;
		}
		var about = java.util.regex.Pattern.compile("About (\\d+) minutes left").matcher(progress);
		assertThat(about.lookingAt()).as("progress in words: " + progress).isTrue();
		return Integer.parseInt(about.group(1));
	}

	/** The kind of question, told from what the visitor can see and press. */
	private static String kind(WidgetPage widget) {
		var a = widget.answers();
		if (a.locator("svg").count() > 0) {
			return "painmap";
		}
		if (a.locator("input[type=checkbox]").count() > 0) {
			return "multi";
		}
		if (a.locator("input[type=number]").count() > 0) {
			return "number";
		}
		List<String> buttons = a.locator("button").allTextContents();
		if (buttons.contains("10") && buttons.contains("0")) {
			return "scale";
		}
		if (buttons.equals(List.of("Yes", "No", "Not sure"))) {
			return "yesno";
		}
		return buttons.equals(List.of("Skip")) ? "text" : "choice";
	}

}
