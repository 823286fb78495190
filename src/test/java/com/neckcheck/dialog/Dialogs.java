package com.neckcheck.dialog;

import java.util.List;

import org.springframework.core.io.DefaultResourceLoader;

import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.knowledge.KnowledgeLoader;
import com.neckcheck.nlp.Extractors;
import com.neckcheck.screening.ScreeningModel;
import com.neckcheck.screening.ScreeningProperties;

/** The real dialog engine on the real dialogs/ and language pipeline, without a server, for logic tests. */
final class Dialogs {

	static final Knowledge KNOWLEDGE = KnowledgeLoader.load(new DefaultResourceLoader(), "file:dialogs/");

	static final DialogEngine ENGINE = new DialogEngine(KNOWLEDGE.script(), KNOWLEDGE.lexicon(),
			new ScreeningModel(KNOWLEDGE.triage(), KNOWLEDGE.patterns(), KNOWLEDGE.likelihood(), KNOWLEDGE.medication(),
					KNOWLEDGE.catalogue(), KNOWLEDGE.texts(), new ScreeningProperties("911", null)),
			KNOWLEDGE.catalogue(), KNOWLEDGE.texts(), "911", Extractors.shipped());

	private Dialogs() {
	}

	/** A conversation: open it, then feed it inputs; the last replies are kept. */
	static final class Chat {

		final ConversationState state = new ConversationState(KNOWLEDGE.catalogue(), "NC-TEST0000000");

		List<Reply> replies = ENGINE.open(state);

		Screener.Turn last;

		Chat say(String text) {
			last = ENGINE.handle(state, new VisitorInput.Typed(text));
			replies = last.replies();
			return this;
		}

		Chat pick(String... values) {
			last = ENGINE.handle(state, VisitorInput.Picked.values(List.of(values)));
			replies = last.replies();
			return this;
		}

		Chat number(double value) {
			last = ENGINE.handle(state, VisitorInput.Picked.number(value));
			replies = last.replies();
			return this;
		}

		String pending() {
			return state.pending();
		}

		/** The values of the options the last question showed (a paged checklist shows only its page). */
		List<String> shown() {
			return replies.stream()
				.filter(r -> r instanceof Reply.Say say && say.ask() != null)
				.map(r -> ((Reply.Say) r).ask())
				.reduce((first, second) -> second)
				.map(ask -> ask.options().stream().map(Reply.AskOption::value).toList())
				.orElse(List.of());
		}

		boolean ended() {
			return replies.stream().anyMatch(Reply.End.class::isInstance);
		}

		String said() {
			return String.join("\n", replies.stream().filter(Reply.Say.class::isInstance).map(r -> ((Reply.Say) r).text()).toList());
		}

	}

}
