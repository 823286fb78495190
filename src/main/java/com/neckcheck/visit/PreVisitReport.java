package com.neckcheck.visit;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The pre-visit report as a PDF of one or two A4 pages: the clinic's name and the booking reference, the
 * warning signs first when any was raised, the intake, the structures to consider examining (staff only),
 * the full warning-sign record, and the notice that a screening is not a diagnosis. Everything the visitor
 * typed goes in as text.
 */
@Component
public class PreVisitReport {

	private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);

	private static final Font HEADING = new Font(Font.HELVETICA, 10.5f, Font.BOLD, new Color(0x0b, 0x5f, 0x7a));

	private static final Font BODY = new Font(Font.HELVETICA, 9);

	private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

	private static final Font SMALL = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, new Color(0x5b, 0x6b, 0x75));

	private static final Font WARNING = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0xa4, 0x16, 0x1a));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

	private final VisitProperties properties;

	public PreVisitReport(VisitProperties properties) {
		this.properties = properties;
	}

	/**
	 * One report; {@code advice} is the summary's instruction (null: the screening is unfinished) and
	 * {@code summaryText} its paragraphs; dates in {@code zone}, or the report's own zone when null.
	 */
	public byte[] pdf(Intake intake, String bookingReference, Instant started, ZoneId zone, String advice,
			List<String> summaryText, Audience audience) {
		zone = zone == null ? properties.zone() : zone;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 42, 42, 40, 40);
		PdfWriter.getInstance(document, out);
		document.addTitle("Pre-visit report " + bookingReference);
		document.addCreator("NeckCheck");
		document.open();
		document.add(new Paragraph(properties.clinicName(), SMALL));
		document.add(new Paragraph(audience == Audience.STAFF ? "Pre-visit report" : "Your headache screening", TITLE));
		document.add(new Paragraph("Booking reference " + bookingReference + "   ·   screened "
				+ DAY.format(started.atZone(zone)), BODY));
		document.add(notice(audience));
		List<Intake.WarningSign> raised = intake.warningSigns().stream()
			.filter(w -> w.answer() == Answer.YES || w.answer() == Answer.NOT_SURE)
			.toList();
		if (intake.outcome() == null) {
			document.add(spaced(new Paragraph("Unfinished: the visitor left before the end of the screening, so "
					+ "what was not asked reads \u201cnot asked\u201d.", WARNING)));
		}
		if (advice != null) {
			document.add(spaced(new Paragraph((audience == Audience.STAFF ? "The visitor was told: " : "") + advice,
					raised.isEmpty() ? BOLD : WARNING)));
		}
		if (!raised.isEmpty()) {
			Paragraph flags = new Paragraph("Warning signs raised: ", WARNING);
			flags.add(new Chunk(String.join("; ", raised.stream().map(w -> w.label() + " (" + w.answer().words() + ")").toList()), BODY));
			document.add(flags);
		}
		if (audience == Audience.VISITOR && summaryText != null) {
			document.add(heading("What the screener told you"));
			summaryText.forEach(text -> document.add(new Paragraph(text, BODY)));
		}
		document.add(heading(audience == Audience.STAFF ? "Intake" : "Your answers"));
		document.add(facts(intake));
		document.add(answers(intake));
		document.add(heading("Medicines"));
		document.add(medicines(intake));
		document.add(new Paragraph(intake.overuse().suspected()
				? "Medication overuse suspected (ICHD-3 8.2): " + intake.overuse().criteria()
				: "Medication overuse: the criteria are not met.", BODY));
		document.add(new Paragraph("Treatments tried: " + (intake.treatments() == null ? "not asked"
				: intake.treatments().isEmpty() ? "none" : String.join(", ", intake.treatments())), BODY));
		if (intake.outcome() != null && audience == Audience.STAFF) {
			document.add(heading("The screener"));
			Intake.Outcome outcome = intake.outcome();
			boolean stopped = "emergency".equals(outcome.triage());
			document.add(new Paragraph("Triage " + outcome.triage() + (stopped
					? "   ·   the screening stopped at the emergency advice: no pattern or neck likelihood was worked out"
					: "   ·   pattern " + outcome.pattern() + (outcome.band() == null || outcome.probability() == null ? ""
							: "   ·   neck contributes: " + outcome.band() + " (" + Math.round(outcome.probability() * 100)
									+ "%)")), BODY));
			if (!stopped && !outcome.factors().isEmpty()) {
				document.add(new Paragraph("Factors: " + String.join("; ", outcome.factors().stream()
					.map(f -> (f.weight() > 0 ? "+ " : "- ") + f.label()).toList()), BODY));
			}
		}
		if (audience == Audience.STAFF) {
			document.add(heading("Consider examining"));
			if (intake.examine().isEmpty()) {
				document.add(new Paragraph("Nothing on the pain map points to one structure.", BODY));
			}
			int rank = 1;
			for (Intake.Structure structure : intake.examine()) {
				Paragraph line = new Paragraph(rank++ + ". ", BODY);
				line.add(new Chunk(structure.label() + (structure.side() == null || structure.side().equals("both")
						|| structure.side().equals("alternating") ? "" : ", " + structure.side()), BOLD));
				line.add(new Chunk(": " + structure.reason(), BODY));
				document.add(line);
				document.add(new Paragraph("    " + structure.source(), SMALL));
			}
		}
		document.add(heading("Every warning sign"));
		document.add(signs(intake, audience));
		document.add(spaced(notice(audience)));
		document.close();
		return out.toByteArray();
	}

	private static Paragraph notice(Audience audience) {
		return new Paragraph(audience == Audience.STAFF
				? "This is a screening, not a diagnosis: the visitor has not been examined. For staff only."
				: "This is not a diagnosis: a clinician needs to examine you. If anything gets worse, or you notice a "
						+ "warning sign, get medical help at once.", SMALL);
	}

	private static Paragraph heading(String text) {
		Paragraph heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(7);
		heading.setSpacingAfter(2);
		return heading;
	}

	private static Paragraph spaced(Paragraph paragraph) {
		paragraph.setSpacingBefore(5);
		return paragraph;
	}

	private static PdfPTable facts(Intake intake) {
		PdfPTable table = table(new float[] { 1, 1, 1, 1, 1, 2.4f });
		for (String header : List.of("Age", "Side", "Headache days", "Attack length", "Severity", "Where it hurts")) {
			table.addCell(cell(header, BOLD));
		}
		table.addCell(cell(number(intake.age(), " years"), BODY));
		table.addCell(cell(intake.side() == null ? "not told" : intake.side(), BODY));
		table.addCell(cell(number(intake.headacheDays(), " a month"), BODY));
		table.addCell(cell(number(intake.attackHours(), " hours"), BODY));
		table.addCell(cell(intake.severity() == null ? "not told" : number(intake.severity(), " of 10"), BODY));
		table.addCell(cell(intake.regions().isEmpty() ? "not told"
				: String.join(", ", intake.regions().stream().map(Intake.Region::label).toList()), BODY));
		return table;
	}

	/** The grouped answers, each heading on one line: what was said yes or not sure, then what was denied. */
	private static PdfPTable answers(Intake intake) {
		PdfPTable table = table(new float[] { 1.3f, 4 });
		for (Intake.Section section : intake.sections()) {
			List<Intake.Item> told = section.items().stream().filter(i -> i.answer() != Answer.NOT_ASKED).toList();
			table.addCell(cell(section.label(), BOLD));
			if (told.isEmpty()) {
				table.addCell(cell("not asked", SMALL));
				continue;
			}
			Phrase phrase = new Phrase();
			List<String> yes = told.stream().filter(i -> i.answer() != Answer.NO)
				.map(i -> i.label() + (i.answer() == Answer.NOT_SURE ? " (not sure)" : ""))
				.toList();
			List<String> no = told.stream().filter(i -> i.answer() == Answer.NO).map(Intake.Item::label).toList();
			if (!yes.isEmpty()) {
				phrase.add(new Chunk("Yes: " + String.join("; ", yes), BODY));
			}
			if (!no.isEmpty()) {
				phrase.add(new Chunk((yes.isEmpty() ? "" : "   ") + "No: " + String.join("; ", no), SMALL));
			}
			table.addCell(cell(phrase));
		}
		return table;
	}

	private static PdfPTable medicines(Intake intake) {
		PdfPTable table = table(new float[] { 2.2f, 1, 1.2f, 1.2f });
		for (String header : List.of("Class", "Takes", "Days a month", "Overuse from")) {
			table.addCell(cell(header, BOLD));
		}
		for (Intake.Medicine medicine : intake.medicines()) {
			Font font = medicine.atOrOver() ? BOLD : BODY;
			table.addCell(cell(medicine.label(), font));
			table.addCell(cell(medicine.takes().words(), font));
			table.addCell(cell(medicine.daysPerMonth() == null ? "-" : number(medicine.daysPerMonth(), ""), font));
			table.addCell(cell(number(medicine.threshold(), " days"), font));
		}
		return table;
	}

	private static PdfPTable signs(Intake intake, Audience audience) {
		boolean staff = audience == Audience.STAFF;
		PdfPTable table = table(staff ? new float[] { 2.4f, 0.8f, 3 } : new float[] { 3, 1 });
		table.addCell(cell("Sign", BOLD));
		table.addCell(cell("Answer", BOLD));
		if (staff) {
			table.addCell(cell("Where it came from", BOLD));
		}
		for (Intake.WarningSign sign : intake.warningSigns()) {
			boolean raised = sign.answer() == Answer.YES || sign.answer() == Answer.NOT_SURE;
			table.addCell(cell(sign.label(), raised ? WARNING : BODY));
			table.addCell(cell(sign.answer().words(), raised ? WARNING : BODY));
			if (staff) {
				String from = sign.words() != null ? "\u201c" + sign.words() + "\u201d" + (sign.question() == null ? ""
						: "; then asked") : sign.question() != null ? "checklist: " + sign.question() : "-";
				table.addCell(cell(from, SMALL));
			}
		}
		return table;
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(2);
		table.setSpacingAfter(3);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		return table;
	}

	private static PdfPCell cell(String text, Font font) {
		return cell(new Phrase(text, font));
	}

	private static PdfPCell cell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorderColor(new Color(0xd9, 0xe1, 0xe6));
		cell.setPaddingTop(1.5f);
		cell.setPaddingBottom(3);
		return cell;
	}

	private static String number(Double value, String unit) {
		if (value == null) {
			return "not told";
		}
		return (value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value)) + unit;
	}

}
