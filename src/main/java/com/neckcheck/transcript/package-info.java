/**
 * Durable transcripts: every visitor and bot entry of a conversation with its position ({@code seq}),
 * written before it is acknowledged or sent. Plain JDBC with portable SQL, so the same code runs on the
 * embedded H2 database and on PostgreSQL.
 */
package com.neckcheck.transcript;
