package com.neckcheck.nlp;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.nlp.LexiconData.Category;

/**
 * The numbers of one sentence given to the findings they measure: severity, age, days a month (the
 * headache's or a medicine's), an attack's hours, a medicine's months; and what a number makes of other
 * findings (a fever, a blood pressure, a pregnancy, a recent injury or a new headache).
 */
final class NumberAttachment {

	private static final java.util.regex.Pattern AGE_BACK_THEN = java.util.regex.Pattern
		.compile("\\b(?:since|when|from|until|till|at|by)\\b(?:\\s+(?:i|i'm|im|i was|was|he|she|he was|she was|they))*\\s*$");

	/** How far, in tokens of the same clause, a word of the past reaches a frequency or a length. */
	private static final int FORMERLY_REACH = 8;

	/** Three months: SNNOOP10's post-traumatic window, and the reach of "recent" everywhere here. */
	private static final double LONG_AGO_DAYS = 91;

	private static final java.util.regex.Pattern SO = java.util.regex.Pattern.compile("\\b(?:so|that's|thats|which is|overall|altogether|in total|total)\\b");

	private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile("^\\W*(?:\\w+\\W+)?(?:total|in total|altogether|overall|in all)\\b");

	private static final java.util.regex.Pattern ANOTHER = java.util.regex.Pattern.compile("\\b(?:another|other|more|extra|plus)\\b");

	private static final java.util.regex.Pattern TAKING = java.util.regex.Pattern
		.compile("\\b(?:take|takes|taking|took|use|uses|using|used|pop|popping|need|needing|on it|have it|swallow)\\b");

	private final LexiconData data;

	private final LexiconData.Roles roles;

	private final NumberReader numbers;

	private final ContextStatus context;

	private final Sentence tokens;

	NumberAttachment(LexiconData data, LexiconData.Roles roles, NumberReader numbers, ContextStatus context, Sentence tokens) {
		this.data = data;
		this.roles = roles;
		this.numbers = numbers;
		this.context = context;
		this.tokens = tokens;
	}

	private List<NumberReader.Hit> hits = List.of();

	void addNumbers(List<Mention> found) {
		List<Mention> drugs = found.stream().filter(f -> data.isMedication(f.finding().id())).toList();
		List<Mention> headaches = found.stream().filter(f -> f.finding().id().equals(roles.headache())).toList();
		hits = numbers.read(tokens.sentence, tokens.offset);
		for (NumberReader.Hit hit : hits) {
			if (hit.kind() == NumberReader.Kind.CELSIUS || hit.kind() == NumberReader.Kind.FAHRENHEIT) {
				addTemperature(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.BLOOD_PRESSURE) {
				addBloodPressure(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.WEEKS_PREGNANT || hit.kind() == NumberReader.Kind.WEEKS_SINCE_BIRTH) {
				addPregnancy(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.DAYS_AGO || hit.kind() == NumberReader.Kind.DAYS_GOING_ON) {
				applyRecency(found, hit);
				continue;
			}
			if (hit.kind() == NumberReader.Kind.HOURS && lengthOfSomethingBrief(found, hit)) {
				continue;
			}
			if (hit.kind() == NumberReader.Kind.AGE && !theVisitorsAge(hit)) {
				// "my son is 7 years old", "since I was 16 years old": someone else's age, or an age back then
				continue;
			}
			if (toldOfBefore(hit)) {
				// "used to be a couple a month", "gone from a few a month to 18": how it was, not how it is
				continue;
			}
			String id = switch (hit.kind()) {
				case CELSIUS, FAHRENHEIT, BLOOD_PRESSURE, WEEKS_PREGNANT, WEEKS_SINCE_BIRTH, DAYS_AGO, DAYS_GOING_ON -> null;
				case SEVERITY -> roles.severity();
				case HOURS -> roles.attackHours();
				case AGE -> roles.age();
				case PER_MONTH -> daysOf(hit, drugs, headaches);
				case PER_MONTH_OF_THEM -> drugs.isEmpty() ? null : daysOf(nearest(drugs, hit));
				case MONTHS -> drugs.isEmpty() ? null : roles.medicationMonths();
			};
			if (id == null) {
				continue;
			}
			int vague = refinedVagueFrequency(found, hit);
			if (vague >= 0) {
				// "most days, prob 14 days a month": the number says what "most days" meant
				Mention first = found.get(vague);
				found.set(vague, new Mention(new Finding(first.finding().id(), FindingStatus.PRESENT, null, null, hit.value(), null),
						first.text(), first.start(), first.end()));
				continue;
			}
			if (hit.kind() == NumberReader.Kind.PER_MONTH && ofThemFollows(hit) && !headaches.isEmpty()) {
				// "18 days a month and I take nurofen on 12-14 of them": the whole is the headache days
				id = roles.headacheDays();
			}
			int earlier = indexOfValue(found, id);
			if (earlier >= 0 && hit.kind() == NumberReader.Kind.SEVERITY) {
				// "3/10 to 5/10": a usual headache's worst is asked for
				Mention first = found.get(earlier);
				if (hit.value() > first.finding().value()) {
					found.set(earlier, new Mention(new Finding(id, FindingStatus.PRESENT, null, null, hit.value(), null),
							tokens.text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
				}
				continue;
			}
			if (earlier >= 0 && hit.kind() == NumberReader.Kind.PER_MONTH && !id.equals(roles.headacheDays()) && saidOfAnother(hit)) {
				Mention first = found.get(earlier);
				found.set(earlier, new Mention(new Finding(id, FindingStatus.PRESENT, null, null,
						Math.min(31, first.finding().value() + hit.value()), null), first.text(), first.start(), first.end()));
				continue;
			}
			if (earlier >= 0 && hit.kind() == NumberReader.Kind.PER_MONTH && sumsUp(hit)) {
				// "twice a month, lasts into the next day, so maybe 10 headache days total": the sum stands
				found.set(earlier, new Mention(new Finding(id, FindingStatus.PRESENT, null, null, hit.value(), null),
						tokens.text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
				continue;
			}
			if (earlier >= 0) {
				continue;
			}
			found.add(new Mention(new Finding(id, FindingStatus.PRESENT, null, null, hit.value(), null),
					tokens.text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
		}
	}

	/** A body temperature at or above the lexicon's fever reading is the visitor's fever, in ConText. */
	private void addTemperature(List<Mention> found, NumberReader.Hit hit) {
		LexiconData.Temperature fever = data.temperature();
		boolean feverish = fever != null && hit.value() >= (hit.kind() == NumberReader.Kind.FAHRENHEIT ? fever.fahrenheit()
				: fever.celsius());
		if (feverish) {
			addReading(found, hit, fever.finding());
		}
	}

	/** A reading's finding, with the ConText status of the words around the reading. */
	private void addReading(List<Mention> found, NumberReader.Hit hit, String finding) {
		Annotation reading = new Annotation(tokens.tokenAt(hit.start()), tokens.tokenAt(hit.end() - 1) + 1, List.of());
		FindingStatus status = context.status(reading, finding);
		if (status != null) {
			found.add(new Mention(new Finding(finding, status, null, null, null, null),
					tokens.text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
		}
	}

	/** A blood pressure reading at or above a level of the lexicon is a reading of that level, in ConText. */
	private void addBloodPressure(List<Mention> found, NumberReader.Hit hit) {
		for (LexiconData.BloodPressure level : data.bloodPressure()) {
			if (hit.value() >= level.systolic() || hit.second() >= level.diastolic()) {
				addReading(found, hit, level.finding());
			}
		}
	}

	/**
	 * Weeks of pregnancy are a pregnancy; a birth within the lexicon's weeks is the time after birth, and a
	 * birth longer ago is not ("had my baby 2 years ago").
	 */
	private void addPregnancy(List<Mention> found, NumberReader.Hit hit) {
		LexiconData.Pregnancy pregnancy = data.pregnancy();
		if (pregnancy == null) {
			return;
		}
		boolean counts = hit.kind() == NumberReader.Kind.WEEKS_PREGNANT || hit.value() <= pregnancy.weeksAfterBirth();
		Annotation words = new Annotation(tokens.tokenAt(hit.start()), tokens.tokenAt(hit.end() - 1) + 1, List.of());
		FindingStatus status = counts ? context.status(words, pregnancy.finding()) : FindingStatus.ABSENT;
		if (status == null) {
			return;
		}
		found.removeIf(f -> f.finding().id().equals(pregnancy.finding()));
		found.add(new Mention(new Finding(pregnancy.finding(), status, null, null, null, null),
				tokens.text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
	}

	/**
	 * A time told with a finding can make it another: an injury 10 days ago is a recent injury, headaches
	 * begun a month ago are a new headache, unless the sentence says they are the usual ones.
	 */
	private void applyRecency(List<Mention> found, NumberReader.Hit hit) {
		if (hit.kind() == NumberReader.Kind.DAYS_AGO && hit.value() > LONG_AGO_DAYS) {
			// "covid back in 2021 with a high fever": a sign that matters only now is perhaps no sign today;
			// the date may belong to another part of the sentence, so the sign is asked about, never dropped
			for (int i = 0; i < found.size(); i++) {
				Mention m = found.get(i);
				if (data.historicalIgnoredRedFlags().contains(m.finding().id()) && m.finding().status() == FindingStatus.PRESENT) {
					found.set(i, new Mention(m.finding().withStatus(FindingStatus.UNCERTAIN), m.text(), m.start(), m.end()));
				}
			}
		}
		for (LexiconData.Recent rule : data.recent()) {
			if (!rule.applies(hit.value())) {
				continue;
			}
			boolean history = !rule.onset();
			if (!history && (saysUsual() || !tokens.says(data.onsetWords()))) {
				continue;
			}
			if (found.stream().anyMatch(f -> f.finding().id().equals(rule.becomes()))) {
				if (history) {
					found.removeIf(f -> f.finding().id().equals(rule.finding()));
				}
				continue;
			}
			if (!history && rule.beyondMonths() == 0 && hit.kind() == NumberReader.Kind.DAYS_AGO && found.stream().noneMatch(f -> f.finding().id().equals(rule.finding()))
					&& found.stream().allMatch(f -> roles.unspokenSubjects().contains(f.finding().id())) && !aboutSomeoneElse()) {
				// "started about 10 days ago": in a chat about headaches, "it" is the headache
				found.add(new Mention(new Finding(rule.becomes(), FindingStatus.PRESENT, null, null, null, null),
						tokens.text.substring(hit.start(), hit.end()), hit.start(), hit.end()));
				continue;
			}
			for (int m = 0; m < found.size(); m++) {
				Mention mention = found.get(m);
				if (!mention.finding().id().equals(rule.finding()) || mention.finding().status() == FindingStatus.ABSENT) {
					continue;
				}
				Mention recent = new Mention(new Finding(rule.becomes(), mention.finding().status(), null, null, null, null),
						tokens.text.substring(hit.start(), hit.end()), hit.start(), hit.end());
				if (history) {
					found.set(m, new Mention(recent.finding(), mention.text(), mention.start(), mention.end()));
				}
				else {
					found.add(recent);
				}
				break;
			}
		}
	}

	/** "our neighbour had a bleed last month": the unspoken subject is someone else, or a worry. */
	private boolean aboutSomeoneElse() {
		return tokens.hasTrigger(0, tokens.lower.length, EnumSet.of(Category.OTHER, Category.HYPOTHETICAL));
	}

	private boolean theVisitorsAge(NumberReader.Hit hit) {
		String before = tokens.text.substring(Math.max(tokens.offset, hit.start() - 14), hit.start()).toLowerCase(java.util.Locale.ROOT);
		if (AGE_BACK_THEN.matcher(before).find()) {
			return false;
		}
		Annotation words = new Annotation(tokens.tokenAt(hit.start()), tokens.tokenAt(Math.max(hit.start(), hit.end() - 1)) + 1, List.of());
		return context.status(words, roles.age()) != null;
	}

	/**
	 * A frequency or a length the clause places in the past ("back then", "before that", "used to"), or the
	 * first of "from X to Y": it tells how the headaches were, and the one told of now stands.
	 */
	private boolean toldOfBefore(NumberReader.Hit hit) {
		if (hit.kind() != NumberReader.Kind.PER_MONTH && hit.kind() != NumberReader.Kind.PER_MONTH_OF_THEM
				&& hit.kind() != NumberReader.Kind.HOURS) {
			return false;
		}
		int first = tokens.tokenAt(hit.start());
		int last = tokens.tokenAt(Math.max(hit.start(), hit.end() - 1));
		int from = first;
		while (from > 0 && first - from < FORMERLY_REACH && !tokens.terminates[from - 1]) {
			from--;
		}
		int to = last + 1;
		while (to < tokens.lower.length && to - last <= FORMERLY_REACH && !tokens.terminates[to]) {
			to++;
		}
		String before = " " + String.join(" ", java.util.Arrays.copyOfRange(tokens.lower, from, first)) + " ";
		String after = " " + String.join(" ", java.util.Arrays.copyOfRange(tokens.lower, last + 1, to)) + " ";
		if (data.formerlyWords().stream().anyMatch(w -> before.contains(" " + w + " ") || after.contains(" " + w + " "))) {
			return true;
		}
		if (hit.kind() == NumberReader.Kind.PER_MONTH && data.perHeadacheWords().stream().anyMatch(w -> after.startsWith(" " + w + " "))) {
			// "every single day I have one": the days of taking follow the headache days
			return true;
		}
		boolean fromBefore = first > 0 && java.util.stream.IntStream.rangeClosed(Math.max(0, first - 3), first - 1)
			.anyMatch(k -> tokens.lower[k].equals("from"));
		return fromBefore && hits.stream().anyMatch(h -> h.kind() == hit.kind() && h.start() > hit.end()
				&& tokens.text.substring(hit.end(), h.start()).toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bto\\b.*"));
	}

	private boolean saysUsual() {
		return tokens.says(data.usualWords());
	}

	/** Minutes told with a brief finding (an aura, a weak hand) are its length, not the headache's. */
	private boolean lengthOfSomethingBrief(List<Mention> found, NumberReader.Hit hit) {
		// headaches that last under an hour are rare; minutes told beside an aura or a weak hand are theirs
		return hit.value() < 1 && found.stream().anyMatch(f -> data.brief().contains(f.finding().id()));
	}

	/**
	 * Whose days a month a number counts: a medicine's when it is told of taking ("I take it about 5 days a
	 * month"), else that of the headache or medicine named last before it ("headaches 20 days a month,
	 * ibuprofen on 15"), else the nearest.
	 */
	private String daysOf(NumberReader.Hit hit, List<Mention> drugs, List<Mention> headaches) {
		if (drugs.isEmpty()) {
			// "I take my drugs (TLD) every day": days of taking a medicine not named as a painkiller count nothing
			return saidOfTaking(hit) && headaches.isEmpty() ? null : roles.headacheDays();
		}
		if (saidOfTaking(hit)) {
			return daysOf(nearest(drugs, hit));
		}
		Mention before = null;
		for (Mention m : headaches.isEmpty() ? drugs : java.util.stream.Stream.concat(drugs.stream(), headaches.stream()).toList()) {
			if (m.end() <= hit.start() && (before == null || m.end() > before.end())) {
				before = m;
			}
		}
		if (before != null) {
			return before.finding().id().equals(roles.headache()) ? roles.headacheDays() : daysOf(before);
		}
		// a frequency told before any medicine is named is how often the headaches come
		return roles.headacheDays();
	}

	private int refinedVagueFrequency(List<Mention> found, NumberReader.Hit hit) {
		if (hit.kind() != NumberReader.Kind.PER_MONTH) {
			return -1;
		}
		for (int i = found.size() - 1; i >= 0; i--) {
			Mention m = found.get(i);
			boolean frequency = data.isDaysAMonth(m.finding().id()) && m.finding().value() != null;
			if (frequency && m.end() <= hit.start() && hit.start() - m.end() <= 25 && !m.text().matches(".*\\d.*")
					&& m.text().matches("(?i).*(most|every|daily|all|nearly|almost).*")) {
				return i;
			}
		}
		return -1;
	}

	private boolean ofThemFollows(NumberReader.Hit hit) {
		return hits.stream().anyMatch(h -> h.kind() == NumberReader.Kind.PER_MONTH_OF_THEM && h.start() > hit.start());
	}

	private static int indexOfValue(List<Mention> found, String id) {
		for (int i = 0; i < found.size(); i++) {
			if (found.get(i).finding().id().equals(id) && found.get(i).finding().value() != null) {
				return i;
			}
		}
		return -1;
	}

	/** "so maybe 10 headache days total": a number the visitor gives as the sum of what they told. */
	private boolean sumsUp(NumberReader.Hit hit) {
		String before = tokens.text.substring(Math.max(tokens.offset, hit.start() - 15), hit.start()).toLowerCase(java.util.Locale.ROOT);
		String after = tokens.text.substring(hit.end(), Math.min(tokens.text.length(), hit.end() + 25)).toLowerCase(java.util.Locale.ROOT);
		return SO.matcher(before).find() || TOTAL.matcher(after).find();
	}

	/** "... and ibuprofen on another 8 days": days of a second medicine of the same class add up. */
	private boolean saidOfAnother(NumberReader.Hit hit) {
		String before = tokens.text.substring(Math.max(tokens.offset, hit.start() - 20), hit.start()).toLowerCase(java.util.Locale.ROOT);
		return ANOTHER.matcher(before).find();
	}

	/** "I take it about 5 days a month": a number of days told of taking is the medicine's. */
	private boolean saidOfTaking(NumberReader.Hit hit) {
		String before = tokens.text.substring(Math.max(tokens.offset, hit.start() - 30), hit.start()).toLowerCase(java.util.Locale.ROOT);
		return TAKING.matcher(before).find();
	}

	private Mention nearest(List<Mention> mentions, NumberReader.Hit hit) {
		return mentions.stream().min((a, b) -> Integer.compare(distance(a, hit), distance(b, hit))).orElseThrow();
	}

	private static int distance(Mention mention, NumberReader.Hit hit) {
		return Math.abs(mention.start() - hit.start());
	}

	private String daysOf(Mention drug) {
		return data.classes().values().stream()
			.filter(c -> c.takes().equals(drug.finding().id()))
			.map(LexiconData.DrugClass::days)
			.findFirst()
			.orElse(roles.headacheDays());
	}

}
