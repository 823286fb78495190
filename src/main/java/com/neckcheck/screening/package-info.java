/**
 * The screening model: turns findings into red-flag triage, a headache pattern, the likelihood that the
 * neck contributes, a medication-overuse verdict and the visitor's summary. All clinical content (rules,
 * weights, thresholds, wording) comes from dialogs/; this package holds only the mechanism.
 */
package com.neckcheck.screening;
