package com.neckcheck.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** What every browser test checks of a page: no serious accessibility problem; and its screenshots for docs/. */
final class PageChecks {

	private PageChecks() {
	}

	static void assertNoSeriousAccessibilityViolations(Page page) {
		AxeResults results = new AxeBuilder(page).analyze();
		List<Rule> serious = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.toList();
		assertThat(serious).as(() -> serious.stream().map(v -> v.getId() + ": " + v.getHelp()).toList().toString())
			.isEmpty();
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(Path.of("docs/screenshots"));
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots/" + name + ".png")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
