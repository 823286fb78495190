package com.neckcheck.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers in a sentence and what they measure: severity out of 10, how often (per week or month, turned
 * into days a month), how long an attack lasts (hours), age, and for how long (months).
 */
final class NumberReader {

	enum Kind {

		SEVERITY, PER_MONTH, HOURS, AGE, MONTHS, CELSIUS, FAHRENHEIT, BLOOD_PRESSURE,
		/** Days a month told as a part of the headache days ("on 12-14 of them"): a medicine's. */
		PER_MONTH_OF_THEM,
		/** How many days ago something happened or began ("10 days ago", "last week"). */
		DAYS_AGO,
		/** For how many days something has gone on ("for 6 weeks now", "the past month"). */
		DAYS_GOING_ON,
		/** Weeks of pregnancy ("I'm 28 weeks"). */
		WEEKS_PREGNANT,
		/** Weeks since a birth ("had my baby 9 days ago"). */
		WEEKS_SINCE_BIRTH

	}

	/** {@code second} is the diastolic value of a blood pressure reading, else 0. */
	record Hit(Kind kind, double value, int start, int end, double second) {

		Hit(Kind kind, double value, int start, int end) {
			this(kind, value, start, end, 0);
		}

	}

	/** "150/100", "160 over 105", "168 by 104", "150 x 100", "155/95ish": a blood pressure reading, never a score out of 10. */
	private static final Pattern BLOOD_PRESSURE = Pattern
		.compile("\\b(\\d{2,3})\\s*(?:/|over|by|x|\u00d7)\\s*(\\d{2,3})(?!\\d)");

	private static void bloodPressures(String text, int offset, List<Hit> hits) {
		Matcher m = BLOOD_PRESSURE.matcher(text);
		while (m.find()) {
			double systolic = Double.parseDouble(m.group(1));
			double diastolic = Double.parseDouble(m.group(2));
			if (systolic >= 70 && systolic <= 260 && diastolic >= 40 && diastolic <= 160 && systolic > diastolic) {
				hits.add(new Hit(Kind.BLOOD_PRESSURE, systolic, offset + m.start(), offset + m.end(), diastolic));
			}
		}
	}

	/** The number words of lexicon.yaml, with "a" and "an", which count as one only where a unit follows. */
	private final Map<String, Double> wordValues;

	/** The phrases of how often ("almost every day") and their days a month. */
	private final Map<String, Double> daysAMonth;

	private final Pattern perPeriod;

	private final Pattern ofThem;

	private final Pattern everyDay;

	private final Pattern hours;

	private final Pattern lastsDays;

	private final Pattern duration;

	private final Pattern ago;

	private final Pattern goingOn;

	private final Pattern birth;

	NumberReader(LexiconData.Numbers numbers) {
		this.wordValues = new HashMap<>(numbers.words());
		this.wordValues.putAll(numbers.times());
		this.wordValues.put("a", 1.0);
		this.wordValues.put("an", 1.0);
		this.daysAMonth = Map.copyOf(numbers.daysAMonth());
		String words = alternatives(wordValues.keySet().stream().filter(w -> !w.equals("a") && !w.equals("an"))
			.collect(Collectors.toSet()));
		String n = "(\\d+(?:\\.\\d+)?|" + words + ")";
		String range = n + "(?:\\s*(?:-|–|to|or)\\s*" + n + ")?";
		// "a"/"an" last, so that "a few" and "a couple of" are read whole
		String count = "(\\d{1,3}|" + words + "|a|an)";
		this.perPeriod = Pattern.compile("\\b" + range
				+ "\\s*(?:x|times?|days?|nights?|headaches?|migraines?|attacks?|pills?|tablets?|doses?)?\\s*(?:a|per|each|every|/|in a|out of the|out of every|of the|of every)\\s*(week|wk|month|mo|mth)\\b");
		this.ofThem = Pattern.compile("\\bon\\s+(?:about\\s+|around\\s+|maybe\\s+|like\\s+)?" + range
				+ "\\s+of\\s+(?:them|those|these|the days|those days)\\b");
		this.everyDay = Pattern.compile("\\b(" + alternatives(daysAMonth.keySet()) + ")\\b");
		this.hours = Pattern.compile("\\b" + range + "\\s*(hours?|hrs?|h|minutes?|mins?)\\b");
		this.lastsDays = Pattern.compile("\\b(?:(?:it|they|each one|attacks?|headaches?|migraines?|usually|can|will|often|normally|typically) lasts?|lasting|goes on for|go on for)\\s+(?:about\\s+|up to\\s+)?" + range + "\\s*(days?)\\b");
		this.duration = Pattern.compile("\\b(?:for|since|over|past|last)\\s+(?:the\\s+)?(?:last\\s+|past\\s+)?(?:about\\s+|almost\\s+|over\\s+)?"
				+ count + "\\s*(months?|years?|yrs?|weeks?)\\b");
		this.ago = Pattern.compile("\\b" + count + "\\s*" + SPAN_UNIT + "\\s+(?:ago|back\\b(?!\\s+(?:of|pain|ache|and|problems?)\\b))");
		// possessive: a run of spaces must not be tried in every split (catastrophic backtracking)
		this.goingOn = Pattern.compile("\\b(?:for|over|in)\\s++(?:the\\s++)?(?:(?:past|last)\\s++)?(?:(?:about|around|almost|nearly|over|roughly|like)\\s++)?"
				+ count + "\\s*+" + SPAN_UNIT + "\\b(?!\\s+(?:a|per|every|each)\\b)");
		this.birth = Pattern.compile("\\b(?:had (?:my|the|a|our) (?:baby|son|daughter|twins)|gave birth|given birth|baby was born|was born|delivered|c-?section|(?:my |the |our )?(?:baby|newborn|little one) is)\\b"
				+ "[^.]{0,25}?\\b" + count + "\\s*" + SPAN_UNIT + "(?:\\s+(?:ago|old))?");
	}

	/** A regex alternation of the phrases, longest first ("eighteen" before "eight", "a few" before "a"). */
	private static String alternatives(Set<String> phrases) {
		return phrases.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	private static final Pattern SEVERITY = Pattern.compile("\\b(\\d{1,2}(?:\\.\\d)?)\\s*(?:/|out of|outta|of)\\s*10\\b");

	private static final Pattern ALL_DAY = Pattern.compile(
			"\\b(?:lasts?|lasting|goes on|stays|hurts?|there)\\s+(all day(?: long)?|the whole day)\\b|\\b(never goes away|never stops|constant|all day long)\\b");

	private static final Pattern AGE = Pattern.compile(
			"(?<!since |from |at |by |until |till )\\b(?:i'?m|i am|aged?)\\s+(\\d{1,3})\\b(?!\\s*(?:/|out|of|days?|times|hours?|%|x|weeks?|months?))|\\b(\\d{1,3})\\s*(?:years? old|yrs? old|yo|y/o|-year-old|year-old)\\b");

	/** "after a few hours", "every 4 hours", "in 2 hours" say when, not how long. */
	/** "3 hrs later", "20 minutes ago" say when, not how long. */
	private static final Pattern NOT_A_LENGTH_AFTER = Pattern.compile("\\s*(?:later|ago|before|after|in|of sleep|sleep|of rest|a night)\\b");

	private static final Pattern NOT_A_DURATION = Pattern.compile("\\b(?:after|every|in|within|since|for the (?:last|past)|the (?:last|past)|(?<!\\b(?:they|it|headaches?|migraines?|attacks?|ones?|usually|often|normally|typically|generally|can|will|may|might|mine|they'll|it'll)\\s)last|past|next|first|very|builds? (?:up )?over|built up over|comes? on over|came on over|ramps? up over|creeps? up over)\\s*(?:a few|about|around|a couple of)?\\s*$");

	private static final Pattern PAST_YEAR = Pattern.compile("\\b(?:for|over|in)\\s+the\\s+(?:past|last)\\s+(year|few months|couple of years|few years)\\b");

	/** A number that may be a body temperature, with its unit if one is written. */
	private static final Pattern TEMPERATURE = Pattern.compile(
			"\\b(\\d{2,3}(?:\\.\\d{1,2})?)(?:\\s*(°\\s*[cf]?|º\\s*[cf]?|degrees?(?:\\s*(?:c|f|celsius|fahrenheit|centigrade)\\b)?|deg\\b|c\\b|f\\b|celsius|fahrenheit|centigrade))?"
					+ "(?!\\s*(?:weeks?|days?|hours?|hrs?|years?|yrs?|months?|mins?|minutes?|%|/|x\\b|times|kg|lbs?|pounds|mg|cm|mm))");

	/** "paid 39.99", "£38.50", "38.50 quid": money, not a temperature. */
	private static final Pattern MONEY = Pattern.compile("(?:[£$€¥]\\s*$)|\\b(?:paid|cost|costs|price|priced|spent|bought|for)\\s+(?:about\\s+|around\\s+)?[£$€]?\\s*$");

	private static final Pattern MONEY_AFTER = Pattern.compile("\\s*(?:quid|pounds?|dollars?|euros?|bucks|each|p\\b|usd|gbp|eur)");

	private static final Pattern TEMPERATURE_WORD = Pattern.compile("\\b(?:temp|temps|temperature|fever|feverish|thermometer|reading|degrees)\\b");

	/**
	 * Body temperatures: a number with a degree sign or unit, or next to a temperature word, or written with
	 * decimals in the range of a body temperature ("38.5 last night"). An age ("I'm 38") is none of these.
	 */
	private static void temperatures(String text, int offset, List<Hit> hits) {
		Matcher m = TEMPERATURE.matcher(text);
		while (m.find()) {
			double value = Double.parseDouble(m.group(1));
			String unit = m.group(2) == null ? "" : m.group(2).replace(" ", "");
			boolean fahrenheit = unit.endsWith("f") || unit.contains("fahrenheit") || (!unit.endsWith("c")
					&& !unit.contains("celsius") && !unit.contains("centigrade") && value >= 90);
			boolean plausible = fahrenheit ? value >= 95 && value <= 108 : value >= 35 && value <= 43;
			String before = text.substring(Math.max(0, m.start() - 30), m.start());
			boolean money = MONEY.matcher(before).find() || MONEY_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
			boolean told = !money && (!unit.isEmpty() || TEMPERATURE_WORD.matcher(before).find() || m.group(1).contains("."));
			if (plausible && told && !overlaps(hits, offset + m.start(), offset + m.end())) {
				hits.add(new Hit(fahrenheit ? Kind.FAHRENHEIT : Kind.CELSIUS, value, offset + m.start(), offset + m.end()));
			}
		}
	}

	private static final String SPAN_UNIT = "(days?|weeks?|wks?|wk|months?|mths?|years?|yrs?)";

	private static final Pattern LAST = Pattern.compile(
			"\\b(yesterday|last night|this morning|today|last week|last weekend|last month|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

	// possessive: a run of spaces must not be tried in every split (catastrophic backtracking)
	/** "when I was 15": long ago, however old the visitor is now. */
	private static final Pattern WHEN_YOUNG = Pattern.compile("\\bwhen i was (?:about |around )?(?:\\d{1,2}|a (?:kid|child|teenager|teen|baby))\\b");

	private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|back in|since|from|during)\\s+((?:19|20)\\d\\d)\\b");

	private static final Pattern PAST = Pattern.compile("\\b(?:the|this)\\s+(?:past|last)\\s+(few days|week|fortnight|couple of weeks|few weeks|month|couple of months)\\b");

	private static final Pattern PREGNANT = Pattern.compile("\\b(?:i'?m|im|i am)\\s+(?:about\\s+|nearly\\s+|almost\\s+)?(\\d{1,2})\\s*(?:weeks?|wks?|wk)\\b(?!\\s*(?:ago|old|of|since|now|later|into|in|post|after|out))"
			+ "|\\b(\\d{1,2})\\s*(?:weeks?|wks?|wk)\\s*(?:pregnant|along|gestation|with (?:my|our|a|the|twins|baby))"
			+ "|\\bpregnant\\W{0,3}(?:with \\w+\\W{0,3})?(\\d{1,2})\\s*(?:weeks?|wks?|wk)\\b"
			// "36 weeks, second baby", "30wks - first pregnancy", "34 weeks, IVF baby"
			+ "|\\b(\\d{1,2})\\s*(?:weeks?|wks?|wk)\\s*[,\\-\u2013]\\s*(?:(?:my|our|the|an?)\\s+)?(?:[a-z0-9]+\\s+){0,2}(?:baby|pregnancy|child|one|bump)\\b");

	/** "36 weeks." opening a message on its own: the weeks of a pregnancy (from 20, never a short time). */
	private static final Pattern BARE_WEEKS = Pattern.compile("^\\s*(\\d{2})\\s*(?:weeks?|wks?|wk)\\s*(?:[.!]|$)");

	private void times(String text, int offset, List<Hit> hits) {
		Matcher m = birth.matcher(text);
		while (m.find()) {
			hits.add(new Hit(Kind.WEEKS_SINCE_BIRTH, days(m.group(1), m.group(2)) / 7, offset + m.start(), offset + m.end()));
		}
		m = PREGNANT.matcher(text);
		while (m.find()) {
			String weeks = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			double value = Double.parseDouble(weeks);
			if (value >= 4 && value <= 42) {
				hits.add(new Hit(Kind.WEEKS_PREGNANT, value, offset + m.start(), offset + m.end()));
			}
		}
		m = BARE_WEEKS.matcher(text);
		if (m.find() && Double.parseDouble(m.group(1)) >= 20 && Double.parseDouble(m.group(1)) <= 42) {
			hits.add(new Hit(Kind.WEEKS_PREGNANT, Double.parseDouble(m.group(1)), offset + m.start(), offset + m.end()));
		}
		m = ago.matcher(text);
		while (m.find()) {
			if (!overlaps(hits, offset + m.start(), offset + m.end())) {
				hits.add(new Hit(Kind.DAYS_AGO, days(m.group(1), m.group(2)), offset + m.start(), offset + m.end()));
			}
		}
		m = WHEN_YOUNG.matcher(text);
		while (m.find()) {
			hits.add(new Hit(Kind.DAYS_AGO, 3650, offset + m.start(), offset + m.end()));
		}
		m = IN_YEAR.matcher(text);
		int thisYear = java.time.Year.now().getValue();
		while (m.find()) {
			int year = Integer.parseInt(m.group(1));
			if (year < thisYear) {
				hits.add(new Hit(Kind.DAYS_AGO, (thisYear - year) * 365.0, offset + m.start(), offset + m.end()));
			}
		}
		m = LAST.matcher(text);
		while (m.find()) {
			String when = m.group(1);
			double days = when.contains("month") ? 30 : when.contains("week") ? 7 : when.startsWith("on ") ? 3 : 1;
			hits.add(new Hit(Kind.DAYS_AGO, days, offset + m.start(), offset + m.end()));
		}
		m = goingOn.matcher(text);
		while (m.find()) {
			if (!overlaps(hits, offset + m.start(), offset + m.end())) {
				hits.add(new Hit(Kind.DAYS_GOING_ON, days(m.group(1), m.group(2)), offset + m.start(), offset + m.end()));
			}
		}
		m = PAST.matcher(text);
		while (m.find()) {
			String span = m.group(1);
			double days = span.equals("few days") ? 4 : span.equals("week") ? 7 : span.contains("month") ? (span.contains("couple") ? 60 : 30) : span.equals("fortnight") || span.contains("couple") ? 14 : 21;
			hits.add(new Hit(Kind.DAYS_GOING_ON, days, offset + m.start(), offset + m.end()));
		}
	}

	private double days(String count, String unit) {
		double n = word(count);
		return unit.startsWith("d") ? n : unit.startsWith("w") ? n * 7 : unit.startsWith("m") ? n * 30.4 : n * 365;
	}

	List<Hit> read(String sentence, int offset) {
		String text = lowerKeepingLength(sentence);
		List<Hit> hits = new ArrayList<>();
		bloodPressures(text, offset, hits);
		Matcher m = SEVERITY.matcher(text);
		while (m.find()) {
			double value = Double.parseDouble(m.group(1));
			if (value <= 10 && !overlaps(hits, offset + m.start(), offset + m.end())) {
				hits.add(new Hit(Kind.SEVERITY, value, offset + m.start(), offset + m.end()));
			}
		}
		m = perPeriod.matcher(text);
		while (m.find()) {
			double value = range(m.group(1), m.group(2));
			double perMonth = m.group(3).startsWith("w") ? Math.round(value * 4.3) : value;
			hits.add(new Hit(Kind.PER_MONTH, Math.min(perMonth, 31), offset + m.start(), offset + m.end()));
		}
		m = ofThem.matcher(text);
		while (m.find()) {
			if (!overlaps(hits, offset + m.start(), offset + m.end())) {
				hits.add(new Hit(Kind.PER_MONTH_OF_THEM, Math.min(range(m.group(1), m.group(2)), 31), offset + m.start(), offset + m.end()));
			}
		}
		m = everyDay.matcher(text);
		while (m.find()) {
			String phrase = m.group(1);
			double value = daysAMonth.get(phrase);
			if (!overlaps(hits, offset + m.start(), offset + m.end())) {
				hits.add(new Hit(Kind.PER_MONTH, value, offset + m.start(), offset + m.end()));
			}
		}
		m = hours.matcher(text);
		while (m.find()) {
			if (NOT_A_DURATION.matcher(text).region(Math.max(0, m.start() - 30), m.start()).useTransparentBounds(true).find()
					|| NOT_A_LENGTH_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
				continue;
			}
			double value = range(m.group(1), m.group(2));
			hits.add(new Hit(Kind.HOURS, m.group(3).startsWith("m") ? Math.round(value / 60 * 100) / 100.0 : value,
					offset + m.start(), offset + m.end()));
		}
		m = lastsDays.matcher(text);
		while (m.find()) {
			hits.add(new Hit(Kind.HOURS, range(m.group(1), m.group(2)) * 24, offset + m.start(), offset + m.end()));
		}
		m = ALL_DAY.matcher(text);
		while (m.find()) {
			String phrase = m.group(1) != null ? m.group(1) : m.group(2);
			hits.add(new Hit(Kind.HOURS, phrase.startsWith("all") || phrase.startsWith("the") ? 24 : 720,
					offset + m.start(), offset + m.end()));
		}
		m = PAST_YEAR.matcher(text);
		while (m.find()) {
			hits.add(new Hit(Kind.MONTHS, m.group(1).equals("year") ? 12 : m.group(1).contains("years") ? 24 : 3,
					offset + m.start(), offset + m.end()));
		}
		temperatures(text, offset, hits);
		times(text, offset, hits);
		m = AGE.matcher(text);
		while (m.find()) {
			String digits = m.group(1) != null ? m.group(1) : m.group(2);
			double value = Double.parseDouble(digits);
			if (value >= 1 && value <= 110) {
				hits.add(new Hit(Kind.AGE, value, offset + m.start(), offset + m.end()));
			}
		}
		m = duration.matcher(text);
		while (m.find()) {
			double value = word(m.group(1));
			String unit = m.group(2);
			double months = unit.startsWith("y") ? value * 12 : unit.startsWith("w") ? Math.round(value / 4.3 * 10) / 10.0 : value;
			hits.add(new Hit(Kind.MONTHS, months, offset + m.start(), offset + m.end()));
		}
		return hits;
	}

	/** Lower case char by char: "İ" lower-cases to two chars in Java's String rules, and offsets must not move. */
	private static String lowerKeepingLength(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	private static boolean overlaps(List<Hit> hits, int start, int end) {
		return hits.stream().anyMatch(h -> h.start() < end && start < h.end());
	}

	private double range(String low, String high) {
		return high == null ? word(low) : (word(low) + word(high)) / 2;
	}

	private double word(String number) {
		Double value = wordValues.get(number);
		return value != null ? value : Double.parseDouble(number);
	}

}
