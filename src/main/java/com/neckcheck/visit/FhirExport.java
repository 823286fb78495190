package com.neckcheck.visit;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import ca.uhn.fhir.context.FhirContext;
import com.neckcheck.dialog.Option;
import com.neckcheck.dialog.Question;
import com.neckcheck.dialog.QuestionKind;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.transcript.Entry;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A screening for the clinic's record system as FHIR R4: a Bundle with the visitor as an anonymous Patient
 * (known only by the booking reference), a QuestionnaireResponse to the Questionnaire generated from
 * dialogs/screening.yaml, a RiskAssessment for the neck likelihood, and Observations for the triage, the
 * headache pattern and the medication-overuse verdict. The codes are this service's own (one code system per
 * closed vocabulary, under {@link #BASE}); the Questionnaire is served at its canonical address.
 */
@Component
public class FhirExport {

	/** Where this service's FHIR definitions live: the Questionnaire's canonical and the code systems. */
	public static final String BASE = "https://neckcheck.example/fhir";

	public static final String QUESTIONNAIRE_ID = "neckcheck-screening";

	private static final String ANSWERS = BASE + "/CodeSystem/answer";

	private static final String REFERENCES = BASE + "/booking-reference";

	private final Knowledge knowledge;

	private final JsonMapper json;

	/** FhirContext is costly to build (about a second) and then reusable: built on the first export. */
	private final Supplier<FhirContext> context = memoize(FhirContext::forR4Cached);

	public FhirExport(Knowledge knowledge, JsonMapper json) {
		this.knowledge = knowledge;
		this.json = json;
	}

	public FhirContext context() {
		return context.get();
	}

	/** The Questionnaire of the screening script, as JSON. */
	public String questionnaireJson() {
		return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(questionnaire());
	}

	public Questionnaire questionnaire() {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setId(QUESTIONNAIRE_ID);
		questionnaire.setUrl(questionnaireUrl());
		questionnaire.setName("NeckCheckScreening");
		questionnaire.setTitle("NeckCheck headache screening");
		questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
		questionnaire.addSubjectType("Patient");
		questionnaire.setText(narrative("The NeckCheck headache screening: " + knowledge.script().questions().size()
				+ " questions, from dialogs/screening.yaml."));
		for (Question q : knowledge.script().questions()) {
			Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem();
			item.setLinkId(q.id());
			item.setText(q.text());
			switch (q.kind()) {
				case YESNO -> {
					item.setType(Questionnaire.QuestionnaireItemType.CHOICE);
					for (String answer : List.of("yes", "no", "unsure")) {
						item.addAnswerOption().setValue(answerCoding(answer, knowledge.texts().get("options." + answer)));
					}
				}
				case CHOICE, MULTI -> {
					item.setType(Questionnaire.QuestionnaireItemType.CHOICE);
					item.setRepeats(q.kind() == QuestionKind.MULTI);
					for (Option option : q.options()) {
						item.addAnswerOption().setValue(optionCoding(q, option.value(), option.label()));
					}
				}
				case PAINMAP -> {
					item.setType(Questionnaire.QuestionnaireItemType.CHOICE);
					item.setRepeats(true);
					knowledge.catalogue().regions().forEach((id, label) ->
							item.addAnswerOption().setValue(optionCoding(q, id, label)));
				}
				case SCALE -> item.setType(Questionnaire.QuestionnaireItemType.INTEGER);
				case NUMBER -> item.setType(Questionnaire.QuestionnaireItemType.DECIMAL);
				case TEXT -> {
					item.setType(Questionnaire.QuestionnaireItemType.TEXT);
				}
			}
		}
		return questionnaire;
	}

	/**
	 * The Bundle of one screening.
	 *
	 * @param entries the transcript in order (the answers are the visitor's replies to each question)
	 * @param summary the summary given last, or null when the screening did not reach one
	 */
	public String bundleJson(String bookingReference, Instant started, List<Entry> entries, JsonNode summary) {
		return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(bookingReference, started,
				entries, summary));
	}

	public Bundle bundle(String bookingReference, Instant started, List<Entry> entries, JsonNode summary) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setIdentifier(new Identifier().setSystem(REFERENCES).setValue(bookingReference));
		bundle.setTimestamp(new Date());
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(REFERENCES).setValue(bookingReference);
		patient.setText(narrative("A visitor of the clinic's website, known only by booking reference "
				+ bookingReference + "."));
		Reference subject = add(bundle, patient);
		QuestionnaireResponse response = response(bookingReference, started, entries, summary != null, subject);
		Reference answers = add(bundle, response);
		if (summary != null) {
			// an emergency stops the screening at once: no pattern or likelihood was worked out
			boolean stopped = "emergency".equals(summary.path("triage").asString(""));
			if (!stopped) {
				add(bundle, risk(summary, subject, answers, started));
			}
			add(bundle, observation("triage", "Headache screening triage", summary.path("triage").asString(""),
					subject, answers, started));
			if (!stopped && summary.hasNonNull("pattern")) {
				add(bundle, observation("pattern", "Headache pattern the answers share features with",
						summary.path("pattern").asString(""), subject, answers, started));
			}
			Observation overuse = base("medication-overuse", "Medication-overuse headache criteria met (ICHD-3 8.2)",
					subject, answers, started);
			overuse.setValue(new BooleanType(summary.path("medicationOveruse").asBoolean(false)));
			add(bundle, overuse);
		}
		return bundle;
	}

	private QuestionnaireResponse response(String reference, Instant started, List<Entry> entries, boolean complete,
			Reference subject) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setIdentifier(new Identifier().setSystem(REFERENCES).setValue(reference));
		response.setQuestionnaire(questionnaireUrl());
		response.setStatus(complete ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
				: QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
		response.setAuthored(Date.from(started));
		response.setSubject(subject);
		response.setText(narrative("The visitor's answers to the NeckCheck screening " + reference + "."));
		Map<String, QuestionnaireResponse.QuestionnaireResponseItemComponent> items = new LinkedHashMap<>();
		Map<String, java.util.Set<String>> shown = new java.util.HashMap<>();
		Question asked = null;
		for (Entry entry : entries) {
			if (entry.speaker() == Entry.Speaker.BOT) {
				asked = entry.question() == null ? null : knowledge.script().questions().stream()
					.filter(q -> q.id().equals(entry.question()))
					.findFirst()
					.orElse(null);
				if (asked != null && entry.detail() != null) {
					json.readTree(entry.detail()).path("ask").path("options").forEach(o -> shown
						.computeIfAbsent(entry.question(), id -> new java.util.HashSet<>()).add(o.path("value").asString("")));
				}
				continue;
			}
			if (asked == null || entry.kind() == Entry.Kind.UNREADABLE) {
				continue;
			}
			Question question = asked;
			QuestionnaireResponse.QuestionnaireResponseItemComponent item = items.computeIfAbsent(question.id(),
					id -> new QuestionnaireResponse.QuestionnaireResponseItemComponent().setLinkId(id).setText(question.text()));
			addAnswers(item, question, entry);
		}
		// a "none of these" on a page of a long checklist says nothing of the items never shown: it is only
		// kept when every item was shown, and never beside a ticked item
		for (Question q : knowledge.script().questions()) {
			QuestionnaireResponse.QuestionnaireResponseItemComponent item = items.get(q.id());
			if (item == null || q.kind() != QuestionKind.MULTI) {
				continue;
			}
			java.util.Set<String> seen = shown.getOrDefault(q.id(), java.util.Set.of());
			boolean allShown = q.options().stream().filter(o -> o.finding() != null).allMatch(o -> seen.contains(o.value()));
			boolean ticked = item.getAnswer().stream().anyMatch(a -> a.getValue() instanceof Coding c
					&& q.option(c.getCode()).filter(o -> !o.exclusive() && !o.value().equals("unsure")).isPresent());
			item.getAnswer().removeIf(a -> a.getValue() instanceof Coding c && q.option(c.getCode())
				.filter(Option::exclusive).isPresent() && (ticked || !allShown));
		}
		// in the Questionnaire's order, not the order they were asked in (the planner chooses that)
		List<String> order = knowledge.script().questions().stream().map(Question::id).toList();
		items.values()
			.stream()
			.filter(item -> !item.getAnswer().isEmpty())
			.sorted(java.util.Comparator.comparingInt(item -> order.indexOf(item.getLinkId())))
			.forEach(response::addItem);
		return response;
	}

	/**
	 * A reply as answers of the item's type: picked options as their codings, numbers as numbers; words typed
	 * to a question that takes options are not an answer the Questionnaire knows, and stay in the transcript.
	 */
	private void addAnswers(QuestionnaireResponse.QuestionnaireResponseItemComponent item, Question q, Entry entry) {
		if (entry.value() == null) {
			if (q.kind() == QuestionKind.TEXT && entry.text() != null && !entry.text().isBlank()) {
				item.addAnswer().setValue(new StringType(entry.text()));
			}
			return;
		}
		if (q.kind() == QuestionKind.TEXT) {
			// "Skip" on the story: no answer
			return;
		}
		JsonNode value = json.readTree(entry.value());
		if (value.isNumber()) {
			if (q.kind() == QuestionKind.SCALE) {
				item.getAnswer().clear();
				item.addAnswer().setValue(new IntegerType((int) Math.round(value.asDouble())));
			}
			else if (q.kind() == QuestionKind.NUMBER) {
				item.getAnswer().clear();
				item.addAnswer().setValue(new DecimalType(value.asDouble()));
			}
			return;
		}
		List<String> picked = new java.util.ArrayList<>();
		if (value.isArray()) {
			value.forEach(v -> picked.add(v.asString("")));
		}
		else {
			picked.add(value.asString(""));
		}
		if (q.kind() != QuestionKind.MULTI && q.kind() != QuestionKind.PAINMAP) {
			item.getAnswer().clear();
		}
		for (String pick : picked) {
			Coding coding = q.kind() == QuestionKind.YESNO ? answerCoding(pick, null)
					: q.kind() == QuestionKind.PAINMAP ? optionCoding(q, pick, null)
							: q.option(pick).map(o -> optionCoding(q, o.value(), o.label())).orElse(null);
			if (coding == null || q.kind() == QuestionKind.YESNO && !List.of("yes", "no", "unsure").contains(pick)
					|| q.kind() == QuestionKind.PAINMAP && !knowledge.catalogue().regions().containsKey(pick)) {
				continue;
			}
			boolean already = item.getAnswer().stream().anyMatch(a -> a.getValue() instanceof Coding c
					&& c.getCode().equals(coding.getCode()));
			if (!already) {
				item.addAnswer().setValue(coding);
			}
		}
	}

	private RiskAssessment risk(JsonNode summary, Reference subject, Reference basis, Instant started) {
		RiskAssessment risk = new RiskAssessment();
		risk.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
		risk.setSubject(subject);
		risk.setOccurrence(new org.hl7.fhir.r4.model.DateTimeType(Date.from(started)));
		risk.setCode(new CodeableConcept().setText("Likelihood that the neck contributes to the headaches"));
		risk.addBasis(basis);
		JsonNode neck = summary.path("neck");
		RiskAssessment.RiskAssessmentPredictionComponent prediction = risk.addPrediction();
		prediction.setOutcome(new CodeableConcept().setText("The neck contributes to the headaches (cervicogenic)"));
		if (neck.path("probability").isNumber()) {
			prediction.setProbability(new DecimalType(neck.path("probability").asDouble()));
		}
		if (neck.hasNonNull("band")) {
			String band = neck.path("band").asString();
			prediction.setQualitativeRisk(new CodeableConcept(new Coding(BASE + "/CodeSystem/neck-band", band, band)));
		}
		risk.setText(narrative("Screening estimate, not a diagnosis: the neck contributes "
				+ neck.path("band").asString("(not worked out)") + (neck.path("probability").isNumber()
						? " (" + Math.round(neck.path("probability").asDouble() * 100) + "%)." : ".")));
		return risk;
	}

	private Observation observation(String what, String title, String code, Reference subject, Reference basis,
			Instant started) {
		Observation observation = base(what, title, subject, basis, started);
		observation.setValue(new CodeableConcept(new Coding(BASE + "/CodeSystem/" + what, code, code)));
		return observation;
	}

	private Observation base(String what, String title, Reference subject, Reference basis, Instant started) {
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.setCode(new CodeableConcept(new Coding(BASE + "/CodeSystem/screening-outcome", what, title)).setText(title));
		observation.setSubject(subject);
		observation.addDerivedFrom(basis);
		observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(started)));
		observation.setText(narrative(title + " (a screening, not a diagnosis)."));
		return observation;
	}

	private static Reference add(Bundle bundle, Resource resource) {
		String url = "urn:uuid:" + UUID.randomUUID();
		bundle.addEntry().setFullUrl(url).setResource(resource);
		return new Reference(url);
	}

	private static Coding answerCoding(String code, String label) {
		return new Coding(ANSWERS, code, label);
	}

	private static Coding optionCoding(Question q, String value, String label) {
		return new Coding(BASE + "/CodeSystem/" + q.id(), value, label);
	}

	private static Narrative narrative(String text) {
		Narrative narrative = new Narrative();
		narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
		XhtmlNode div = new XhtmlNode(org.hl7.fhir.utilities.xhtml.NodeType.Element, "div");
		div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
		div.addText(text);
		narrative.setDiv(div);
		return narrative;
	}

	public static String questionnaireUrl() {
		return BASE + "/Questionnaire/" + QUESTIONNAIRE_ID;
	}

	private static <T> Supplier<T> memoize(Supplier<T> supplier) {
		return new Supplier<>() {
			private volatile T value;

			@Override
			public synchronized T get() {
				if (value == null) {
					value = supplier.get();
				}
				return value;
			}
		};
	}

}
