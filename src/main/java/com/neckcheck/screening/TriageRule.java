package com.neckcheck.screening;

import com.neckcheck.finding.TriageLevel;
import com.neckcheck.finding.Condition;

/** One red-flag rule of dialogs/red-flags.yaml. */
public record TriageRule(String id, TriageLevel level, Condition when, String advice, String source) {
}
