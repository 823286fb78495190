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

	/** "?page=abc": the parameter is named, the parser's own words are not echoed. */
	@ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
	ResponseEntity<Map<String, String>> mistyped(org.springframework.beans.TypeMismatchException ex) {
		String name = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException argument
				? argument.getName() : ex.getPropertyName();
		return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message",
				"parameter '" + (name == null ? "?" : name) + "' has the wrong format"));
	}

	@ExceptionHandler(NumberFormatException.class)
	ResponseEntity<Map<String, String>> notANumber(NumberFormatException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", "a number was expected"));
	}

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
