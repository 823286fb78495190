package com.neckcheck.web;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The widget (its CSS is inside the script) stays small enough never to be the slow part of a page. */
class WidgetSizeTests {

	@Test
	void widgetScriptAndStylesAreAtMost15KilobytesGzipped() throws Exception {
		byte[] source = Files.readAllBytes(Path.of("web/widget.js"));
		ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
			out.write(source);
		}
		System.out.printf("widget.js: %d bytes, %d bytes gzipped%n", source.length, gzipped.size());
		assertThat(gzipped.size()).isLessThanOrEqualTo(15 * 1024);
	}

	@Test
	void theWidgetNeverWritesMarkup() throws Exception {
		String source = Files.readString(Path.of("web/widget.js"));
		assertThat(source).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
	}

}
