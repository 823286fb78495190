package com.neckcheck.bench;

import java.util.List;

import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.dialog.ConversationState;
import com.neckcheck.dialog.DialogEngine;
import com.neckcheck.dialog.Reply;
import com.neckcheck.dialog.VisitorInput;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.knowledge.KnowledgeLoader;
import com.neckcheck.nlp.Extractors;
import com.neckcheck.screening.ScreeningModel;
import com.neckcheck.screening.ScreeningProperties;

/** The dialog engine and screening model built as the service builds them, and a visitor to walk them. */
final class Screenings {

	static final String STORY = "It starts at the base of my skull on the left and spreads to my eye, worse after "
			+ "hours at the computer, I take ibuprofen about 15 days a month";

	final Knowledge knowledge = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/");

	final ScreeningModel model = new ScreeningModel(knowledge.triage(), knowledge.patterns(), knowledge.likelihood(),
			knowledge.medication(), knowledge.catalogue(), knowledge.texts(), new ScreeningProperties("911", null));

	final DialogEngine engine = new DialogEngine(knowledge.script(), knowledge.lexicon(), model, knowledge.catalogue(),
			knowledge.texts(), "911", Extractors.shipped());

	/** A new conversation after the story, then {@code steps} questions answered as a visitor with nothing to report. */
	Walk walk(int steps) {
		ConversationState state = new ConversationState(knowledge.catalogue(), "NC-BENCH00000");
		engine.open(state);
		Reply.Ask ask = lastAsk(engine.handle(state, new VisitorInput.Typed(STORY)).replies());
		for (int i = 0; i < steps && ask != null; i++) {
			ask = lastAsk(engine.handle(state, negative(ask)).replies());
		}
		return new Walk(state, ask);
	}

	/** How many questions follow the story in this walk, to the summary. */
	int questionsAfterStory() {
		int steps = 0;
		while (walk(steps + 1).ask() != null) {
			steps++;
		}
		return steps + 1;
	}

	record Walk(ConversationState state, Reply.Ask ask) {
	}

	static Reply.Ask lastAsk(List<Reply> replies) {
		Reply.Ask ask = null;
		for (Reply reply : replies) {
			if (reply instanceof Reply.Say say && say.ask() != null) {
				ask = say.ask();
			}
		}
		return ask;
	}

	/** What a visitor with nothing to report picks (as the integration tests' scripted visitor does). */
	static VisitorInput negative(Reply.Ask ask) {
		switch (ask.kind()) {
			case "yesno":
				return VisitorInput.Picked.value("no");
			case "multi":
				boolean none = ask.options().stream().anyMatch(o -> o.value().equals("none"));
				return VisitorInput.Picked.values(none ? List.of("none") : List.of());
			case "text":
				return VisitorInput.Picked.value("skip");
			case "number":
			case "scale":
				return VisitorInput.Picked.number("q_age".equals(ask.question()) ? 40 : ask.min() == null ? 0 : ask.min());
			default:
				return VisitorInput.Picked.value(ask.options().get(0).value());
		}
	}

}
