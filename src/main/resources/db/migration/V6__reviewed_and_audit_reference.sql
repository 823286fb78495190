-- A conversation a clinician has read ("reviewed"), so that red-flag conversations nobody has read yet can
-- be queued on top of the console; and the booking reference kept in the audit trail, so that an event
-- still names its conversation after the conversation is erased.
ALTER TABLE conversation ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE conversation ADD COLUMN reviewed_by VARCHAR(64);

ALTER TABLE audit_event ADD COLUMN booking_reference VARCHAR(16);
UPDATE audit_event SET booking_reference =
    (SELECT c.booking_reference FROM conversation c WHERE c.id = audit_event.conversation_id)
    WHERE conversation_id IS NOT NULL;
