package com.neckcheck.knowledge;

import com.neckcheck.dialog.AnswerLexicon;
import com.neckcheck.dialog.DialogScript;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.Texts;
import com.neckcheck.nlp.LexiconData;
import com.neckcheck.screening.MedicationOveruseRule;
import com.neckcheck.screening.NeckLikelihoodModel;
import com.neckcheck.screening.PatternRules;
import com.neckcheck.screening.ReferralMap;
import com.neckcheck.screening.TriageRules;

/** Everything dialogs/ holds, read and checked. */
public record Knowledge(FindingCatalogue catalogue, DialogScript script, AnswerLexicon lexicon, Texts texts,
		TriageRules triage, PatternRules patterns, NeckLikelihoodModel likelihood, MedicationOveruseRule medication,
		LexiconData language, ReferralMap referralMap, IntakeLayout intake) {
}
