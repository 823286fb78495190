package com.neckcheck.finding;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The finding ids the screener knows (dialogs/findings.yaml), with their lay labels. */
public final class FindingCatalogue {

	/** What a finding may hold besides its status. */
	public enum Carries {

		SIDE, REGIONS, VALUE, ITEMS

	}

	/**
	 * {@code implies}: a finding this one cannot be without (a reading of 180/120 is a high reading), so that
	 * the other one denied denies this one too.
	 */
	public record Entry(String id, String label, Set<Carries> carries, boolean redFlag, String implies) {
	}

	public static final Set<String> SIDES = Set.of("left", "right", "both", "alternating");

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private final Map<String, String> regionLabels = new LinkedHashMap<>();

	public void add(Entry entry) {
		entries.put(entry.id(), entry);
	}

	public void addRegion(String id, String label) {
		regionLabels.put(id, label);
	}

	public boolean contains(String id) {
		return entries.containsKey(id);
	}

	public Entry entry(String id) {
		Entry entry = entries.get(id);
		if (entry == null) {
			throw new IllegalArgumentException("unknown finding " + id);
		}
		return entry;
	}

	public String label(String id) {
		return entry(id).label();
	}

	/** The findings that imply this one: denied with it. */
	public List<String> impliedBy(String id) {
		return entries.values().stream().filter(e -> id.equals(e.implies())).map(Entry::id).toList();
	}

	public boolean isRedFlag(String id) {
		Entry entry = entries.get(id);
		return entry != null && entry.redFlag();
	}

	public boolean carries(String id, Carries what) {
		Entry entry = entries.get(id);
		return entry != null && entry.carries().contains(what);
	}

	public Collection<String> ids() {
		return Collections.unmodifiableSet(entries.keySet());
	}

	public Map<String, String> regions() {
		return Collections.unmodifiableMap(regionLabels);
	}

	public String regionLabel(String id) {
		return regionLabels.getOrDefault(id, id);
	}

	static Set<Carries> carriesOf(Collection<Carries> list) {
		return list.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(list));
	}

}
