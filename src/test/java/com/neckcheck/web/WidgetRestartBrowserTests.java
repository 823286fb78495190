package com.neckcheck.web;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.neckcheck.NeckCheckApplication;

import com.neckcheck.TestNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server restarts in the middle of a conversation, and the visitor answers while it is down: the widget
 * says it is reconnecting, keeps the answer, resumes on its own and resends it; nothing is lost or shown
 * twice.
 */
@EnabledIf("com.neckcheck.web.Browsers#chromiumInstalled")
class WidgetRestartBrowserTests {

	@TempDir
	Path data;

	@Test
	void aServerRestartMidConversationLosesAndDoublesNothing() throws Exception {
		int port = TestNetwork.freePort();
		ConfigurableApplicationContext server = start(port);
		try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
			Page page = browser.newPage();
			page.navigate("http://127.0.0.1:" + port + "/");
			WidgetPage widget = new WidgetPage(page);
			widget.launcher().click();
			widget.awaitFirstQuestion();
			for (int i = 0; i < 3; i++) {
				widget.answerByClicking();
			}
			int bots = widget.bots();
			int mine = widget.mine();
			server.close();
			page.waitForCondition(() -> page.locator(".status").textContent().startsWith("Reconnecting"),
					new Page.WaitForConditionOptions().setTimeout(10_000));
			widget.clickAnswer();
			assertThat(page.locator(".msg.me.pending").count()).as("the answer waits, shown as not yet sent").isEqualTo(1);
			server = start(port);
			widget.awaitReply();
			page.waitForCondition(() -> page.locator(".status").textContent().isEmpty(),
					new Page.WaitForConditionOptions().setTimeout(20_000));
			assertThat(page.locator(".msg.me.pending").count()).as("resent and acknowledged").isZero();
			assertThat(widget.mine()).as("the answer is shown once").isEqualTo(mine + 1);
			assertThat(widget.bots()).as("the reply came, nothing shown twice").isEqualTo(bots + 1);
			String token = (String) page.evaluate("() => JSON.parse(sessionStorage.getItem('neckcheck:127.0.0.1:" + port + "')).token");
			String tokenHash = java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			int stored = server.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("SELECT COUNT(*) FROM transcript_entry e JOIN conversation c ON c.id = e.conversation_id"
						+ " WHERE e.speaker = 'visitor' AND c.token_hash = ?")
				.param(tokenHash).query(Integer.class).single();
			assertThat(stored).as("every visitor message stored once").isEqualTo(mine + 1);
		}
		finally {
			server.close();
		}
	}

	private ConfigurableApplicationContext start(int port) {
		return SpringApplication.run(NeckCheckApplication.class, "--server.port=" + port, "--neckcheck.data-dir=" + data,
				"--logging.level.root=WARN");
	}

}
