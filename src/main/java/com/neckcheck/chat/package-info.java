/**
 * The chat over WebSocket ({@code /ws/chat}): reads the frames of the wire contract (docs/protocol.md),
 * keeps each conversation's state hot in Caffeine, and carries a visitor's message through storage
 * (acknowledged only once stored), the dialog engine and back as the screener's replies.
 */
package com.neckcheck.chat;
