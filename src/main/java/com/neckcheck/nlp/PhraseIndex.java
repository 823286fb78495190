package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trie of token sequences; finds the longest phrase starting at a token. */
final class PhraseIndex {

	private static final class Node {

		final Map<String, Node> next = new HashMap<>(4);

		final List<Tag> tags = new ArrayList<>(1);

	}

	record Match(int length, List<Tag> tags) {
	}

	private final Node root = new Node();

	void add(String[] tokens, Tag tag) {
		if (tokens.length == 0) {
			return;
		}
		Node node = root;
		for (String token : tokens) {
			node = node.next.computeIfAbsent(token, t -> new Node());
		}
		if (!node.tags.contains(tag)) {
			node.tags.add(tag);
		}
	}

	/** The longest phrase at {@code from}; {@code keys[i]} may be null (no key for that token). */
	Match longest(String[] keys, int from) {
		return longest(keys, from, keys.length);
	}

	/** The longest phrase at {@code from} that ends before {@code limit}. */
	Match longest(String[] keys, int from, int limit) {
		Node node = root;
		Match best = null;
		for (int i = from; i < limit && keys[i] != null; i++) {
			node = node.next.get(keys[i]);
			if (node == null) {
				break;
			}
			if (!node.tags.isEmpty()) {
				best = new Match(i - from + 1, node.tags);
			}
		}
		return best;
	}

	boolean startsAny(String key) {
		return root.next.containsKey(key);
	}

}
