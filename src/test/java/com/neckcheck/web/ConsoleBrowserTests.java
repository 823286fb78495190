package com.neckcheck.web;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.neckcheck.ChatServerTest;
import com.neckcheck.chat.ChatTestClient;
import com.neckcheck.chat.ScriptedVisitor;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff console in real headless Chromium (Debian's), against the real server and real conversations. */
@ChatServerTest
@EnabledIf("com.neckcheck.web.Browsers#chromiumInstalled")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTests {

	private static final String MARKER = "quillet" + Long.toString(System.nanoTime(), 36);

	private static final String HOSTILE_STORY = "<script>alert(1)</script><img src=x onerror=\"window.__xss=1\"> "
			+ "The pain starts at the base of my skull on the left side and goes up to my eye, no fever. " + MARKER;

	private Playwright playwright;

	private Browser browser;

	@LocalServerPort
	int port;

	private BrowserContext context;

	private Page page;

	private final AtomicInteger dialogs = new AtomicInteger();

	private String hostileReference;

	@BeforeAll
	void screenVisitorsAndLaunch() {
		hostileReference = screen(HOSTILE_STORY).path("booking").path("reference").asString();
		screen("Suddenly the worst headache of my life, like a thunderclap. " + MARKER);
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@AfterAll
	void quit() {
		browser.close();
		playwright.close();
	}

	@BeforeEach
	void logIn() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 900).setAcceptDownloads(true));
		page = context.newPage();
		page.onDialog(dialog -> {
			dialogs.incrementAndGet();
			dialog.dismiss();
		});
		ConsoleLogin.asAdmin(page, url(""));
	}

	@AfterEach
	void closeContext() {
		context.close();
		assertThat(dialogs.get()).as("no script ever opened a dialog").isZero();
	}

	@Test
	void filtersMarkRedFlagsAndExportTheList() throws Exception {
		filter("q", MARKER);
		awaitRows(2);
		assertThat(page.locator("tr.flagged").count()).as("the emergency is marked").isEqualTo(1);
		assertThat(page.locator("tr.flagged .flag").textContent()).contains("⚠");
		page.locator("select[name=triage]").selectOption("emergency");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
		awaitRows(1);
		assertThat(page.locator("table.list tbody tr").textContent()).contains("Emergency");
		page.locator("select[name=triage]").selectOption("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
		awaitRows(2);
		PageChecks.screenshot(page, "console-list");
		PageChecks.assertNoSeriousAccessibilityViolations(page);

		Download download = page.waitForDownload(() -> page.getByText("CSV", new Page.GetByTextOptions().setExact(true)).click());
		try (Reader reader = Files.newBufferedReader(download.path());
				CSVParser csv = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<CSVRecord> rows = csv.getRecords();
			assertThat(rows).hasSize(2);
			assertThat(rows).extracting(row -> row.get("triage")).containsExactlyInAnyOrder("emergency", "routine");
		}
	}

	@Test
	void aTranscriptShowsTheVisitorsWordsAsTextWithWhatTheScreenerUnderstood() {
		filter("q", MARKER);
		awaitRows(2);
		page.locator("table.list tbody tr:not(.flagged) a").click();
		page.waitForSelector("mark.f");
		Locator story = page.locator(".line.visitor .words").filter(new Locator.FilterOptions().setHasText(MARKER));
		assertThat(story.textContent()).contains("<script>alert(1)</script>", "<img src=x onerror=");
		assertThat(page.locator(".lines script, .lines img").count()).as("markup stays text").isZero();
		assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
		assertThat(story.locator("mark.f.present").count()).isGreaterThan(0);
		assertThat(story.locator("mark.f.absent").first().textContent()).as("'no fever' is shown as denied").contains("fever");
		assertThat(story.locator("mark.f.present .tag").allTextContents()).anyMatch(tag -> tag.contains("left"));
		assertThat(page.locator(".side .banner").textContent()).startsWith("Routine");
		assertThat(page.locator(".side").textContent()).contains("Pattern", "Neck contributes");
		PageChecks.screenshot(page, "console-transcript");
		PageChecks.assertNoSeriousAccessibilityViolations(page);

		page.getByLabel("I partly agree").check();
		page.getByLabel("Final impression").fill("Left C2 <b>tenderness</b>; suboccipital trigger points.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save verdict")).click();
		page.waitForFunction("() => document.querySelector('.verdict [role=status]').textContent.startsWith('Saved by admin')");
		page.reload();
		page.waitForSelector("mark.f");
		assertThat(page.getByLabel("Final impression").inputValue()).contains("<b>tenderness</b>");
	}

	/**
	 * The pre-visit intake comes first on the page: the facts, the visitor's regions on the widget's drawing,
	 * the structures to consider examining with their reasons, and every warning sign with where it came from,
	 * all as text; on a phone it fits the width.
	 */
	@Test
	void thePreVisitIntakeComesFirstWithTheDrawingTheStructuresAndTheWarningSigns() {
		page.navigate(url("/console/#/ref/" + hostileReference));
		page.waitForSelector(".intake .examine li");
		double intakeTop = (Double) page.evaluate("() => document.querySelector('.intake').getBoundingClientRect().top");
		double transcriptTop = (Double) page.evaluate("() => document.querySelector('.transcript').getBoundingClientRect().top");
		assertThat(intakeTop).as("the intake is on the first screen, above the transcript").isLessThan(900).isLessThan(transcriptTop);
		assertThat(page.locator(".intake .facts-list").first().textContent()).contains("Side", "left");
		assertThat(page.locator(".intake .drawing svg").count()).as("back, side and front views").isEqualTo(3);
		assertThat(page.locator(".intake .drawing .region.on").count()).as("the visitor's regions are marked").isGreaterThan(0);
		assertThat(page.locator(".intake .regions").textContent()).contains("base of the skull");
		Locator first = page.locator(".intake .examine li").first();
		assertThat(first.locator("strong").textContent()).endsWith(", left");
		assertThat(first.locator(".reason").textContent()).startsWith("pain ");
		assertThat(page.locator(".intake table.signs tbody tr").count()).as("every warning sign").isGreaterThanOrEqualTo(20);
		Locator fever = page.locator(".intake table.signs tbody tr").filter(new Locator.FilterOptions().setHasText("fever"))
			.first();
		assertThat(fever.locator(".answer").textContent()).isEqualTo("no");
		assertThat(fever.locator(".from").textContent()).contains("“").contains("fever");
		assertThat(page.locator(".intake script, .intake img").count()).as("the visitor's words stay text").isZero();
		PageChecks.screenshot(page, "console-intake");
		PageChecks.assertNoSeriousAccessibilityViolations(page);

		Download report = page.waitForDownload(() -> page.getByText("Download the pre-visit report (PDF)").click());
		assertThat(report.suggestedFilename()).isEqualTo("pre-visit-" + hostileReference + ".pdf");
		Path saved = Path.of("target/pre-visit-report-example.pdf");
		report.saveAs(saved);
		try {
			com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(saved));
			assertThat(pdf.getNumberOfPages()).as("one or two pages").isBetween(1, 2);
			assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1)).contains(hostileReference);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}

		page.setViewportSize(390, 844);
		page.waitForTimeout(200);
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no sideways scrolling on a phone").isTrue();
		PageChecks.screenshot(page, "console-intake-phone");
	}

	/**
	 * A clinician gives their own outcome in the verdict form; the analytics then count it in the agreement
	 * table (pairs, agreement, kappa) and draw it on the calibration chart.
	 */
	@Test
	void aClinicianLabelShowsInTheAgreementWithClinicians() {
		page.navigate(url("/console/#/ref/" + hostileReference));
		page.waitForSelector("form.verdict");
		page.getByLabel("I agree").check();
		page.locator("#v-triage").selectOption("routine");
		page.locator("#v-band").selectOption(page.locator(".side dd").nth(1).textContent().startsWith("High") ? "high"
				: page.locator(".side dd").nth(1).textContent().startsWith("Moderate") ? "moderate" : "low");
		page.locator("#v-neck").selectOption("true");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save verdict")).click();
		page.waitForFunction("() => document.querySelector('.verdict [role=status]').textContent.startsWith('Saved by admin')");
		page.reload();
		page.waitForSelector("form.verdict");
		assertThat(page.locator("#v-neck").inputValue()).as("the label is kept").isEqualTo("true");

		page.navigate(url("/console/#/analytics"));
		page.waitForSelector(".agreement-table");
		Locator triage = page.locator(".agreement-table tbody tr").first();
		assertThat(Integer.parseInt(triage.locator("td").first().textContent())).as("triage pairs").isGreaterThanOrEqualTo(1);
		assertThat(page.locator(".chart svg.calibration circle.point").count()).as("a point on the calibration").isGreaterThanOrEqualTo(1);
		assertThat(page.getByText("Export labelled cases (JSON)").getAttribute("href")).startsWith("/api/staff/analytics/labelled.json");
		assertThat(smallestChartText()).as("chart labels, px").isGreaterThanOrEqualTo(12);
		page.locator(".agreement").scrollIntoViewIfNeeded();
		PageChecks.screenshot(page, "console-agreement");
		PageChecks.assertNoSeriousAccessibilityViolations(page);
	}

	/**
	 * Red-flag conversations nobody reviewed are queued on top of the list; marking one reviewed on its page
	 * takes it off; the audit log names it by booking reference.
	 */
	@Test
	void theRedFlagQueueEmptiesAsConversationsAreReviewed() {
		// not MARKER: the list tests count MARKER's conversations
		String reference = screen("Suddenly the worst headache of my life, out of nowhere. queued" + Long.toString(System.nanoTime(), 36))
			.path("booking").path("reference").asString();
		page.navigate(url("/console/#/conversations"));
		// the list drawn before this conversation existed is still on the page until the new one replaces it
		page.locator(".queue li").filter(new Locator.FilterOptions().setHasText(reference)).first().waitFor();
		double queueTop = (Double) page.evaluate("() => document.querySelector('.queue').getBoundingClientRect().top");
		double listTop = (Double) page.evaluate("() => document.querySelector('table.list').getBoundingClientRect().top");
		assertThat(queueTop).as("the queue above the list").isLessThan(listTop);
		Locator queued = page.locator(".queue li").filter(new Locator.FilterOptions().setHasText(reference));
		assertThat(queued.count()).isEqualTo(1);
		queued.locator("a").click();
		page.waitForSelector(".reviewed");
		assertThat(page.locator(".reviewed [role=status]").textContent()).isEqualTo("Not reviewed yet");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as reviewed")).click();
		page.waitForFunction("() => document.querySelector('.reviewed [role=status]').textContent.startsWith('Reviewed by admin')");
		page.navigate(url("/console/#/conversations"));
		page.waitForSelector(".queue");
		assertThat(page.locator(".queue li").filter(new Locator.FilterOptions().setHasText(reference)).count())
			.as("off the queue once reviewed").isZero();
		page.navigate(url("/console/#/audit"));
		page.waitForSelector("table.list tbody tr");
		assertThat(page.locator("table.list tbody tr").filter(new Locator.FilterOptions().setHasText("conversation.reviewed"))
			.first().textContent()).as("named by booking reference").contains(reference);
	}

	/** A failed login is told in words a person reads, never as an exception's name. */
	@Test
	void aFailedLoginIsToldInWords() {
		try (BrowserContext other = browser.newContext()) {
			Page login = other.newPage();
			login.navigate(url("/console/login"));
			// not "admin": failed logins of one name from one address are throttled, and other tests log in as admin
			login.getByLabel("Username").fill("browser-test-somebody");
			login.getByLabel("Password").fill("not-the-password-at-all");
			login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
			login.waitForSelector("#login-error:not([hidden])");
			String error = login.locator("#login-error").textContent();
			assertThat(error).isEqualTo("That username and password do not match an active account.")
				.doesNotContainIgnoringCase("exception");
			login.getByLabel("Username").fill("nobody-by-this-name");
			login.getByLabel("Password").fill("whatever-else-12");
			login.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
			login.waitForFunction("() => document.querySelector('#login-error').textContent.length > 0");
			assertThat(login.locator("#login-error").textContent()).doesNotContainIgnoringCase("exception")
				.endsWith(".");
		}
	}

	@Test
	void anAdminErasesAConversationAfterConfirming() {
		String reference = screen("a one-off visitor " + MARKER + "x").path("booking").path("reference").asString();
		page.navigate(url("/console/#/ref/" + reference));
		page.waitForSelector(".side");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase this conversation")).click();
		assertThat(page.locator("dialog#confirm").isVisible()).isTrue();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
		assertThat(page.locator(".side").count()).as("cancel keeps it").isEqualTo(1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase this conversation")).click();
		page.locator("dialog#confirm").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
		page.waitForSelector(".notice");
		assertThat(page.locator(".notice").textContent()).contains(reference);
		page.navigate(url("/console/#/ref/" + reference));
		page.waitForSelector("#view .error");
	}

	@Test
	void theAnalyticsChartsRender() {
		page.navigate(url("/console/#/analytics"));
		page.waitForSelector(".charts svg rect");
		assertThat(page.locator(".charts .chart").count()).isEqualTo(7);
		assertThat(page.locator(".chart svg.columns rect.started").count()).isGreaterThan(0);
		assertThat(page.locator(".chart").filter(new Locator.FilterOptions().setHasText("Red flags by kind"))
			.locator("rect").count()).isGreaterThan(0);
		assertThat(page.locator(".chart").filter(new Locator.FilterOptions().setHasText("Funnel")).textContent())
			.contains("Started", "Completed", "Booking clicked");
		PageChecks.screenshot(page, "console-analytics");
		PageChecks.assertNoSeriousAccessibilityViolations(page);
		assertThat(smallestChartText()).as("chart labels on a desktop, px").isGreaterThanOrEqualTo(12);
		page.setViewportSize(390, 844);
		page.waitForTimeout(200);
		assertThat(smallestChartText()).as("chart labels on a phone, px").isGreaterThanOrEqualTo(12);
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no sideways scrolling on a phone").isTrue();
		PageChecks.screenshot(page, "console-analytics-phone");
	}

	/** The smallest chart text as drawn on screen: its font size times the scale its chart is shown at. */
	private double smallestChartText() {
		return ((Number) page.evaluate("() => Math.min(...[...document.querySelectorAll('.chart svg text')].map(t => "
				+ "parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width "
				+ "/ t.ownerSVGElement.viewBox.baseVal.width))")).doubleValue();
	}

	@Test
	void theAuditLogShowsWhoLookedAtWhat() {
		page.navigate(url("/console/#/ref/" + hostileReference));
		page.waitForSelector("mark.f");
		page.navigate(url("/console/#/audit"));
		page.waitForSelector("table.list tbody tr");
		assertThat(page.locator("table.list tbody").textContent()).contains("conversation.view", "login");
		assertThat(page.locator("table.list tbody").textContent()).doesNotContain(MARKER);
	}

	/** Waits in the page itself, where the list is re-rendered, until it shows {@code rows} conversations. */
	private void awaitRows(int rows) {
		page.waitForFunction("n => document.querySelectorAll('table.list tbody tr').length === n", rows);
	}

	private void filter(String name, String value) {
		page.locator("[name=" + name + "]").first().fill(value);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
	}

	private JsonNode screen(String story) {
		try (ChatTestClient client = ChatTestClient.connect(port)) {
			ScriptedVisitor visitor = new ScriptedVisitor(client);
			visitor.start();
			return visitor.complete(Map.of("q_story", "say:" + story), ScriptedVisitor::negative).summary();
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
