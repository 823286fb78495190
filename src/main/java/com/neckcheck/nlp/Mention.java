package com.neckcheck.nlp;

import com.neckcheck.finding.Finding;

/** A finding found in a visitor's message, with the words it came from and their character offsets. */
public record Mention(Finding finding, String text, int start, int end) {
}
