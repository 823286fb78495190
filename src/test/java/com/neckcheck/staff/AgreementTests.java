package com.neckcheck.staff;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.neckcheck.ChatServerTest;
import com.neckcheck.visit.RefitCommand;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Agreement with clinicians: Cohen's kappa on a worked example, then over the real API: clinicians label real
 * screenings, the analytics count the pairs and compute kappa and the calibration, the labelled cases export
 * with their findings, and the refit command reads that export and proposes a change without making it.
 */
@ChatServerTest
class AgreementTests {

	private static final String MARKER = "plovinch" + Long.toString(System.nanoTime(), 36);

	@LocalServerPort
	int port;

	@Test
	void cohensKappaOnAWorkedExample() {
		// 50 pairs: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: observed 0.70, chance 0.50, kappa 0.40
		List<Object[]> pairs = new ArrayList<>();
		add(pairs, "yes", "yes", 20);
		add(pairs, "yes", "no", 5);
		add(pairs, "no", "yes", 10);
		add(pairs, "no", "no", 15);
		Agreement.Measure measure = Agreement.measure(pairs);
		assertThat(measure.pairs()).isEqualTo(50);
		assertThat(measure.agreed()).isEqualTo(35);
		assertThat(measure.percent()).isEqualTo(70.0);
		assertThat(measure.kappa()).isCloseTo(0.40, within(0.001));
		assertThat(Agreement.measure(List.of(new Object[] { "a", "a" }, new Object[] { "a", "a" })).kappa())
			.as("undefined when every label is the same").isNull();
	}

	@Test
	void labelledScreeningsGiveAgreementCalibrationAnExportAndARefitProposal() throws Exception {
		StaffClient admin = StaffClient.basic(port, "admin", ChatServerTest.ADMIN_PASSWORD);
		List<Visits.Visit> visits = List.of(
				Visits.completed(port, "Pain starts in my neck on the right and goes to my eye, worse turning my head. " + MARKER),
				Visits.completed(port, "Throbbing on the left with nausea and light hurting, a few days a month. " + MARKER),
				Visits.completed(port, "A tight band around my head on both sides most afternoons. " + MARKER),
				Visits.completed(port, "Back of my head aches after long days at the laptop. " + MARKER));
		boolean[] contributes = { true, false, false, true };
		for (int i = 0; i < visits.size(); i++) {
			JsonNode summary = visits.get(i).summary();
			Map<String, Object> verdict = new HashMap<>();
			verdict.put("agreement", i == 1 ? "disagree" : "agree");
			verdict.put("triage", summary.path("triage").asString());
			verdict.put("pattern", i == 1 ? "migraine" : summary.path("pattern").asString());
			// the clinician sees the third visitor's neck differently
			verdict.put("band", i == 2 ? otherBand(summary.path("neck").path("band").asString()) : summary.path("neck").path("band").asString());
			verdict.put("neckContributes", contributes[i]);
			var saved = admin.send("PUT", "/api/staff/conversations/" + visits.get(i).conversationId() + "/verdict", verdict);
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
			assertThat(saved.body()).contains("\"neckContributes\":" + contributes[i]);
		}
		assertThat(admin.send("PUT", "/api/staff/conversations/" + visits.get(0).conversationId() + "/verdict",
				Map.of("agreement", "agree", "triage", "sometimes")).statusCode()).as("a label outside the vocabulary")
			.isEqualTo(400);

		JsonNode agreement = admin.json("/api/staff/analytics/agreement?q=" + MARKER);
		assertThat(agreement.path("cases").asInt()).isEqualTo(4);
		assertThat(agreement.path("triage").path("pairs").asInt()).isEqualTo(4);
		assertThat(agreement.path("triage").path("agreed").asInt()).isEqualTo(4);
		assertThat(agreement.path("band").path("agreed").asInt()).isEqualTo(3);
		assertThat(agreement.path("band").path("percent").asDouble()).isEqualTo(75.0);
		assertThat(agreement.path("pattern").path("agreed").asInt()).as("one pattern disagrees").isEqualTo(
				visits.get(1).summary().path("pattern").asString().equals("migraine") ? 4 : 3);
		assertThat(agreement.path("calibration").size()).isEqualTo(10);
		int calibrated = 0;
		for (JsonNode bin : agreement.path("calibration")) {
			calibrated += bin.path("cases").asInt();
		}
		assertThat(calibrated).as("every case with a probability and a judgement in one tenth").isEqualTo(4);

		var export = admin.get("/api/staff/analytics/labelled.json?q=" + MARKER);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("neckcheck-labelled-cases.json");
		assertThat(export.body()).doesNotContain(MARKER).as("no visitor words, only findings").contains("\"findings\"");
		// the API's kappa is the worked-out kappa of the exported pairs
		List<Object[]> bandPairs = new ArrayList<>();
		for (JsonNode c : tools.jackson.databind.json.JsonMapper.builder().build().readTree(export.body())) {
			bandPairs.add(new Object[] { c.path("screener").path("band").asString(), c.path("clinician").path("band").asString() });
		}
		Agreement.Measure expected = Agreement.measure(bandPairs);
		if (expected.kappa() == null) {
			assertThat(agreement.path("band").path("kappa").isNull()).isTrue();
		}
		else {
			assertThat(agreement.path("band").path("kappa").asDouble()).isCloseTo(expected.kappa(), within(0.001));
		}
		Path file = Files.createTempFile("labelled", ".json");
		Files.writeString(file, export.body());
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		String before = Files.readString(Path.of("dialogs/likelihood.yaml"));
		RefitCommand.run(new String[] { RefitCommand.NAME, file.toString() }, new PrintStream(printed, true, StandardCharsets.UTF_8));
		String output = printed.toString(StandardCharsets.UTF_8);
		System.out.println(output);
		assertThat(output).contains("4 labelled cases", "Proposed change", "factor: starts_in_neck", "log-loss",
				"band as the clinician's (4 cases)");
		assertThat(Files.readString(Path.of("dialogs/likelihood.yaml"))).as("nothing changed by itself").isEqualTo(before);
	}

	private static String otherBand(String band) {
		return band.equals("low") ? "moderate" : "low";
	}

	private static void add(List<Object[]> pairs, String screener, String clinician, int times) {
		for (int i = 0; i < times; i++) {
			pairs.add(new Object[] { screener, clinician });
		}
	}

}
