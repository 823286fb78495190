package com.neckcheck.nlp;

import java.util.List;

/**
 * What the dialog asks of the language pipeline: the findings told in a message, and whether the message
 * corrects something said before. {@link SymptomExtractor} is the real one; tests of the dialog put a fake
 * here that tells exactly what a test wants heard.
 */
public interface SymptomReader {

	List<Mention> extract(String text);

	boolean isCorrection(String text);

}
