-- Conversations and their transcripts. Portable SQL: the same file runs on H2 (in PostgreSQL mode)
-- and on PostgreSQL.

CREATE TABLE conversation (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    token_hash         VARCHAR(64)  NOT NULL,
    booking_reference  VARCHAR(16)  NOT NULL,
    lang               VARCHAR(8)   NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    triage             VARCHAR(16),
    pattern            VARCHAR(32),
    neck_band          VARCHAR(16),
    neck_probability   DOUBLE PRECISION,
    medication_overuse BOOLEAN,
    red_flags          VARCHAR(1000),
    CONSTRAINT uq_conversation_token UNIQUE (token_hash),
    CONSTRAINT uq_conversation_booking UNIQUE (booking_reference)
);

CREATE INDEX ix_conversation_started ON conversation (started_at);

-- One row per transcript entry, visitor and bot alike. (conversation_id, seq) numbers them without gaps;
-- (conversation_id, client_id) makes a resent visitor message land once.
CREATE TABLE transcript_entry (
    conversation_id VARCHAR(36)  NOT NULL,
    seq             INTEGER      NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    speaker         VARCHAR(8)   NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    client_id       VARCHAR(128),
    body            TEXT         NOT NULL,
    CONSTRAINT pk_transcript_entry PRIMARY KEY (conversation_id, seq),
    CONSTRAINT uq_transcript_client_id UNIQUE (conversation_id, client_id),
    CONSTRAINT fk_transcript_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE
);
