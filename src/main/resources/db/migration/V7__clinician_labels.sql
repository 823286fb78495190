-- The clinician's own labels beside the verdict, so the console can measure agreement with the screener
-- (triage, pattern, neck band: counts, percentages, Cohen's kappa) and calibrate its neck probability
-- against whether the clinician found the neck contributing.
ALTER TABLE clinician_verdict ADD COLUMN triage VARCHAR(16);
ALTER TABLE clinician_verdict ADD COLUMN pattern VARCHAR(32);
ALTER TABLE clinician_verdict ADD COLUMN neck_band VARCHAR(16);
ALTER TABLE clinician_verdict ADD COLUMN neck_contributes BOOLEAN;
