package com.neckcheck.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a dialog file that knows its file and line, so that every problem found while reading can
 * name where it is. Scalars are read as the text the clinic wrote: {@code no} stays "no", never false.
 */
final class YamlNode {

	private final String file;

	private final Node node;

	private final int line;

	private final Problems problems;

	private Map<String, YamlNode> entries;

	YamlNode(String file, Node node, int line, Problems problems) {
		this.file = file;
		this.node = node;
		this.line = node == null ? line : node.getStartMark().getLine() + 1;
		this.problems = problems;
	}

	String file() {
		return file;
	}

	int line() {
		return line;
	}

	boolean isMapping() {
		return node instanceof MappingNode;
	}

	boolean missing() {
		return node == null;
	}

	void problem(String message) {
		problems.add(file, line, message);
	}

	Problems problems() {
		return problems;
	}

	/** The entries of a mapping, in file order; reports a duplicate key. */
	Map<String, YamlNode> entries() {
		if (this.entries == null) {
			this.entries = readEntries();
		}
		return this.entries;
	}

	private Map<String, YamlNode> readEntries() {
		Map<String, YamlNode> entries = new LinkedHashMap<>();
		if (node == null) {
			return entries;
		}
		if (!(node instanceof MappingNode mapping)) {
			problem("expected a mapping of 'key: value' lines");
			return entries;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			YamlNode key = new YamlNode(file, tuple.getKeyNode(), line, problems);
			String name = key.scalar().orElse("");
			if (entries.containsKey(name)) {
				key.problem("duplicate key '" + name + "'");
			}
			entries.put(name, new YamlNode(file, tuple.getValueNode(), key.line(), problems));
		}
		return entries;
	}

	YamlNode get(String key) {
		YamlNode child = entries().get(key);
		return child != null ? child : new YamlNode(file, null, line, problems);
	}

	List<YamlNode> items() {
		List<YamlNode> items = new ArrayList<>();
		if (node == null) {
			return items;
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem("expected a list");
			return items;
		}
		for (Node item : sequence.getValue()) {
			items.add(new YamlNode(file, item, line, problems));
		}
		return items;
	}

	Optional<String> scalar() {
		if (node instanceof ScalarNode scalar) {
			return Optional.of(scalar.getValue());
		}
		if (node != null) {
			problem("expected a single value");
		}
		return Optional.empty();
	}

	/** A required text of a child: reports "missing text" when absent or blank. */
	String text(String key, String owner) {
		Optional<String> value = get(key).scalar().filter(s -> !s.isBlank());
		if (value.isEmpty()) {
			problem(owner + ": missing text '" + key + "'");
			return "";
		}
		return value.get().strip();
	}

	Optional<String> optional(String key) {
		return get(key).scalar().map(String::strip).filter(s -> !s.isEmpty());
	}

	Optional<Double> number(String key, String owner) {
		Optional<String> value = optional(key);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Double.parseDouble(value.get()));
		}
		catch (NumberFormatException ex) {
			get(key).problem(owner + ": '" + key + "' must be a number, not '" + value.get() + "'");
			return Optional.empty();
		}
	}

	double requiredNumber(String key, String owner) {
		Optional<Double> number = number(key, owner);
		if (number.isEmpty() && optional(key).isEmpty()) {
			problem(owner + ": missing number '" + key + "'");
		}
		return number.orElse(0.0);
	}

	List<String> strings() {
		return items().stream().map(YamlNode::scalar).flatMap(Optional::stream).toList();
	}

}
