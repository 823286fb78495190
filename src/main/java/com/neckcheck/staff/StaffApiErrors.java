package com.neckcheck.staff;

import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Clear JSON errors for the staff API's own refusals. */
@RestControllerAdvice(basePackageClasses = StaffApiErrors.class)
class StaffApiErrors {

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", ex.getMessage()));
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<Map<String, String>> taken(DuplicateKeyException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("error", "conflict", "message", "an account with that username exists"));
	}

}
