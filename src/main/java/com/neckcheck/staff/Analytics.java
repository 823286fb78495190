package com.neckcheck.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.neckcheck.finding.TriageLevel;
import com.neckcheck.knowledge.Knowledge;


/**
 * How the screener performs, counted from the stored conversations: per day, the funnel from started to
 * completed to booking clicked, the outcomes, where unfinished conversations stopped, and which warning
 * signs came up. Counted in one pass over the matching conversations, which is ample for a clinic's volume.
 */
@Component
class Analytics {

	record Report(List<Day> days, Funnel funnel, Map<String, Integer> triage, Map<String, Integer> pattern,
			Map<String, Integer> band, List<DropOff> dropOff, List<Flag> redFlags) {
	}

	record Day(LocalDate day, int started, int completed, int booked) {
	}

	record Funnel(int started, int completed, int bookingClicked) {
	}

	/** {@code text} is what the screener asked there, so staff can read the question without the script. */
	record DropOff(String question, String text, int conversations) {
	}

	record Flag(String finding, String label, int conversations) {
	}

	private final ReviewQueries queries;

	private final StaffProperties properties;

	private final Knowledge knowledge;

	Analytics(ReviewQueries queries, StaffProperties properties, Knowledge knowledge) {
		this.queries = queries;
		this.properties = properties;
		this.knowledge = knowledge;
	}

	Report report(ConversationFilter filter) {
		TreeMap<LocalDate, int[]> days = new TreeMap<>();
		Map<String, Integer> triage = new LinkedHashMap<>();
		Map<String, Integer> pattern = new LinkedHashMap<>();
		Map<String, Integer> band = new LinkedHashMap<>();
		Map<String, Integer> flags = new LinkedHashMap<>();
		int[] funnel = new int[3];
		queries.each(filter, row -> {
			int[] day = days.computeIfAbsent(row.startedAt().atZone(properties.zone()).toLocalDate(), d -> new int[3]);
			boolean completed = "completed".equals(row.status());
			boolean booked = row.bookingClickedAt() != null;
			count(day, funnel, 0, true);
			count(day, funnel, 1, completed);
			count(day, funnel, 2, booked);
			if (completed) {
				triage.merge(row.triage().wire(), 1, Integer::sum);
				// an emergency stops the screening at once: its pattern and band were never worked out
				if (row.triage() != TriageLevel.EMERGENCY) {
					pattern.merge(row.pattern().wire(), 1, Integer::sum);
					band.merge(row.neckBand().wire(), 1, Integer::sum);
				}
			}
			row.redFlags().forEach(flag -> flags.merge(flag, 1, Integer::sum));
		});
		return new Report(fillGaps(days), new Funnel(funnel[0], funnel[1], funnel[2]), triage, pattern, band,
				dropOff(filter), redFlags(flags));
	}

	private static void count(int[] day, int[] funnel, int index, boolean yes) {
		if (yes) {
			day[index]++;
			funnel[index]++;
		}
	}

	/** Every day from the first to the last, so a chart shows quiet days as zero rather than skipping them. */
	private static List<Day> fillGaps(TreeMap<LocalDate, int[]> counted) {
		List<Day> days = new ArrayList<>();
		if (counted.isEmpty()) {
			return days;
		}
		for (LocalDate day = counted.firstKey(); !day.isAfter(counted.lastKey()); day = day.plusDays(1)) {
			int[] c = counted.getOrDefault(day, new int[3]);
			days.add(new Day(day, c[0], c[1], c[2]));
		}
		return days;
	}

	private List<DropOff> dropOff(ConversationFilter filter) {
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ReviewQueries.LastLine line : queries.lastLinesOfAbandoned(filter)) {
			String question = line.question() != null ? line.question() : "(after a message without a question)";
			texts.putIfAbsent(question, line.words() == null ? "" : line.words());
			counts.merge(question, 1, Integer::sum);
		}
		return counts.entrySet()
			.stream()
			.map(e -> new DropOff(e.getKey(), texts.get(e.getKey()), e.getValue()))
			.sorted(Comparator.comparingInt(DropOff::conversations).reversed())
			.toList();
	}

	private List<Flag> redFlags(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map(e -> new Flag(e.getKey(), label(e.getKey()), e.getValue()))
			.sorted(Comparator.comparingInt(Flag::conversations).reversed())
			.toList();
	}

	private String label(String finding) {
		return knowledge.catalogue().contains(finding) ? knowledge.catalogue().label(finding) : finding;
	}

}
