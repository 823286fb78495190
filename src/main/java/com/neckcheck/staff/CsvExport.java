package com.neckcheck.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Conversations as RFC 4180 CSV, one row each, outcome fields only (no visitor words). A text cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is written with a
 * leading apostrophe, so opening an export can never execute anything.
 */
final class CsvExport implements AutoCloseable {

	static final String[] HEADER = { "conversation_id", "booking_reference", "started_at", "updated_at", "status",
			"triage", "pattern", "neck_band", "neck_probability", "medication_overuse", "red_flags",
			"booking_clicked_at", "booking_clicks", "verdict" };

	private final CSVPrinter printer;

	CsvExport(Writer out) throws IOException {
		this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
	}

	void write(ConversationRow row) {
		try {
			printer.printRecord(text(row.id()), text(row.bookingReference()), time(row.startedAt()),
					time(row.updatedAt()), text(row.status()), text(row.triage() == null ? null : row.triage().wire()),
					text(row.pattern() == null ? null : row.pattern().wire()),
					text(row.neckBand() == null ? null : row.neckBand().wire()), row.neckProbability(), row.medicationOveruse(),
					text(String.join(";", row.redFlags())), time(row.bookingClickedAt()), row.bookingClicks(),
					text(row.verdict()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static String time(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	@Override
	public void close() throws IOException {
		printer.close(true);
	}

}
