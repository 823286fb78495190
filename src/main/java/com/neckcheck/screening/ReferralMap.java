package com.neckcheck.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.finding.Findings;

/**
 * Where each neck structure the clinic treats refers its pain (dialogs/referral-map.yaml), and from that the
 * structures worth examining for one visitor: those whose referral area holds the regions the visitor
 * marked or named, ranked, each with the reason in words. For staff only: a chat cannot examine anyone.
 */
public final class ReferralMap {

	/** A finding that points to a structure besides the pain map, and how staff read it. */
	public record Pointer(String finding, String words) {
	}

	/** One structure, the regions it refers pain to, what else points to it, and where that comes from. */
	public record Structure(String id, String label, List<String> regions, List<Pointer> pointers, String source) {

		public Structure {
			regions = List.copyOf(regions);
			pointers = List.copyOf(pointers);
		}

	}

	/**
	 * A structure to consider examining: the visitor's regions it explains, the findings that point to it,
	 * the side to examine (null when none was told) and the reason as staff read it.
	 */
	public record Consider(Structure structure, List<String> regions, List<Pointer> pointers, String side,
			String reason) {
	}

	private final List<Structure> structures;

	private final Map<String, String> regionLabels;

	public ReferralMap(List<Structure> structures, Map<String, String> regionLabels) {
		this.structures = List.copyOf(structures);
		this.regionLabels = Map.copyOf(regionLabels);
	}

	public List<Structure> structures() {
		return structures;
	}

	/**
	 * The structures to consider, most likely first: those that explain more of the visitor's regions, then
	 * those more findings point to, then those whose referral area the visitor covers most fully, then the
	 * file's order. A structure must explain at least one region; with no region told at all, the findings
	 * that point to a structure are enough.
	 */
	public List<Consider> consider(Findings findings) {
		Set<String> told = regions(findings);
		String side = side(findings);
		List<Consider> considered = new ArrayList<>();
		for (Structure structure : structures) {
			List<String> explained = structure.regions().stream().filter(told::contains).toList();
			List<Pointer> pointing = structure.pointers().stream()
				.filter(p -> findings.get(p.finding()).filter(f -> f.status() == FindingStatus.PRESENT).isPresent())
				.toList();
			if (explained.isEmpty() && (!told.isEmpty() || pointing.isEmpty())) {
				continue;
			}
			considered.add(new Consider(structure, explained, pointing, side, reason(explained, pointing)));
		}
		considered.sort(Comparator.<Consider>comparingInt(c -> -c.regions().size())
			.thenComparingInt(c -> -c.pointers().size())
			.thenComparingDouble(c -> -c.regions().size() / (double) c.structure().regions().size())
			.thenComparingInt(c -> structures.indexOf(c.structure())));
		return considered;
	}

	private String reason(List<String> regions, List<Pointer> pointers) {
		List<String> parts = new ArrayList<>();
		if (!regions.isEmpty()) {
			parts.add("pain " + joined(regions.stream().map(r -> regionLabels.getOrDefault(r, r)).map(ReferralMap::at).toList()));
		}
		pointers.forEach(p -> parts.add(p.words()));
		return String.join("; ", parts);
	}

	/** "at the back of the head", "behind the ear": how a region reads after "pain". */
	private static String at(String label) {
		return label.startsWith("behind ") || label.startsWith("around ") || label.startsWith("all over ") ? label
				: (label.startsWith("the ") ? "at " : label.matches("(top|back|base|side) of .*") ? "at the " : "in the ")
						+ label;
	}

	private static String joined(List<String> words) {
		if (words.size() <= 1) {
			return String.join("", words);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}

	/** Every region a present finding carries: the pain map, and regions named in the visitor's words. */
	private static Set<String> regions(Findings findings) {
		return findings.all()
			.stream()
			.filter(f -> f.status() == FindingStatus.PRESENT && f.regions() != null)
			.flatMap(f -> f.regions().stream())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The side of the headache as answered, else the side most of the visitor's words gave, else none. */
	private static String side(Findings findings) {
		return findings.get("side")
			.filter(f -> f.status() == FindingStatus.PRESENT && f.side() != null)
			.map(Finding::side)
			.orElseGet(() -> findings.all()
				.stream()
				.filter(f -> f.status() == FindingStatus.PRESENT && f.side() != null)
				.collect(Collectors.groupingBy(Finding::side, Collectors.counting()))
				.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse(null));
	}

}
