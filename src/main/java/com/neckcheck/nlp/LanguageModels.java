package com.neckcheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (UD English-EWT, version 1.3, from the opennlp-models-*-en jars on Maven
 * Central). Each is read from its jar's root with getResourceAsStream: OpenNLP's classpath model provider
 * finds nothing inside a Spring Boot fat jar (../shared/notes/technical-notes.md section 2.2). The
 * ThreadSafe wrappers keep one decoder per thread, so callers run on a bounded set of threads.
 */
public final class LanguageModels {

	static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

	static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

	final ThreadSafeSentenceDetectorME sentences;

	final ThreadSafeTokenizerME tokenizer;

	final ThreadSafePOSTaggerME tagger;

	final ThreadSafeLemmatizerME lemmatizer;

	private LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
		this.sentences = new ThreadSafeSentenceDetectorME(sentences);
		this.tokenizer = new ThreadSafeTokenizerME(tokens);
		this.tagger = new ThreadSafePOSTaggerME(pos);
		this.lemmatizer = new ThreadSafeLemmatizerME(lemmas);
	}

	public static LanguageModels load() {
		try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(POS);
				InputStream l = open(LEMMAS)) {
			return new LanguageModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p), new LemmatizerModel(l));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the OpenNLP models", ex);
		}
	}

	private static InputStream open(String name) throws IOException {
		InputStream in = LanguageModels.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("model " + name + " is not on the classpath (opennlp-models-*-en jars)");
		}
		return in;
	}

}
