package com.neckcheck.visit;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The screening's FHIR Questionnaire at its own address, for the clinic's record system to resolve the
 * QuestionnaireResponse of an export against. It holds the questions only, nothing of any visitor.
 */
@RestController
class QuestionnaireEndpoint {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final FhirExport fhir;

	QuestionnaireEndpoint(FhirExport fhir) {
		this.fhir = fhir;
	}

	@GetMapping("/fhir/Questionnaire/" + FhirExport.QUESTIONNAIRE_ID)
	ResponseEntity<String> questionnaire() {
		return ResponseEntity.ok().contentType(FHIR_JSON).body(fhir.questionnaireJson());
	}

}
