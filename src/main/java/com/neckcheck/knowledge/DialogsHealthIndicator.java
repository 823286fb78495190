package com.neckcheck.knowledge;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of the dialog scripts. A broken folder stops the start, so a running node has valid scripts;
 * this says which ones, for whoever checks the readiness of a fleet after a clinic edited dialogs/.
 */
@Component("dialogs")
class DialogsHealthIndicator extends AbstractHealthIndicator {

	private final Knowledge knowledge;

	private final DialogsProperties properties;

	DialogsHealthIndicator(Knowledge knowledge, DialogsProperties properties) {
		this.knowledge = knowledge;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.up()
			.withDetail("location", properties.location())
			.withDetail("questions", knowledge.script().questions().size())
			.withDetail("redFlagRules", knowledge.triage().rules().size());
	}

}
