-- What the language pipeline understood from each visitor message (the JSON list of the `noted` frame, with
-- offsets), kept with the message so that staff see what the screener saw, even after the lexicon changes.
ALTER TABLE transcript_entry ADD COLUMN noted TEXT;
