package com.neckcheck.nlp;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingCatalogue.Carries;
import com.neckcheck.finding.FindingStatus;

/**
 * Sides and regions attached to the findings of one sentence that carry them: the side within a phrase or
 * the nearest one in the same clause, a side said on its own, and where it hurts.
 */
final class SideAndRegionAttachment {

	private static final int SIDE_REACH = 6;

	private static final Set<String> SWITCHING = Set.of("sometimes", "other times", "either", "occasionally",
			"varies", "switches", "changes");

	private final FindingCatalogue catalogue;

	private final LexiconData data;

	private final LexiconData.Roles roles;

	private final ContextStatus context;

	private final Sentence tokens;

	SideAndRegionAttachment(FindingCatalogue catalogue, LexiconData data, LexiconData.Roles roles, ContextStatus context, Sentence tokens) {
		this.catalogue = catalogue;
		this.data = data;
		this.roles = roles;
		this.context = context;
		this.tokens = tokens;
	}

	void attachSides(List<Mention> found, List<Annotation> sides) {
		for (int m = 0; m < found.size(); m++) {
			Mention mention = found.get(m);
			String id = mention.finding().id();
			if (!catalogue.carries(id, Carries.SIDE) || mention.finding().status() == FindingStatus.ABSENT) {
				continue;
			}
			String side = sideWithin(mention);
			if (side == null) {
				side = nearestSide(mention, sides);
			}
			if (side != null) {
				found.set(m, with(mention, side, null, null));
			}
		}
		boolean aboutTheBody = found.stream().anyMatch(f -> roles.sidedBody().contains(f.finding().id())
				|| data.isMedication(f.finding().id()));
		if (!sides.isEmpty() && !aboutTheBody && found.stream().noneMatch(f -> f.finding().id().equals(roles.side()))) {
			Annotation first = correctedBetween(sides.get(0), sides.get(sides.size() - 1)) ? sides.get(sides.size() - 1)
					: sides.get(0);
			String side = ((Tag.SideTag) first.tags().stream().filter(Tag.SideTag.class::isInstance).findFirst()
				.orElseThrow()).side();
			if (switchesSides(sides)) {
				side = "alternating";
			}
			Mention mention = context.mention(roles.side(), FindingStatus.PRESENT, first);
			found.add(with(mention, side, null, null));
		}
	}

	/** "normally the left but sometimes the right": both sides, one at a time. */
	private boolean switchesSides(List<Annotation> sides) {
		Set<String> named = new HashSet<>();
		for (Annotation a : sides) {
			a.tags().stream().filter(Tag.SideTag.class::isInstance).map(t -> ((Tag.SideTag) t).side()).forEach(named::add);
		}
		return named.contains("left") && named.contains("right") && tokens.says(SWITCHING);
	}

	/** "on the left, no wait, right": a correction between two sides leaves the later one. */
	private boolean correctedBetween(Annotation first, Annotation last) {
		if (first == last) {
			return false;
		}
		String between = " " + String.join(" ", Arrays.copyOfRange(tokens.lower, first.to(), last.from())) + " ";
		return data.corrections().stream()
			.map(c -> " " + c.replace(",", " ,").strip() + " ")
			.anyMatch(between::contains) || between.contains(" wait ") || between.contains(" i mean ");
	}

	private String sideWithin(Mention mention) {
		for (int k = 0; k < tokens.lower.length; k++) {
			if (tokens.starts[k] >= mention.start() && tokens.ends[k] <= mention.end()
					&& (tokens.lower[k].equals("left") || tokens.lower[k].equals("right"))) {
				return tokens.lower[k];
			}
		}
		return null;
	}

	private String nearestSide(Mention mention, List<Annotation> sides) {
		int from = tokens.tokenAt(mention.start());
		int to = tokens.tokenAt(mention.end() - 1) + 1;
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Annotation side : sides) {
			int distance = side.from() >= to ? side.from() - to : from - side.to();
			int lo = Math.min(side.to(), to);
			int hi = Math.max(side.from(), from);
			if (distance >= 0 && distance <= SIDE_REACH && distance < bestDistance && !tokens.terminatedBetween(Math.min(lo, hi), Math.max(lo, hi))) {
				bestDistance = distance;
				best = ((Tag.SideTag) side.tags().stream().filter(Tag.SideTag.class::isInstance).findFirst().orElseThrow()).side();
			}
		}
		return best;
	}

	void attachRegions(List<Mention> found, List<Annotation> regions) {
		boolean aboutAWarningSign = found.stream().anyMatch(f -> catalogue.isRedFlag(f.finding().id()));
		if (regions.isEmpty() || (aboutAWarningSign && !tokens.says(data.painWords()))) {
			// "my hands and face are puffy" names places, not where it hurts
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Annotation region : regions) {
			region.tags().stream().filter(Tag.RegionTag.class::isInstance).map(t -> ((Tag.RegionTag) t).region())
				.forEach(ids::add);
		}
		List<String> list = List.copyOf(ids);
		for (int m = 0; m < found.size(); m++) {
			Mention mention = found.get(m);
			if (catalogue.carries(mention.finding().id(), Carries.REGIONS)
					&& mention.finding().status() != FindingStatus.ABSENT) {
				found.set(m, with(mention, mention.finding().side(), list, null));
			}
		}
		regions.sort((x, y) -> Integer.compare(x.from(), y.from()));
		Annotation first = regions.get(0);
		Annotation last = regions.get(regions.size() - 1);
		int start = tokens.starts[first.from()];
		int end = tokens.ends[last.to() - 1];
		found.add(new Mention(new Finding(roles.regions(), FindingStatus.PRESENT, null, list, null, null),
				tokens.text.substring(start, end), start, end));
	}

	private Mention with(Mention mention, String side, List<String> regions, Double value) {
		Finding f = mention.finding();
		return new Mention(new Finding(f.id(), f.status(), side != null ? side : f.side(),
				regions != null ? regions : f.regions(), value != null ? value : f.value(), f.items()),
				mention.text(), mention.start(), mention.end());
	}

}
