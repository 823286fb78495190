package com.neckcheck.chat;

import java.util.List;
import java.util.Optional;

import com.neckcheck.dialog.ConversationState;
import com.neckcheck.dialog.Option;
import com.neckcheck.dialog.Question;
import com.neckcheck.dialog.Reply;
import com.neckcheck.dialog.Screener;
import com.neckcheck.dialog.VisitorInput;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.knowledge.Knowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs synthetic screenings through the dialog engine, the language pipeline and the frame reader before the
 * service reports itself ready (Spring Boot turns readiness UP after its runners), so that the first real
 * visitors meet compiled code, not the interpreter. Nothing is stored and nothing is sent.
 */
@Component
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	/** How people open: a story in their own words, hedged or plain, or a skip. */
	private static final List<String> STORIES = List.of(
			"It starts at the base of my skull on the left and goes up behind my eye, worse at the computer, most days.",
			"Throbbing on the right side with nausea and light bothering me, maybe 6 days a month, I take ibuprofen.",
			"A tight band around my head on both sides in the afternoons, I'm 42, no fever.",
			"not sure really, my neck is stiff in the mornings and the headache comes after");

	/** What a screening's last run did, for the log and for tests. */
	record Run(int screenings, int turns, long millis) {
	}

	private final Screener screener;

	private final Knowledge knowledge;

	private final ChatFrames frames;

	private final WarmUpProperties properties;

	private volatile Run last = new Run(0, 0, 0);

	WarmUp(Screener screener, Knowledge knowledge, ChatFrames frames, WarmUpProperties properties) {
		this.screener = screener;
		this.knowledge = knowledge;
		this.frames = frames;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.duration().isZero()) {
			return;
		}
		long start = System.nanoTime();
		long until = start + properties.duration().toNanos();
		int screenings = 0;
		int turns = 0;
		while (System.nanoTime() < until) {
			turns += screening(knowledge.catalogue(), screenings++);
		}
		last = new Run(screenings, turns, (System.nanoTime() - start) / 1_000_000);
		log.info("Warmed up before ready: {} synthetic screenings, {} turns in {} ms", last.screenings(), last.turns(),
				last.millis());
	}

	Run last() {
		return last;
	}

	/** One screening to its end (or 60 turns), answered as a visitor with little to report would. */
	private int screening(FindingCatalogue catalogue, int n) {
		ConversationState state = new ConversationState(catalogue, "NC-WARMUP" + (n % 10));
		screener.open(state);
		int turns = 0;
		while (state.pending() != null && !state.finished() && turns < 60) {
			Question question = knowledge.script().question(state.pending());
			VisitorInput input = answer(question, n, turns);
			// the frame reader too: a visitor's turn arrives as JSON
			frames.parse(input instanceof VisitorInput.Typed typed
					? "{\"type\":\"text\",\"id\":\"w" + turns + "\",\"text\":\"" + typed.text().replace("\"", "'") + "\"}"
					: "{\"type\":\"ping\"}");
			List<Reply> replies = screener.handle(state, input).replies();
			turns++;
			if (replies.isEmpty()) {
				break;
			}
		}
		return turns;
	}

	private static VisitorInput answer(Question question, int n, int turn) {
		return switch (question.kind()) {
			case TEXT -> new VisitorInput.Typed(STORIES.get(n % STORIES.size()));
			case YESNO -> turn % 7 == 3 ? new VisitorInput.Typed("no I don't think so") : VisitorInput.Picked.values(List.of("no"));
			case NUMBER, SCALE -> VisitorInput.Picked.number(Math.min(question.max() == null ? 5 : question.max(), 5 + n % 10));
			case PAINMAP -> VisitorInput.Picked.values(List.of("occiput", "base_of_skull"));
			case CHOICE -> VisitorInput.Picked.values(List.of(question.options().get(n % question.options().size()).value()));
			case MULTI -> VisitorInput.Picked.values(List.of(none(question).orElse(question.options().get(0).value())));
		};
	}

	private static Optional<String> none(Question question) {
		return question.options().stream().filter(Option::exclusive).map(Option::value).findFirst();
	}

}
