package com.neckcheck.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.neckcheck.ChatServerTest;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR R4 export of whole screenings over the real HTTP API, validated offline with HAPI's validator
 * against the R4 base profiles and against the screening's own Questionnaire (fetched from its address): no
 * error, no fatal message. The routine screening's Bundle is written to target/ (docs/fhir-example-bundle.json is one).
 */
@ChatServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirExportTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	private StaffClient admin;

	private FhirValidator validator;

	private final FhirContext fhir = FhirContext.forR4Cached();

	private Questionnaire questionnaire;

	@BeforeAll
	void validatorWithTheQuestionnaire() {
		admin = StaffClient.basic(port, "admin", ChatServerTest.ADMIN_PASSWORD);
		var response = StaffClient.anonymous(port).get("/fhir/Questionnaire/neckcheck-screening");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
		questionnaire = fhir.newJsonParser().parseResource(Questionnaire.class, response.body());
		// the validator asks for the QuestionnaireResponse's questionnaire by its canonical address
		IValidationSupport ours = new IValidationSupport() {
			@Override
			public FhirContext getFhirContext() {
				return fhir;
			}

			@Override
			public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
				boolean wanted = questionnaire.getUrl().equals(uri) && (type == null || type.isInstance(questionnaire));
				@SuppressWarnings("unchecked")
				T found = wanted ? (T) questionnaire : null;
				return found;
			}
		};
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
				new CommonCodeSystemsTerminologyService(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
				new SnapshotGeneratingValidationSupport(fhir), ours);
		validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
	}

	@Test
	void theQuestionnaireIsValidAndHoldsEveryQuestionOfTheScript() {
		assertThat(errors(validator.validateWithResult(questionnaire))).isEmpty();
		assertThat(questionnaire.getItem()).extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
			.contains("q_story", "q_signs_now", "q_pain_map", "q_story_details", "q_medication");
	}

	@Test
	void aWholeScreeningExportsAsABundleThatValidatesWithoutError() throws IOException {
		Visits.Visit routine = Visits.completed(port, "Dull ache at the back of my head on the left most days, "
				+ "worse at the computer, I'm 44, no fever.");
		Visits.Visit urgent = Visits.completed(port, "I have a fever and a headache since yesterday.");
		Visits.Visit emergency = Visits.completed(port, "It hit like a thunderclap an hour ago, the worst of my life.");
		for (Visits.Visit visit : List.of(routine, urgent, emergency)) {
			var response = admin.get("/api/staff/conversations/" + visit.conversationId() + "/fhir");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
			Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, response.body());
			ValidationResult result = validator.validateWithResult(bundle);
			System.out.printf("FHIR bundle %s: %d entries, %d messages (%d errors), warnings: %s%n", visit.reference(),
					bundle.getEntry().size(), result.getMessages().size(), errors(result).size(),
					result.getMessages().stream().filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
						.map(SingleValidationMessage::getMessage).distinct().limit(5).toList());
			assertThat(errors(result)).as("validation errors").isEmpty();
			QuestionnaireResponse answers = (QuestionnaireResponse) bundle.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(QuestionnaireResponse.class::isInstance)
				.findFirst()
				.orElseThrow();
			assertThat(answers.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
			assertThat(answers.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
				.contains("q_story");
			if (visit == emergency) {
				assertThat(bundle.getEntry()).as("an emergency stops before any likelihood is worked out")
					.noneMatch(e -> e.getResource() instanceof RiskAssessment);
			}
			else {
				assertThat(bundle.getEntry()).anyMatch(e -> e.getResource() instanceof RiskAssessment);
			}
			assertThat(response.body()).contains(visit.reference());
			assertThat(audit.recent(null, visit.conversationId(), "admin", 10))
				.anyMatch(event -> event.action().equals("fhir.export"));
			if (visit == routine) {
				Files.writeString(Path.of("target/fhir-example-bundle.json"), response.body());
			}
		}
		assertThat(StaffClient.anonymous(port).get("/api/staff/conversations/" + routine.conversationId() + "/fhir")
			.statusCode()).as("staff only").isEqualTo(401);
	}

	private static List<String> errors(ValidationResult result) {
		return result.getMessages()
			.stream()
			.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.map(m -> m.getLocationString() + ": " + m.getMessage())
			.collect(Collectors.toList());
	}

}
