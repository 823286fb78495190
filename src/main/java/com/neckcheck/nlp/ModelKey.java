package com.neckcheck.nlp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The key of a model the build trains ({@link LanguageModelPrebuild}): a SHA-256 of what the model depends
 * on, its settings first, then the corpus line by line. A start loads the prebuilt model only when the keys
 * agree, and trains its own otherwise.
 */
final class ModelKey {

	private ModelKey() {
	}

	static String of(List<byte[]> settings, List<String> corpus) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			settings.forEach(digest::update);
			for (String line : corpus) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
