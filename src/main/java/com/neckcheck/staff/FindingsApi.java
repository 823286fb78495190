package com.neckcheck.staff;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.neckcheck.knowledge.Knowledge;

/** The finding catalogue's labels and regions, so the console names findings the way the clinic wrote them. */
@RestController
class FindingsApi {

	record Catalogue(Map<String, String> findings, Map<String, String> regions) {
	}

	private final Catalogue catalogue;

	FindingsApi(Knowledge knowledge) {
		Map<String, String> findings = new TreeMap<>();
		knowledge.catalogue().ids().forEach(id -> findings.put(id, knowledge.catalogue().label(id)));
		this.catalogue = new Catalogue(findings, new TreeMap<>(knowledge.catalogue().regions()));
	}

	@GetMapping("/api/staff/findings")
	Catalogue catalogue() {
		return catalogue;
	}

}
