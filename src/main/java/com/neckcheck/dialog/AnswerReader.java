package com.neckcheck.dialog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.neckcheck.finding.Finding;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.finding.FindingCatalogue.Carries;
import com.neckcheck.finding.FindingStatus;

/**
 * Reads a visitor's input against the pending question and says which findings it establishes. An empty
 * result means the input does not answer the question, and the question is asked again.
 */
final class AnswerReader {

	private final AnswerLexicon lexicon;

	private final FindingCatalogue catalogue;

	AnswerReader(AnswerLexicon lexicon, FindingCatalogue catalogue) {
		this.lexicon = lexicon;
		this.catalogue = catalogue;
	}

	Optional<List<Finding>> read(Question question, VisitorInput input) {
		return switch (question.kind()) {
			case YESNO -> yesNo(question, input);
			case CHOICE -> choice(question, input);
			case MULTI -> multi(question, input);
			case SCALE, NUMBER -> number(question, input);
			case PAINMAP -> painMap(question, input);
			case TEXT -> Optional.of(List.of());
		};
	}

	private Optional<List<Finding>> yesNo(Question question, VisitorInput input) {
		Optional<FindingStatus> status = (input instanceof VisitorInput.Typed typed) ? lexicon.yesNo(typed.text())
				: single((VisitorInput.Picked) input).flatMap(AnswerReader::yesNoValue);
		return status.map(s -> List.of(Finding.of(question.finding(), s)));
	}

	private static Optional<FindingStatus> yesNoValue(String value) {
		return switch (value) {
			case "yes" -> Optional.of(FindingStatus.PRESENT);
			case "no" -> Optional.of(FindingStatus.ABSENT);
			case "unsure" -> Optional.of(FindingStatus.UNCERTAIN);
			default -> Optional.empty();
		};
	}

	private Optional<List<Finding>> choice(Question question, VisitorInput input) {
		Optional<Option> option;
		if (input instanceof VisitorInput.Typed typed) {
			List<Option> named = typedOptions(question, typed.text());
			option = named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
		}
		else {
			option = single((VisitorInput.Picked) input).flatMap(question::option);
		}
		if (option.isPresent()) {
			return Optional.of(chosen(question, option.get()));
		}
		return unsure(question, input);
	}

	private List<Finding> chosen(Question question, Option option) {
		List<Finding> findings = new ArrayList<>();
		if (!option.sets().containsKey(question.finding())) {
			boolean side = catalogue.carries(question.finding(), Carries.SIDE)
					&& FindingCatalogue.SIDES.contains(option.value());
			findings.add(new Finding(question.finding(), FindingStatus.PRESENT, side ? option.value() : null, null,
					null, side ? null : List.of(option.value())));
		}
		option.sets().forEach((id, status) -> findings.add(Finding.of(id, status)));
		return findings;
	}

	private Optional<List<Finding>> multi(Question question, VisitorInput input) {
		List<Option> picked;
		if (input instanceof VisitorInput.Picked p) {
			picked = new ArrayList<>();
			for (String value : new LinkedHashSet<>(p.values())) {
				Optional<Option> option = question.option(value);
				if (option.isEmpty()) {
					return Optional.empty();
				}
				picked.add(option.get());
			}
		}
		else {
			String text = ((VisitorInput.Typed) input).text();
			picked = typedOptions(question, text);
			if (picked.isEmpty() && lexicon.yesNo(text).filter(s -> s == FindingStatus.ABSENT).isPresent()) {
				picked = question.options().stream().filter(Option::exclusive).toList();
			}
		}
		boolean exclusive = picked.stream().anyMatch(Option::exclusive);
		boolean notSure = picked.stream().anyMatch(o -> UNSURE.equals(o.value()));
		if (notSure && picked.size() == 1) {
			// "I'm not sure about one of these": every item is then asked on its own
			return Optional.of(allUncertain(question));
		}
		if (picked.isEmpty() || (exclusive && picked.size() > 1)) {
			return unsureForAll(question, input);
		}
		List<Finding> findings = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (Option option : question.options()) {
			boolean chosen = picked.contains(option);
			if (option.finding() != null) {
				// ticked with "not sure about one of these": what was not ticked is not denied, only unsettled
				findings.add(Finding.of(option.finding(), chosen ? FindingStatus.PRESENT
						: notSure ? FindingStatus.UNCERTAIN : FindingStatus.ABSENT));
			}
			else if (chosen && !option.exclusive() && !UNSURE.equals(option.value())) {
				items.add(option.value());
			}
			if (chosen) {
				option.sets().forEach((id, status) -> findings.add(Finding.of(id, status)));
			}
		}
		if (findings.stream().noneMatch(f -> f.id().equals(question.finding()))) {
			findings.add(0, new Finding(question.finding(), items.isEmpty() ? FindingStatus.ABSENT : FindingStatus.PRESENT,
					null, null, null, items));
		}
		return Optional.of(findings);
	}

	private Optional<List<Finding>> unsureForAll(Question question, VisitorInput input) {
		return isUnsure(input) ? Optional.of(allUncertain(question)) : Optional.empty();
	}

	/**
	 * The value of a checklist's option by which a visitor says they are not sure about an item: alone, every
	 * item is asked on its own; with ticks, the items not ticked are.
	 */
	static final String UNSURE = "unsure";

	private static List<Finding> allUncertain(Question question) {
		List<Finding> findings = new ArrayList<>();
		question.optionFindings().forEach(id -> findings.add(Finding.of(id, FindingStatus.UNCERTAIN)));
		if (findings.stream().noneMatch(f -> f.id().equals(question.finding()))) {
			findings.add(Finding.of(question.finding(), FindingStatus.UNCERTAIN));
		}
		return findings;
	}

	private Optional<List<Finding>> number(Question question, VisitorInput input) {
		Optional<Double> number;
		if (input instanceof VisitorInput.Typed typed) {
			number = lexicon.number(typed.text(), question.unit());
		}
		else {
			VisitorInput.Picked picked = (VisitorInput.Picked) input;
			number = Optional.ofNullable(picked.number())
				.or(() -> single(picked).flatMap(v -> lexicon.number(v, question.unit())));
		}
		if (number.isEmpty()) {
			return unsure(question, input);
		}
		double value = number.get();
		if ((question.min() != null && value < question.min()) || (question.max() != null && value > question.max())) {
			return Optional.empty();
		}
		return Optional.of(List.of(new Finding(question.finding(), FindingStatus.PRESENT, null, null, value, null)));
	}

	private Optional<List<Finding>> painMap(Question question, VisitorInput input) {
		Set<String> regions = new LinkedHashSet<>();
		if (input instanceof VisitorInput.Picked picked) {
			for (String value : picked.values()) {
				if (!catalogue.regions().containsKey(value)) {
					return Optional.empty();
				}
				regions.add(value);
			}
		}
		else {
			String text = " " + String.join(" ", AnswerLexicon.words(((VisitorInput.Typed) input).text())) + " ";
			for (Map.Entry<String, String> region : catalogue.regions().entrySet()) {
				if (text.contains(" " + region.getKey().replace('_', ' ') + " ")
						|| text.contains(" " + String.join(" ", AnswerLexicon.words(region.getValue())) + " ")) {
					regions.add(region.getKey());
				}
			}
		}
		if (regions.isEmpty()) {
			return unsure(question, input);
		}
		return Optional.of(List.of(new Finding(question.finding(), FindingStatus.PRESENT, null, List.copyOf(regions),
				null, null)));
	}

	/**
	 * Options whose value or label the typed words name. A warning sign is never picked by a fragment of its
	 * label ("headache" is in "a headache that hit suddenly"): typed words about a warning sign are read by
	 * the language pipeline, wherever they are said.
	 */
	private List<Option> typedOptions(Question question, String text) {
		String words = " " + String.join(" ", AnswerLexicon.words(text)) + " ";
		return question.options().stream().filter(option -> {
			String value = " " + option.value().replace('_', ' ') + " ";
			String label = " " + String.join(" ", AnswerLexicon.words(option.label())) + " ";
			boolean warningSign = option.finding() != null && catalogue.isRedFlag(option.finding());
			return words.contains(value) || (!warningSign && words.strip().length() > 2 && label.contains(words));
		}).toList();
	}

	private Optional<List<Finding>> unsure(Question question, VisitorInput input) {
		return isUnsure(input) ? Optional.of(List.of(Finding.of(question.finding(), FindingStatus.UNCERTAIN)))
				: Optional.empty();
	}

	private boolean isUnsure(VisitorInput input) {
		if (input instanceof VisitorInput.Typed typed) {
			return lexicon.yesNo(typed.text()).filter(s -> s == FindingStatus.UNCERTAIN).isPresent();
		}
		return single((VisitorInput.Picked) input).filter("unsure"::equals).isPresent();
	}

	private static Optional<String> single(VisitorInput.Picked picked) {
		return picked.values().size() == 1 ? Optional.of(picked.values().get(0)) : Optional.empty();
	}

}
