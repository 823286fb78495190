/**
 * The staff side: logged-in review of stored transcripts, and everything that guards it. Staff accounts with
 * roles ({@code STAFF}, {@code ADMIN}), the first admin from configuration, throttled logins, the JSON API
 * under {@code /api/staff/**} that the console in {@code web/console/} uses, exports, erasure, the
 * clinician's verdict, analytics from the stored conversations, an append-only audit trail of every access,
 * and the retention job. Transcripts are health data: nothing here writes visitor words to the log.
 */
package com.neckcheck.staff;
