-- H2 (2.4) compiles a CHECK with an IN list into a set whose comparisons go through the session that created
-- it; once that connection is closed (the pool retires connections after 30 minutes), every insert the CHECK
-- guards fails with "Check constraint invalid". A CASE keeps no session. PostgreSQL reads both the same.
ALTER TABLE staff_account DROP CONSTRAINT ck_staff_account_role;
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_account_role
    CHECK (CASE role WHEN 'STAFF' THEN TRUE WHEN 'ADMIN' THEN TRUE ELSE FALSE END);
ALTER TABLE clinician_verdict DROP CONSTRAINT ck_verdict_agreement;
ALTER TABLE clinician_verdict ADD CONSTRAINT ck_verdict_agreement
    CHECK (CASE agreement WHEN 'agree' THEN TRUE WHEN 'partly' THEN TRUE WHEN 'disagree' THEN TRUE ELSE FALSE END);
