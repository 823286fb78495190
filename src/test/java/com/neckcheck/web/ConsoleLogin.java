package com.neckcheck.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import com.neckcheck.ChatServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in to the staff console as the tests' admin, as a person does: sent to the login page, the form, the list. */
final class ConsoleLogin {

	private ConsoleLogin() {
	}

	/** {@code origin}: the server's scheme, host and port, e.g. {@code http://127.0.0.1:8080}. */
	static void asAdmin(Page page, String origin) {
		page.navigate(origin + "/console/");
		assertThat(page.url()).endsWith("/console/login");
		page.getByLabel("Username").fill("admin");
		page.getByLabel("Password").fill(ChatServerTest.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.waitForSelector("table.list");
	}

}
