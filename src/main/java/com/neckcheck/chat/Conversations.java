package com.neckcheck.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.neckcheck.dialog.ConversationState;
import com.neckcheck.dialog.Screener;
import com.neckcheck.dialog.VisitorInput;
import com.neckcheck.dialog.Reply;
import com.neckcheck.finding.FindingCatalogue;
import com.neckcheck.knowledge.Knowledge;
import com.neckcheck.screening.ScreeningProperties;
import com.neckcheck.screening.Summary;
import com.neckcheck.transcript.Conversation;
import com.neckcheck.transcript.ConversationGoneException;
import com.neckcheck.transcript.Entry;
import com.neckcheck.transcript.Outcome;
import com.neckcheck.transcript.StaleConversationException;
import com.neckcheck.transcript.TranscriptStore;

/**
 * The life of a conversation: start, resume, and each visitor message. A visitor message is stored before
 * it is acknowledged, and every reply is stored before it is sent, so an acknowledged message is never
 * lost and a resumed client can be given everything again. A conversation not held in memory is rebuilt by
 * replaying its stored visitor entries through the dialog engine, so any node can serve it.
 *
 * <p>
 * A message the engine fails on is kept, marked unreadable and skipped from then on, so that one bad turn
 * never breaks the conversation for good: the visitor hears the emergency reminder and the question again.
 */
@Service
class Conversations {

	private static final Logger log = LoggerFactory.getLogger(Conversations.class);

	/** A turn stores at most a few replies, so the prompt of the last turn lies within this many entries. */
	private static final int RECENT_ENTRIES = 10;

	private final TranscriptStore store;

	private final Screener engine;

	private final FindingCatalogue catalogue;

	private final ServerMessages messages;

	private final ChatFrames frames;

	private final Clock clock;

	private final Tokens tokens = new Tokens();

	private final Cache<String, LiveConversation> hot;

	private final ChatMetrics metrics;

	private final ApplicationEventPublisher events;

	private final ChatLimits limits;

	private final ChatProperties properties;

	private final String emergencyReminder;

	Conversations(TranscriptStore store, Screener engine, Knowledge knowledge, ServerMessages messages,
			ChatFrames frames, Clock clock, ChatProperties properties, ChatMetrics metrics, ChatLimits limits,
			ScreeningProperties screening, ApplicationEventPublisher events) {
		this.events = events;
		this.metrics = metrics;
		this.limits = limits;
		this.properties = properties;
		this.emergencyReminder = knowledge.texts().get("emergencyReminder", "number", screening.emergencyNumber());
		this.store = store;
		this.engine = engine;
		this.catalogue = knowledge.catalogue();
		this.messages = messages;
		this.frames = frames;
		this.clock = clock;
		this.hot = Caffeine.newBuilder()
			.maximumSize(properties.hotConversations())
			.expireAfterAccess(properties.hotFor())
			.evictionListener((String id, LiveConversation live, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
				if (live != null && !live.state().finished() && cause == com.github.benmanes.caffeine.cache.RemovalCause.EXPIRED) {
					metrics.conversationAbandoned();
				}
			})
			.build();
	}

	void start(ChatSocket socket, ClientMessage.Start start) {
		if (!siteKeyAccepted(socket, start.key())) {
			socket.send(messages.error("forbidden",
					"This page is not set up for the NeckCheck chat (a missing or unknown widget key).", null));
			return;
		}
		if (start.resume() != null) {
			resume(socket, start.resume(), start.after());
			return;
		}
		if (!limits.allowNewConversation(socket.address())) {
			metrics.rateLimited();
			socket.send(messages.error("rate_limited",
					"Many conversations were started from your network just now. Please wait a minute and try again. "
							+ emergencyReminder,
					null));
			return;
		}
		String token = tokens.newToken();
		String reference = tokens.newBookingReference();
		Conversation conversation = store.create(UUID.randomUUID().toString(), Tokens.hash(token), reference,
				start.lang(), clock.instant());
		LiveConversation live = new LiveConversation(conversation.id(),
				new ConversationState(catalogue, reference), 0, List.of());
		hot.put(live.id(), live);
		metrics.conversationStarted();
		synchronized (live) {
			socket.bind(live.id());
			socket.send(messages.session(token, live.id(), false));
			storeAndSend(socket, live, engine.open(live.state()));
		}
		log.info("Conversation {} started on socket {}", live.id(), socket.id());
	}

	private void resume(ChatSocket socket, String token, Integer after) {
		Optional<Conversation> conversation = store.findByTokenHash(Tokens.hash(token));
		if (conversation.isEmpty()) {
			socket.send(messages.error("unknown_session",
					"That conversation is not known here (it may have been deleted). Send 'start' without 'resume' to begin a new one.",
					null));
			return;
		}
		// Another node may have served this visitor since this node last did: start from the transcript.
		hot.invalidate(conversation.get().id());
		LiveConversation live = live(conversation.get());
		synchronized (live) {
			socket.bind(live.id());
			socket.send(messages.session(token, live.id(), true));
			List<Entry> replayed = after == null ? List.of() : store.entriesAfter(live.id(), after);
			for (Entry entry : replayed) {
				socket.send(entry.speaker() == Entry.Speaker.VISITOR ? messages.replayedVisitor(entry)
						: messages.frame(entry));
			}
			int sentFrom = after == null ? live.lastSeq() + 1 : after + 1;
			storeAndSend(socket, live, live.takeUnstored());
			resendLatestPrompt(socket, live, sentFrom);
		}
		log.info("Conversation {} resumed on socket {}", live.id(), socket.id());
	}

	/**
	 * Makes sure a returning visitor sees what the screener waits for: the stored question it is pending on
	 * (or the summary) is sent again unless this resume already sent it (seq at or after {@code sentFrom});
	 * a pending question that was never stored is stored and sent now.
	 */
	private void resendLatestPrompt(ChatSocket socket, LiveConversation live, int sentFrom) {
		List<Entry> recent = store.entriesAfter(live.id(), Math.max(0, live.lastSeq() - RECENT_ENTRIES));
		String pending = live.state().pending();
		for (int i = recent.size() - 1; i >= 0; i--) {
			Entry entry = recent.get(i);
			if (entry.speaker() == Entry.Speaker.VISITOR) {
				break;
			}
			boolean prompt = live.state().finished() ? entry.kind() == Entry.Kind.SUMMARY
					: pending != null && pending.equals(entry.question());
			if (prompt) {
				if (entry.seq() < sentFrom) {
					socket.send(messages.frame(entry));
				}
				return;
			}
		}
		engine.pendingQuestion(live.state()).ifPresent(ask -> storeAndSend(socket, live, List.of(ask)));
	}

	void answer(ChatSocket socket, ClientMessage.Answer answer) {
		String conversationId = socket.conversationId();
		if (conversationId == null) {
			socket.send(messages.error("bad_request", "send 'start' before answering", answer.id()));
			return;
		}
		if (!limits.allowMessage(conversationId)) {
			metrics.rateLimited();
			// A refused message may have named a warning sign: the reminder goes with the refusal.
			socket.send(messages.error("rate_limited",
					"You're sending messages faster than I can read them. Please wait a moment and send that again. "
							+ emergencyReminder,
					answer.id()));
			return;
		}
		try {
			answerOnce(socket, answer, conversationId);
		}
		catch (StaleConversationException stale) {
			hot.invalidate(conversationId);
			log.info("Conversation {} moved on elsewhere; rebuilt from the transcript", conversationId);
			answerOnce(socket, answer, conversationId);
		}
		catch (ConversationGoneException gone) {
			hot.invalidate(conversationId);
			log.info("Conversation {} was erased while open", conversationId);
			socket.send(messages.error("unknown_session", "this conversation no longer exists", answer.id()));
		}
	}

	private void answerOnce(ChatSocket socket, ClientMessage.Answer answer, String conversationId) {
		LiveConversation live = hot.getIfPresent(conversationId);
		if (live == null) {
			live = store.findById(conversationId).map(this::live).orElse(null);
			if (live == null) {
				socket.send(messages.error("unknown_session", "this conversation no longer exists", answer.id()));
				return;
			}
		}
		synchronized (live) {
			storeAndSend(socket, live, live.takeUnstored());
			if (limits.tooLong(live.lastSeq())) {
				// The reminder goes with it: a visitor who cannot be heard any more must still know when to call.
				socket.send(messages.error("too_long", "This conversation has reached its length limit, so I can't take "
						+ "more messages in it. The clinic can see everything you wrote. " + emergencyReminder, answer.id()));
				return;
			}
			Optional<Integer> earlier = live.storedSeq(answer.id());
			if (earlier.isPresent()) {
				socket.send(messages.ack(answer.id(), earlier.get()));
				return;
			}
			int seq = live.lastSeq() + 1;
			Entry said = Entry.visitor(seq, clock.instant(), Entry.Kind.fromWire(answer.type()), answer.id(),
					answer.input() instanceof VisitorInput.Typed typed && answer.value() == null ? typed.text() : null,
					answer.value());
			try {
				takeTurn(socket, live, answer, said);
			}
			catch (RuntimeException ex) {
				// the engine may have moved on before the store refused: the transcript is the truth
				hot.invalidate(live.id());
				throw ex;
			}
		}
	}

	/**
	 * Reads the message, then stores it, what was noted in it and the replies in one write before anything
	 * is sent: the acknowledgement still follows the store, and a turn waits for one commit instead of two.
	 */
	private void takeTurn(ChatSocket socket, LiveConversation live, ClientMessage.Answer answer, Entry said) {
		Screener.Turn turn;
		try {
			turn = engine.handle(live.state(), answer.input());
		}
		catch (RuntimeException ex) {
			unreadable(socket, live, answer, said, ex);
			return;
		}
		List<Entry> replies = replyEntries(turn.replies(), said.seq());
		Summary summary = summaryOf(turn.replies());
		String noted = turn.noted().isEmpty() ? null : messages.findings(turn.noted());
		TranscriptStore.Appended appended = store.appendTurn(live.id(), said, noted, replies,
				summary == null ? null : outcome(summary));
		if (appended.duplicate()) {
			// another socket stored this message first and answered it there
			hot.invalidate(live.id());
			socket.send(messages.ack(answer.id(), appended.seq()));
			return;
		}
		live.stored(said.seq() + replies.size());
		live.storedVisitor(said.clientId(), said.seq());
		socket.send(messages.ack(answer.id(), said.seq()));
		socket.send(messages.noted(answer.id(), turn.noted()));
		completed(live, summary);
		replies.forEach(entry -> socket.send(messages.freshFrame(entry)));
	}

	/**
	 * What the visitor wrote is kept and acknowledged even when the engine could not read it, marked so that
	 * a rebuild skips it; the state the failed turn may have half changed is rebuilt from the transcript, and
	 * the visitor gets the emergency reminder (the message may have named a warning sign) and the question.
	 */
	private void unreadable(ChatSocket socket, LiveConversation live, ClientMessage.Answer answer, Entry said,
			RuntimeException ex) {
		Entry kept = said.unreadable();
		store.appendTurn(live.id(), kept, null, List.of(), null);
		socket.send(messages.ack(answer.id(), said.seq()));
		metrics.turnUnreadable();
		// the class and where, never the message: an exception's message may quote what the visitor typed
		log.warn("Conversation {}: the dialog engine failed on entry {} ({} at {}); kept it as unreadable and went on",
				live.id(), said.seq(), ex.getClass().getName(), ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "?");
		hot.invalidate(live.id());
		socket.send(messages.error("internal", "Sorry, something went wrong on our side reading that message. "
				+ emergencyReminder, answer.id()));
		store.findById(live.id()).map(this::live).ifPresent(fresh -> {
			synchronized (fresh) {
				engine.pendingQuestion(fresh.state()).ifPresent(ask -> storeAndSend(socket, fresh, List.of(ask)));
			}
		});
	}

	/** Without configured widget keys every page may start; with them, only a known key from its own origin. */
	private boolean siteKeyAccepted(ChatSocket socket, String key) {
		if (properties.widgetKeys().isEmpty()) {
			return true;
		}
		return key != null && properties.widgetKeys()
			.stream()
			.anyMatch(known -> java.security.MessageDigest.isEqual(known.key().getBytes(java.nio.charset.StandardCharsets.UTF_8),
					key.getBytes(java.nio.charset.StandardCharsets.UTF_8))
					&& (known.origin() == null || known.origin().isBlank() || known.origin().equals(socket.origin())));
	}

	/**
	 * The conversation from memory, or rebuilt from the transcript outside the cache (a database read inside a
	 * Caffeine compute would block every other key of its bin), then put unless another thread was first.
	 */
	private LiveConversation live(Conversation conversation) {
		LiveConversation cached = hot.getIfPresent(conversation.id());
		if (cached != null) {
			return cached;
		}
		LiveConversation rebuilt = rebuild(conversation);
		LiveConversation first = hot.asMap().putIfAbsent(conversation.id(), rebuilt);
		return first != null ? first : rebuilt;
	}

	/**
	 * Replays the stored visitor entries through the engine. Replies to the last visitor entry that were
	 * never stored (the node died in between) are kept, to be stored and sent on the next contact.
	 */
	private LiveConversation rebuild(Conversation conversation) {
		ConversationState state = new ConversationState(catalogue, conversation.bookingReference());
		List<Reply> unstored = engine.open(state);
		int lastSeq = 0;
		Map<String, Integer> clientIds = new HashMap<>();
		for (Entry entry : store.entries(conversation.id())) {
			lastSeq = entry.seq();
			if (entry.speaker() == Entry.Speaker.VISITOR && entry.clientId() != null) {
				clientIds.put(entry.clientId(), entry.seq());
			}
			if (entry.speaker() == Entry.Speaker.BOT && entry.question() != null) {
				// the page of a long checklist as the visitor saw it, even if dialogs/ changed since
				engine.shown(state, entry.question(), frames.askedOptions(entry));
			}
			unstored = entry.speaker() == Entry.Speaker.VISITOR && entry.kind() != Entry.Kind.UNREADABLE
					? replay(conversation, entry, state) : List.of();
		}
		log.debug("Conversation {} rebuilt from {} entries", conversation.id(), lastSeq);
		LiveConversation live = new LiveConversation(conversation.id(), state, lastSeq, unstored);
		clientIds.forEach(live::storedVisitor);
		return live;
	}

	/** One stored visitor entry through the engine; one it fails on is skipped, not fatal to the rest. */
	private List<Reply> replay(Conversation conversation, Entry entry, ConversationState state) {
		try {
			return engine.handle(state, frames.stored(entry).input()).replies();
		}
		catch (RuntimeException ex) {
			metrics.turnUnreadable();
			log.warn("Conversation {}: the dialog engine failed replaying entry {} ({}); skipped it", conversation.id(),
					entry.seq(), ex.getClass().getName());
			return List.of();
		}
	}

	private void storeAndSend(ChatSocket socket, LiveConversation live, List<Reply> replies) {
		if (replies.isEmpty()) {
			return;
		}
		List<Entry> entries = replyEntries(replies, live.lastSeq());
		Summary summary = summaryOf(replies);
		if (summary == null) {
			store.appendAll(live.id(), entries);
		}
		else {
			store.complete(live.id(), entries, outcome(summary));
		}
		live.stored(live.lastSeq() + entries.size());
		completed(live, summary);
		entries.forEach(entry -> socket.send(messages.freshFrame(entry)));
	}

	/** The replies as transcript entries, numbered on from {@code afterSeq}. */
	private List<Entry> replyEntries(List<Reply> replies, int afterSeq) {
		List<Entry> entries = new ArrayList<>(replies.size());
		int seq = afterSeq;
		for (Reply reply : replies) {
			seq++;
			entries.add(reply instanceof Reply.End end
					? Entry.bot(seq, clock.instant(), Entry.Kind.SUMMARY, end.summary().advice().heading(), null,
							messages.detail(reply))
					: Entry.bot(seq, clock.instant(), Entry.Kind.BOT, ((Reply.Say) reply).text(),
							((Reply.Say) reply).ask() == null ? null : ((Reply.Say) reply).ask().question(),
							messages.detail(reply)));
		}
		return entries;
	}

	private static Summary summaryOf(List<Reply> replies) {
		return replies.stream()
			.filter(Reply.End.class::isInstance)
			.map(end -> ((Reply.End) end).summary())
			.findFirst()
			.orElse(null);
	}

	private void completed(LiveConversation live, Summary summary) {
		if (summary != null) {
			events.publishEvent(new ConversationCompleted(live.id(), summary));
			log.info("Conversation {} completed", live.id());
		}
	}

	private static Outcome outcome(Summary summary) {
		return new Outcome(summary.triage(), summary.pattern(), summary.neck().band(), summary.neck().probability(),
				summary.medicationOveruse(), summary.redFlags().stream().map(Summary.RedFlag::finding).toList());
	}

}
