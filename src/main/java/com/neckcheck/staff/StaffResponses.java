package com.neckcheck.staff;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The small JSON bodies the security layer answers with (401, 403, 429, login results). */
@Component
class StaffResponses {

	private final JsonMapper json;

	StaffResponses(JsonMapper json) {
		this.json = json;
	}

	void error(HttpServletResponse response, int status, String code, String message) throws IOException {
		write(response, status, Map.of("error", code, "message", message));
	}

	void write(HttpServletResponse response, int status, Object body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		json.writeValue(response.getOutputStream(), body);
	}

}
