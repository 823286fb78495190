package com.neckcheck.nlp;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How people really write: warning signs in lay words, readings with units, time told with a finding,
 * numbers that belong to what they describe, and words that only look like findings. Each row is
 * "what the visitor typed | what must be noted (id:status[=value][/side], space separated) | what must not".
 */
class LayLanguageTests {

	private static String noted(String text) {
		return Extractors.shipped().extract(text).stream().map(m -> {
			StringBuilder b = new StringBuilder(m.finding().id()).append(':').append(m.finding().status().wire());
			if (m.finding().value() != null) {
				double v = m.finding().value();
				b.append('=').append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
			}
			if (m.finding().side() != null) {
				b.append('/').append(m.finding().side());
			}
			return b.toString();
		}).collect(Collectors.joining(" "));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a grey curtain came down over my right eye for a bit          | vision_change:present                  |
			everything went double when i looked at the telly             | vision_change:present                  |
			my left eyelid sags and that pupil is tiny                    | horner_signs:present                   |
			i feel hot and shivery                                        | fever:present                          |
			temp was 39.2 this morning                                    | fever:present                          |
			thermometer said 101 F last night                             | fever:present                          |
			i'm 38 and get headaches                                      | age:present=38                         | fever
			the room was spinning and i couldn't walk straight            | neuro_deficit:present                  |
			my hand stopped working for about five minutes                | neuro_deficit:present                  | attack_hours
			my words came out funny at dinner                             | neuro_deficit:present                  |
			my husband says i keep repeating myself                       | confusion:present                      |
			rainbow rings round the street lights and my eye is red       | painful_red_eye:present                |
			it only comes on when i'm upright and goes when i lie flat    | worse_lying_down:present               |
			my chiro cracked my neck on tuesday                           | recent_neck_trauma:present             |
			i had a fit at work yesterday                                 | neuro_deficit:present                  |
			i'm 30 weeks and the headache won't shift                     | pregnancy_postpartum:present           |
			had my baby 12 days ago and my head is pounding               | pregnancy_postpartum:present           |
			had my baby 3 years ago and the headaches started then        | pregnancy_postpartum:absent            |
			midwife said my blood pressure was 150/95                     | high_blood_pressure:present            | pressing
			i'm on warfarin and banged my head on a cupboard              | anticoagulants:present recent_neck_trauma:present |
			got rear ended 2 weeks ago and my neck is sore                | recent_neck_trauma:present             | neck_injury_history
			whiplash back in 2015, headaches on and off ever since        | neck_injury_history:present            | recent_neck_trauma
			these headaches started about three weeks ago                 | new_headache:present                   |
			my usual migraines for the past month, same as always         |                                        | new_headache
			zigzags for 20 minutes then a throbbing headache              | aura:present pulsating:present         | attack_hours
			i take it about 5 days a month and it works, the sumatriptan  | triptan_days:present=5                 | headache_days
			headaches 20 days a month, ibuprofen on about 15 of them      | headache_days:present=20               |
			it's on the left, no wait, the right                          | side:present/right                     |
			usually the left but sometimes the right                      | side:present/alternating               |
			today was the worst day ever at work and my head hurts        | headache:present                       | thunderclap
			my son's got a fever and a rash                               |                                        | fever rash
			what if it's a brain tumour                                   |                                        | cancer_history
			my mum had a stroke and i'm worried                           |                                        | neuro_deficit
			i don't think it came on suddenly                             |                                        | thunderclap:present
			the headache won't go away                                    | headache:present                       | headache:absent
			my hands and face are really puffy                            | swelling:present                       | pain_regions
			paracetamol just doesn't touch it                             | painkiller_resistant:present           | painkiller_resistant:absent
			even the arm of my glasses hurts                              |                                        | shoulder_arm_pain
			headache on and off for about 6 weeks, painkillers don't touch it |                                   | pregnancy_postpartum
			I am 8 weeks into physio for my neck                          |                                        | pregnancy_postpartum
			I paid 39.99 for a new pillow because of my headaches         |                                        | fever
			Iİİİİİİ had a fever of 38.5                                   | fever:present                          |
			my husband drove me to hospital because my face drooped       | neuro_deficit:present                  |
			I had a fever and my mum has the flu                          | fever:present                          |
			our neighbour had a bleed last month, came on like a thunderclap the ambulance man said |      | thunderclap new_headache
			hubby's in bed with the flu, 39 degrees last night            |                                        | fever
			paracetamol hasn't shifted it at all                          | painkiller_resistant:present           | painkiller_resistant:absent
			took the red-eye from JFK last night                          |                                        | painful_red_eye
			nothing new about any of it, same as ever                     |                                        | new_headache
			36 weeks, second baby, headache for two days                  | pregnancy_postpartum:present           |
			got rear ended at a red light about 5 weeks back              | recent_neck_trauma:present             |
			the black bit of that eye is tinier than the other one        | horner_signs:present                   |
			the pharmacy took my blood pressure, 190 over 115             | high_blood_pressure:present very_high_blood_pressure:present |
			my bp was 150/95 at the chemist                               | high_blood_pressure:present            | very_high_blood_pressure
			worst ever? no. sudden? no. fever? no. just a nuisance        |                                        | thunderclap:uncertain fever:uncertain thunderclap:present fever:present
			wife is 30 weeks pregnant and not sleeping                    |                                        | pregnancy_postpartum
			36 weeks. bad headache all day                                | pregnancy_postpartum:present           |
			my husband bought a bp machine and this morning it said 150/100 | high_blood_pressure:present          |
			cracked my head on the corner of the kitchen cupboard on saturday | recent_neck_trauma:present           |
			after a run of nights i get a throbbing headache              |                                        | valsalva_trigger
			lying down at night makes it worse                            | worse_lying_down:present               |
			when i stand up quick my vision goes grey for a few seconds   | raised_pressure_signs:present          | vision_change
			my vision went grey when i stood up and it stayed like that all morning | vision_change:present          | vision_change:absent
			my husbands got the flu, 39 and shivering                     |                                        | fever
			no throwing up, i can still work out with it                  |                                        | valsalva_trigger
			hello, my daughter is pregnant now so i am reading up         |                                        | pregnancy_postpartum
			Panadol ok. no vomiting, light is ok                          | takes_simple_analgesics:present        | painkiller_resistant
			headache over the left temple and the words wouldn't come out right | headache:present/left | /right
			they used to come twice a month, now it's 16 days a month     | headache_days:present=16               | headache_days:present=2
			went from about 4 a month to 20 days a month this year        | headache_days:present=20               | headache_days:present=4
			back in school it was maybe 3 a month                         |                                        | headache_days
			started 2 years ago and they come 10 days a month             | headache_days:present=10               |
			i take ibuprofen every day i get one, about 9 days a month    | analgesic_days:present=9               | analgesic_days:present=30
			it's a dull squeeze, not pounding just tight                  | pressing:present pulsating:absent      | pressing:absent
			more of an ache behind the eyes than a throb, to be honest    |                                        | pulsating:present
			this headache is worse than any hangover                      | headache:present                       | headache:absent
			twisted my neck on the slide at the park with my son last week | recent_neck_trauma:present            |
			i take amlodipine and metformin                               |                                        | high_blood_pressure
			my aunt gets them too, always has                             |                                        | household_headaches
			the wife and kids have all had headaches too since november   | household_headaches:present            |
			it hit its peak immediately, like a door slamming in my skull | thunderclap:present                    |
			keeps waking me around 5am                                    | wakes_from_sleep:present               |
			i went home for the weekend to study                          |                                        | vision_change
			crocin twice a week and it helps                              | takes_simple_analgesics:present        |
			i'm honestly not a headache person, this is odd for me        | new_headache:present                   | headache:absent
			nurse checked it and my bp read 176/122 at the surgery        | very_high_blood_pressure:present       |
			my husband checked it with the cuff and it said 150/96        | high_blood_pressure:present            |
			i always mix up left and right, it's the right side          | side:present/right                     | confusion
			i can touch my chin to my chest no problem                    |                                        | stiff_neck
			kills to put my chin down on my chest                         | stiff_neck:present                     |
			hay fever is bad this spring and my head aches                | headache:present                       | fever
			the pain runs up into the back of my head                     |                                        | valsalva_trigger
			the whiplash left me with a sore neck                         |                                        | side
			push right under the skull on the left and it zaps            | side:present/left                      | /right
			my left eye looks smaller in photos and the lid droops        | horner_signs:present                   |
			two of the car in front, one on top of the other              | vision_change:present                  |
			my grandson has a fever                                       |                                        | fever
			it's the worst hangover ever and i only had one glass         |                                        | thunderclap
			i know a sudden headache can be a warning sign                |                                        | thunderclap
			my wife gets them too and hers go off when she's at work      | household_headaches:present            |
			the machine at the pharmacy said 168 by 104                   | high_blood_pressure:present            | pressing
			home bp running 155/95ish lately                              | high_blood_pressure:present            |
			my pressure is 150 x 100 on my mum's machine                  | high_blood_pressure:present            | pressing
			headache that won't go away with paracetamol                  | painkiller_resistant:present takes_simple_analgesics:present | takes_simple_analgesics:absent
			my son is 7 years old and has a cold                          |                                        | age
			had these since i was 16 years old                            |                                        | age
			i'm 44 years old, headaches for years                         | age:present=44                         |
			paracetamol is not helping at all                             | takes_simple_analgesics:present        | takes_simple_analgesics:absent
			my wife says i've not been myself lately                      | confusion:uncertain                    | confusion:present
			i see some purple spots on my legs                            |                                        | vision_change
			we're trying to get pregnant so i'm careful with tablets      |                                        | pregnancy_postpartum
			the ibuprofen is not helping at all                           | painkiller_resistant:present           | painkiller_resistant:absent
			when i stand up quickly my sight goes grey for a couple of seconds | raised_pressure_signs:present       | vision_change
			turning quickly to reverse wakes up the pain                  |                                        | wakes_from_sleep
			the little one has measles, spots all over him                |                                        | rash
			my right hand is numb in the mornings when i sleep on it      | neuro_deficit:uncertain                | neuro_deficit:present
			deaf in one ear since birth, and blind in that eye since childhood too |                              | vision_change:present
			studying so much i'm gonna go blind lol                       |                                        | vision_change
			jabs at the back of my head, over in a second or two          |                                        | thunderclap
			i'm confused what to do about my tablets                      |                                        | confusion
			my doctor said any new headache i must report                 |                                        | new_headache
			my aunty had a brain tumour                                   |                                        | cancer_history
			had flu with a 39 fever last month, that is completely gone now |                                      | fever:present
			the migraines went away the whole pregnancy and came back     |                                        | pregnancy_postpartum
			i've had a new kind of headache since last month              | new_headache:present                   |
			i never have headaches, this is the first time in my life     | new_headache:present                   | new_headache:absent
			i am not confused, only my grammar is confused                |                                        | confusion:present
			worst timing ever, exams next week and my migraines are back  | headache:present                       | thunderclap
			""")
	void readsWhatPeopleWrite(String text, String must, String mustNot) {
		String noted = noted(text);
		for (String expected : words(must)) {
			assertThat(noted).as(text).contains(expected);
		}
		for (String unexpected : words(mustNot)) {
			assertThat(noted).as(text).doesNotContain(unexpected);
		}
	}

	@org.junit.jupiter.api.Test
	void aRunOfSpacesIsReadWithoutBacktrackingForEver() {
		String text = "it has been going on for" + " ".repeat(3000) + "weeks";
		org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
				() -> Extractors.shipped().extract(text), "a hang, not a speed target");
	}

	private static List<String> words(String list) {
		return list == null || list.isBlank() ? List.of() : List.of(list.strip().split("\\s+"));
	}

}
