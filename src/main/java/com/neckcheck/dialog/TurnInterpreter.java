package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingStatus;
import com.neckcheck.nlp.Mention;

/**
 * Decides what a visitor's message is, read against the question the screener waits on, before anything
 * is recorded: a plain answer to it, more of their story, a correction, a question to the screener, or
 * neither. Only a plain answer answers; story text is read for its findings and settles the pending
 * question only when it names that question's own finding plainly.
 *
 * <p>
 * A typed message is a plain answer when its first clause holds nothing but answer words (yes, no, not
 * sure, a number, an option's words, the question's own finding) and the neutral words of
 * dialogs/answers.yaml ({@code replyWords}). "Maybe twice a week" while a warning-sign question is shown is
 * story, not "not sure"; "no vomiting" is a finding, not a "no".
 */
final class TurnInterpreter {

	/** What a message is, against the pending question. */
	enum Kind {

		/** A plain answer: {@link Reading#answer()} holds what it establishes. */
		ANSWER,
		/** The pending question's own finding, named plainly in story text. */
		SETTLED_BY_STORY,
		/** More of the story: its findings are recorded and the pending question is shown again. */
		STORY,
		/**
		 * Reads like a reply but holds more than answer words, or hedges a warning sign, or contradicts
		 * itself: asked again plainly, with what was understood; {@link Reading#answer()} holds the best
		 * reading, taken if the visitor replies unclearly a second time.
		 */
		UNCLEAR,
		/** Opens like a correction and tells something new. */
		CORRECTION,
		/** A question to the screener. */
		QUESTION,
		/** Nothing that could be read. */
		UNREADABLE

	}

	record Reading(Kind kind, List<Finding> answer) {

		static Reading of(Kind kind) {
			return new Reading(kind, List.of());
		}

	}

	private static final Pattern CLAUSE_END = Pattern.compile("[,.;!?\\n]|\\s(?:but|though|although|however|and then)\\s",
			Pattern.CASE_INSENSITIVE);

	private final AnswerReader reader;

	private final AnswerLexicon lexicon;

	private final FindingCatalogue catalogue;

	TurnInterpreter(AnswerReader reader, AnswerLexicon lexicon, FindingCatalogue catalogue) {
		this.reader = reader;
		this.lexicon = lexicon;
		this.catalogue = catalogue;
	}

	Reading read(Question question, VisitorInput input, List<Mention> mentions, List<Finding> told, boolean correction) {
		Set<String> asked = askedFindings(question);
		if (input instanceof VisitorInput.Picked) {
			return reader.read(question, input).map(a -> new Reading(Kind.ANSWER, a)).orElse(Reading.of(Kind.UNREADABLE));
		}
		String text = ((VisitorInput.Typed) input).text();
		if (question.kind() == QuestionKind.TEXT) {
			return new Reading(Kind.ANSWER, List.of());
		}
		if (correction) {
			return Reading.of(Kind.CORRECTION);
		}
		int clauseEnd = firstClauseEnd(text);
		String clause = text.substring(0, clauseEnd);
		List<Mention> inClause = mentions.stream().filter(m -> m.start() < clauseEnd).toList();
		boolean foreignInClause = inClause.stream().anyMatch(m -> isForeign(m, asked, question));
		boolean plain = plainReply(question, clause, inClause, asked);
		if (!foreignInClause && plain) {
			Optional<List<Finding>> answer = fromOwnWords(question, told, asked).or(() -> reader.read(question,
					new VisitorInput.Typed(clause)));
			if (answer.isPresent()) {
				return checked(question, answer.get(), text, mentions, told, asked);
			}
		}
		if (lexicon.isQuestionToScreener(text) && !plain) {
			return Reading.of(Kind.QUESTION);
		}
		Optional<List<Finding>> settled = fromOwnWords(question, told, asked);
		if (settled.isPresent()) {
			boolean hedgedWarning = settled.get().stream()
				.anyMatch(f -> catalogue.isRedFlag(f.id()) && f.status() == FindingStatus.UNCERTAIN);
			if (hedgedWarning) {
				return new Reading(Kind.UNCLEAR, settled.get());
			}
			Reading reading = checked(question, settled.get(), text, mentions, told, asked);
			return reading.kind() == Kind.ANSWER ? new Reading(Kind.SETTLED_BY_STORY, settled.get()) : reading;
		}
		if (!foreignInClause && question.kind() != QuestionKind.MULTI) {
			Optional<List<Finding>> guess = reader.read(question, new VisitorInput.Typed(clause))
				.filter(g -> soundsLikeAReply(clause) || g.stream().allMatch(f -> f.status() == FindingStatus.UNCERTAIN));
			if (guess.isPresent()) {
				return new Reading(Kind.UNCLEAR, guess.get());
			}
		}
		return told.isEmpty() ? Reading.of(Kind.UNREADABLE) : Reading.of(Kind.STORY);
	}

	/**
	 * A plain answer to a warning-sign question is taken as it is, unless another clause of the same message
	 * hedges without naming anything else ("no, I suppose") or the words say the opposite of the answer.
	 */
	private Reading checked(Question question, List<Finding> answer, String text, List<Mention> mentions,
			List<Finding> told, Set<String> asked) {
		if (!catalogue.isRedFlag(question.finding()) || question.kind() != QuestionKind.YESNO) {
			return new Reading(Kind.ANSWER, answer);
		}
		FindingStatus given = answer.get(0).status();
		Optional<FindingStatus> replied = lexicon.yesNo(text.substring(0, firstClauseEnd(text)));
		boolean contradicted = told.stream().anyMatch(f -> asked.contains(f.id()) && f.status() != given)
				|| replied.filter(r -> r != given).isPresent();
		boolean hedged = given != FindingStatus.UNCERTAIN && hedgedElsewhere(question, text, mentions, asked);
		if (contradicted || hedged) {
			return new Reading(Kind.UNCLEAR, List.of(Finding.of(question.finding(), FindingStatus.UNCERTAIN)));
		}
		return new Reading(Kind.ANSWER, answer);
	}

	private boolean hedgedElsewhere(Question question, String text, List<Mention> mentions, Set<String> asked) {
		int from = 0;
		Matcher m = CLAUSE_END.matcher(text);
		List<int[]> clauses = new ArrayList<>();
		while (m.find()) {
			clauses.add(new int[] { from, m.start() });
			from = m.end();
		}
		clauses.add(new int[] { from, text.length() });
		for (int[] c : clauses.subList(1, clauses.size())) {
			boolean foreign = mentions.stream()
				.anyMatch(x -> x.start() >= c[0] && x.start() < c[1] && isForeign(x, asked, question));
			if (!foreign && lexicon.yesNo(text.substring(c[0], c[1])).filter(s -> s == FindingStatus.UNCERTAIN).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** The pending question's own findings as the words name them (not for an open question). */
	private Optional<List<Finding>> fromOwnWords(Question question, List<Finding> told, Set<String> asked) {
		if (question.kind() == QuestionKind.TEXT || question.kind() == QuestionKind.MULTI) {
			return Optional.empty();
		}
		List<Finding> own = told.stream().filter(f -> asked.contains(f.id())).toList();
		if (own.isEmpty() || (question.kind().numeric() && own.stream().noneMatch(f -> f.value() != null))) {
			return Optional.empty();
		}
		return Optional.of(own);
	}

	/**
	 * A mention that makes a message more than a reply to this question. A bare number the language
	 * pipeline filed under some measure ("every day" as headache days) is what a number question asks.
	 */
	private boolean isForeign(Mention mention, Set<String> asked, Question question) {
		String id = mention.finding().id();
		if (question.kind().numeric() && isBareNumber(mention)) {
			return false;
		}
		return !asked.contains(id) && !lexicon.neutralFindings().contains(id);
	}

	static boolean isBareNumber(Mention mention) {
		return mention.finding().value() != null && mention.finding().status() == FindingStatus.PRESENT;
	}

	/**
	 * Whether the first clause is nothing but a reply: answer words of the question's kind, the neutral
	 * reply words, and the words of the question's own finding.
	 */
	private boolean plainReply(Question question, String clause, List<Mention> inClause, Set<String> asked) {
		boolean deniesAnOption = question.kind() == QuestionKind.MULTI && inClause.stream()
			.anyMatch(m -> asked.contains(m.finding().id()) && m.finding().status() != FindingStatus.PRESENT);
		if (deniesAnOption) {
			// "no fever" to a checklist is a denial told as story, never a tick on fever
			return false;
		}
		// "Left side mostly, throbbing": beside a warning question a side or a place is story, and "mostly" no yes
		boolean warning = catalogue.isRedFlag(question.finding());
		String[] words = AnswerLexicon.words(blankOut(question, clause, warning ? inClause.stream()
			.filter(m -> !lexicon.neutralFindings().contains(m.finding().id()))
			.toList() : inClause, asked));
		if (words.length == 0) {
			return !inClause.isEmpty();
		}
		return switch (question.kind()) {
			case YESNO -> lexicon.yesNo(clause).isPresent() && lexicon.onlyReplyWords(words, Set.of());
			case NUMBER, SCALE -> lexicon.number(clause, question.unit()).isPresent()
					&& lexicon.onlyReplyWords(words, lexicon.numberVocabulary(question.unit()));
			case CHOICE, MULTI -> lexicon.onlyReplyWords(words, optionWords(question))
					|| (lexicon.yesNo(clause).isPresent() && lexicon.onlyReplyWords(words, Set.of()));
			case PAINMAP -> lexicon.onlyReplyWords(words, regionWords());
			case TEXT -> true;
		};
	}

	/**
	 * Whether a clause that is no plain reply may still be a hedged yes or no ("not the worst ever, I suppose"):
	 * it is short, or it opens with a reply word. "I have headaches since my twenties" or "is it normal that I
	 * always get it on Sundays" is story or a question, whatever reply words ("I have", "always") it holds; a
	 * long clause that reads as unsure ("hmm not really sure to be honest") is still heard as unsure.
	 */
	private boolean soundsLikeAReply(String clause) {
		String[] words = AnswerLexicon.words(clause);
		return words.length > 0 && (words.length <= SHORT_REPLY_WORDS || lexicon.yesNo(words[0]).isPresent());
	}

	private static final int SHORT_REPLY_WORDS = 4;

	/** The clause with the words of the question's own (and neutral) findings blanked out. */
	private String blankOut(Question question, String clause, List<Mention> inClause, Set<String> asked) {
		char[] chars = clause.toCharArray();
		for (Mention m : inClause) {
			if (asked.contains(m.finding().id()) || lexicon.neutralFindings().contains(m.finding().id())
					|| (question.kind().numeric() && isBareNumber(m))) {
				for (int k = m.start(); k < Math.min(m.end(), chars.length); k++) {
					chars[k] = ' ';
				}
			}
		}
		return new String(chars);
	}

	private static Set<String> optionWords(Question question) {
		Set<String> words = new HashSet<>();
		for (Option option : question.options()) {
			words.addAll(List.of(AnswerLexicon.words(option.label())));
			words.addAll(List.of(AnswerLexicon.words(option.value().replace('_', ' '))));
		}
		words.addAll(List.of("none", "these", "neither", "both", "all", "first", "second", "last", "option"));
		return words;
	}

	private Set<String> regionWords() {
		Set<String> words = new HashSet<>();
		catalogue.regions().forEach((id, label) -> {
			words.addAll(List.of(AnswerLexicon.words(label)));
			words.addAll(List.of(AnswerLexicon.words(id.replace('_', ' '))));
		});
		words.addAll(List.of("left", "right", "side", "both", "sides", "my", "head", "and", "in", "on", "at"));
		return words;
	}

	private static int firstClauseEnd(String text) {
		Matcher m = CLAUSE_END.matcher(text);
		while (m.find()) {
			if (m.start() > 0 && !text.substring(0, m.start()).isBlank()) {
				return m.start();
			}
		}
		return text.length();
	}

	static Set<String> askedFindings(Question question) {
		Set<String> ids = new HashSet<>(question.optionFindings());
		ids.add(question.finding());
		question.options().forEach(option -> ids.addAll(option.sets().keySet()));
		return ids;
	}

}
