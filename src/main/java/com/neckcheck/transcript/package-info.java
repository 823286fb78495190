/**
 * Durable transcripts: every visitor and bot entry of a conversation with its position ({@code seq}),
 * written before it is acknowledged or sent. Plain JDBC with portable SQL, so the same code runs on the
 * embedded H2 database and on PostgreSQL. A visitor entry also keeps what the language pipeline noted in it
 * (the {@code noted} findings with offsets), so staff see what the screener understood at the time.
 */
package com.neckcheck.transcript;
