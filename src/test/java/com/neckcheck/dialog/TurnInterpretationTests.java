package com.neckcheck.dialog;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.neckcheck.finding.FindingStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a typed message is, against the question on screen: only a plain answer answers it; story text is
 * read for its findings and the question is shown again; a hedged warning sign is asked on its own.
 */
class TurnInterpretationTests {

	/**
	 * At a yes/no warning question: the single questions come after "not sure about one of these" on the
	 * first checklist, one at a time.
	 */
	private static Dialogs.Chat atQuestion(String id) {
		Dialogs.Chat chat = new Dialogs.Chat().pick("skip");
		String finding = Dialogs.KNOWLEDGE.script().question(id).finding();
		for (int i = 0; i < 60 && !id.equals(chat.pending()); i++) {
			Question pending = Dialogs.KNOWLEDGE.script().question(chat.pending());
			if (pending.kind() == QuestionKind.MULTI) {
				chat.pick(pending.optionFindings().contains(finding) ? "unsure" : "none");
			}
			else {
				chat.pick("no");
			}
		}
		assertThat(chat.pending()).isEqualTo(id);
		return chat;
	}

	/** After a story, with the warning-sign checklist on screen. */
	private static Dialogs.Chat atChecklist() {
		Dialogs.Chat chat = new Dialogs.Chat().say("I get headaches at the back of my head most afternoons");
		assertThat(chat.pending()).isEqualTo("q_signs_now");
		return chat;
	}

	private static FindingStatus status(Dialogs.Chat chat, String finding) {
		return chat.state.findings().get(finding).map(f -> f.status()).orElse(null);
	}

	@Test
	void aPickedYesAnswersAWarningQuestion() {
		Dialogs.Chat chat = atQuestion("q_thunderclap").pick("yes");
		assertThat(chat.ended()).isTrue();
		assertThat(status(chat, "thunderclap")).isEqualTo(FindingStatus.PRESENT);
	}

	@Test
	void plainTypedRepliesAnswer() {
		assertThat(status(atQuestion("q_thunderclap").say("nope, never had anything like that"), "thunderclap"))
			.isEqualTo(FindingStatus.ABSENT);
		assertThat(status(atQuestion("q_thunderclap").say("yes"), "thunderclap")).isEqualTo(FindingStatus.PRESENT);
		assertThat(status(atQuestion("q_fever").say("I don't think so"), "fever")).isEqualTo(FindingStatus.ABSENT);
		assertThat(atChecklist().say("none of these").pending()).isEqualTo("q_signs_recent");
	}

	@Test
	void hedgedStoryTextWhileTheChecklistIsShownAnswersNothing() {
		for (String story : new String[] { "maybe twice a week", "kinda comes in waves", "I think it's my neck",
				"probably my pillow tbh", "it's on the right side mostly", "no vomiting but I feel a bit queasy" }) {
			Dialogs.Chat chat = atChecklist().say(story);
			assertThat(chat.pending()).as(story).isEqualTo("q_signs_now");
			for (String flag : new String[] { "thunderclap", "neuro_deficit", "confusion", "vision_change", "horner_signs",
					"painful_red_eye", "fever" }) {
				assertThat(status(chat, flag)).as(story + ": " + flag).isNull();
			}
		}
	}

	@Test
	void storyTextWhileAWarningQuestionIsShownDoesNotAnswerIt() {
		Dialogs.Chat chat = atQuestion("q_horner_signs").say("no vomiting, and it sits on the right side");
		assertThat(status(chat, "horner_signs")).isNull();
		assertThat(status(chat, "vomiting")).isEqualTo(FindingStatus.ABSENT);
		assertThat(chat.pending()).isEqualTo("q_horner_signs");
	}

	@Test
	void aHedgedDenialOfAWarningSignIsAskedAgainNotTakenAsNo() {
		Dialogs.Chat chat = atQuestion("q_thunderclap").say("not the worst ever, I suppose");
		assertThat(status(chat, "thunderclap")).isNull();
		assertThat(chat.pending()).isEqualTo("q_thunderclap");
		assertThat(chat.said()).contains("not the worst ever, I suppose");
		chat.say("no");
		assertThat(status(chat, "thunderclap")).isEqualTo(FindingStatus.ABSENT);
	}

	@Test
	void storyWordsThatHoldAReplyWordNeverAnswerAWarningQuestionOnASecondTry() {
		Dialogs.Chat chat = atQuestion("q_thunderclap").say("I have headaches since my twenties, like a thumb pressing on my forehead");
		assertThat(chat.pending()).isEqualTo("q_thunderclap");
		chat.say("Is it normal that I always get it on Sundays when I sleep late? No fever or anything, of course.");
		assertThat(status(chat, "thunderclap")).isNull();
		assertThat(chat.ended()).isFalse();
		assertThat(chat.pending()).isEqualTo("q_thunderclap");
	}

	@Test
	void aSideAndAFrequencyWordAreNoYesToAWarningQuestion() {
		Dialogs.Chat chat = atQuestion("q_thunderclap").say("Left side mostly, throbbing, I get queasy. My neurologist moved away");
		assertThat(status(chat, "thunderclap")).isNull();
		assertThat(chat.ended()).isFalse();
		assertThat(chat.pending()).isEqualTo("q_thunderclap");
	}

	@Test
	void aSecondUnclearReplyToAWarningQuestionCountsAsUnsure() {
		Dialogs.Chat chat = atQuestion("q_thunderclap").say("hmm not really sure to be honest");
		assertThat(chat.pending()).isEqualTo("q_thunderclap");
		chat.say("hmm not really sure to be honest");
		assertThat(status(chat, "thunderclap")).isEqualTo(FindingStatus.UNCERTAIN);
		assertThat(chat.ended()).isTrue();
	}

	@Test
	void aWarningSignHeardUncertainlyIsAskedAtOnceAsItsOwnQuestion() {
		Dialogs.Chat chat = new Dialogs.Chat().say("headaches most days, and my vision goes a bit blurry sometimes");
		assertThat(status(chat, "vision_change")).isNull();
		assertThat(chat.pending()).isEqualTo("q_vision_change");
		assertThat(chat.said()).contains("To be safe");
		chat.pick("no");
		assertThat(status(chat, "vision_change")).isEqualTo(FindingStatus.ABSENT);
		assertThat(chat.ended()).isFalse();
	}

	@Test
	void aWarningSignOnlyTheSentenceClassifierHeardIsAskedNeverTakenAsAYes() {
		Dialogs.Chat chat = new Dialogs.Chat()
			.say("bad headache since this morning. the telly looked all smeary and then half the picture vanished");
		assertThat(status(chat, "vision_change")).isNull();
		assertThat(chat.pending()).isEqualTo("q_vision_change");
		assertThat(chat.said()).contains("half the picture vanished");
		chat.pick("no");
		assertThat(status(chat, "vision_change")).isEqualTo(FindingStatus.ABSENT);
		assertThat(chat.ended()).isFalse();
	}

	@Test
	void aWholeChecklistAnsweredNotSureIsAskedOneByOne() {
		Dialogs.Chat chat = atChecklist().say("not sure");
		assertThat(status(chat, "thunderclap")).isNull();
		assertThat(chat.pending()).isEqualTo("q_thunderclap");
		assertThat(chat.said()).contains("one at a time");
		chat.pick("no").pick("unsure");
		assertThat(status(chat, "neuro_deficit")).isEqualTo(FindingStatus.UNCERTAIN);
		assertThat(chat.ended()).isTrue();
	}

	@Test
	void aQuestionToTheScreenerIsAnsweredAndTheQuestionShownAgain() {
		Dialogs.Chat chat = atChecklist().say("what if it's a tumour?");
		assertThat(chat.said()).contains("clinician");
		assertThat(chat.pending()).isEqualTo("q_signs_now");
		assertThat(status(chat, "cancer_history")).isNull();
	}

	@Test
	void numbersAnswerNumberQuestionsOnly() {
		assertThat(atQuestion("q_age").say("I'm 45").state.findings().get("age").orElseThrow().value()).isEqualTo(45.0);
		Dialogs.Chat chat = atChecklist().say("about 12 days a month");
		assertThat(chat.pending()).isEqualTo("q_signs_now");
		assertThat(chat.state.findings().get("headache_days").orElseThrow().value()).isEqualTo(12.0);
	}

	@Test
	void aCorrectionLaterInTheMessageOverturnsItsDenial() {
		Dialogs.Chat chat = new Dialogs.Chat().say("headache both sides. no fever... well actually 38.5 last night");
		assertThat(status(chat, "fever")).isEqualTo(FindingStatus.PRESENT);
		chat = new Dialogs.Chat().say("its on the left, no wait, right");
		assertThat(chat.state.findings().get("side").orElseThrow().side()).isEqualTo("right");
	}

	@Test
	void aDenialCorrectedInTheNextMessageIsHeardAndAFeverMakesItAnEmergency() {
		Dialogs.Chat chat = new Dialogs.Chat().say("headache since yesterday, no stiff neck");
		chat.say("well, it is a bit stiff actually when i try to look down, and i'm hot, 38.6");
		assertThat(chat.ended()).isTrue();
		assertThat(chat.said()).contains("Call 911 now");
	}

	@Test
	void someoneElsesWordsAndWorriesAreNotTheVisitorsWarningSigns() {
		Dialogs.Chat chat = new Dialogs.Chat().say("my son's got a fever and my mum had a stroke, what if it's a tumour? "
				+ "mine are the usual ones at the back of my head");
		assertThat(status(chat, "fever")).isNull();
		assertThat(status(chat, "neuro_deficit")).isNull();
		assertThat(status(chat, "cancer_history")).isNull();
		assertThat(chat.ended()).isFalse();
	}

	@Test
	void aWarningSignToldBesideADenialIsKept() {
		Dialogs.Chat chat = atQuestion("q_neuro_deficit").say("yes, my left arm went numb, no trouble speaking though");
		assertThat(status(chat, "neuro_deficit")).isEqualTo(FindingStatus.PRESENT);
		assertThat(chat.ended()).isTrue();
		chat = new Dialogs.Chat().say("I've had chills and shivering but no fever");
		assertThat(status(chat, "fever")).isEqualTo(FindingStatus.PRESENT);
	}

	@Test
	void aYesThatTheWordsContradictIsAskedAgain() {
		Dialogs.Chat chat = atQuestion("q_vision_change").say("yes, though no double vision");
		assertThat(status(chat, "vision_change")).isNull();
		assertThat(chat.pending()).isEqualTo("q_vision_change");
	}

	@Test
	void aChecklistAnswerDoesNotOverrideAWarningSignToldWithIt() {
		Dialogs.Chat chat = atChecklist().say("none of these, but I did have a fever yesterday");
		assertThat(status(chat, "fever")).isEqualTo(FindingStatus.PRESENT);
		chat = atChecklist().say("no fever");
		assertThat(status(chat, "fever")).isEqualTo(FindingStatus.ABSENT);
		assertThat(chat.pending()).isEqualTo("q_signs_now");
	}

	@Test
	void anOldDateElsewhereInTheSentenceNeverDropsAWarningSign() {
		Dialogs.Chat chat = new Dialogs.Chat().say("I've had migraines since 2015 but now I have a fever and a stiff neck");
		assertThat(chat.ended() || "q_fever".equals(chat.pending())).as(chat.said()).isTrue();
		if (!chat.ended()) {
			chat.pick("yes");
			assertThat(chat.said()).contains("Call 911 now");
		}
	}


	@Test
	void aWordOfAWarningSignsLabelTypedOnTheChecklistPicksNothing() {
		// "headache" is in "A headache that hit suddenly ...": a one-word message must not tick the thunderclap
		Dialogs.Chat chat = new Dialogs.Chat().say("hi");
		assertThat(chat.pending()).isEqualTo("q_signs_now");
		chat.say("headache");
		assertThat(chat.ended()).isFalse();
		assertThat(chat.state.findings().get("thunderclap")).isEmpty();
	}

	@Test
	void ticksWithNotSureAboutTheRestAskTheRestOneByOne() {
		Dialogs.Chat chat = new Dialogs.Chat().pick("skip").pick("none");
		assertThat(chat.pending()).isEqualTo("q_signs_recent");
		chat.pick("new_headache", "unsure");
		assertThat(status(chat, "new_headache")).isEqualTo(FindingStatus.PRESENT);
		assertThat(chat.state.findings().get("fever")).as("not denied by being left unticked").isEmpty();
		List<String> asked = new java.util.ArrayList<>();
		for (int i = 0; i < 6 && chat.pending() != null && chat.pending().startsWith("q_") && asked.size() < 4; i++) {
			asked.add(chat.pending());
			chat.pick(chat.pending().equals("q_fever") ? "unsure" : "no");
		}
		assertThat(asked).containsExactly("q_painful_red_eye", "q_fever", "q_recent_trauma", "q_pregnancy");
		assertThat(status(chat, "fever")).isEqualTo(FindingStatus.UNCERTAIN);
	}

}
