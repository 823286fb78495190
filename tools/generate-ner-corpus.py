#!/usr/bin/env python3
"""Writes dialogs/ner-training.txt, the name finder's training corpus, from the team's templates below.

Each template is a sentence a visitor might type, with {slot}s filled by lay phrases of a finding. The
output is OpenNLP's name-finder format: whitespace-separated tokens, a START/END tag pair around each
mention, and a blank line after every utterance (each is its own document). Seeded, so the file is stable.
The evaluation corpus (src/test/resources/nlp/evaluation.txt) is written by hand and shares no template.
Run it after changing the templates: python3 tools/generate-ner-corpus.py
"""
import random
import re

random.seed(20261123)

SLOTS = {
    "nausea": ["nausea", "nauseous", "queasy", "sick to my stomach", "feel sick", "nauseated", "nausia", "a sick feeling"],
    "vomiting": ["vomiting", "throw up", "throwing up", "puke", "being sick", "vomit", "threw up"],
    "photophobia": ["light sensitivity", "sensitive to light", "bright lights hurt", "light bothers me", "can't stand light"],
    "phonophobia": ["noise sensitivity", "sensitive to noise", "loud noises bother me", "sound sensitivity", "noise hurts"],
    "pulsating": ["throbbing", "pounding", "pulsing", "thumping", "beating", "throbbing pain", "pounding pain"],
    "pressing": ["pressure", "tightness", "a tight band", "squeezing", "a dull ache", "heaviness", "a vice-like feeling"],
    "stabbing_paroxysms": ["electric shocks", "stabbing pains", "shooting pains", "zaps", "jolts", "ice pick pains", "lightning pains"],
    "scalp_tenderness": ["a sore scalp", "a tender scalp", "scalp pain when i brush my hair", "a sensitive scalp"],
    "starts_in_neck": ["starts in my neck", "comes up from my neck", "begins at the base of my skull", "creeps up from my neck"],
    "neck_movement_trigger": ["turning my head", "moving my neck", "looking up", "looking over my shoulder", "tilting my head"],
    "posture_trigger": ["sitting at my desk", "looking at my phone", "long drives", "working on my laptop", "reading for hours"],
    "reduced_neck_motion": ["a stiff neck", "neck stiffness", "can't turn my head", "a tight neck", "limited range of motion"],
    "neck_pain": ["neck pain", "a sore neck", "an aching neck", "neck ache", "pain in my neck"],
    "shoulder_arm_pain": ["shoulder pain", "pain in my shoulder", "a sore shoulder", "arm pain", "pain down my arm"],
    "aura": ["an aura", "zigzag lines", "flashing lights", "blind spots", "shimmering lights", "wavy lines"],
    "headache": ["headaches", "migraines", "a headache", "head pain", "bad headaches", "a migraine"],
    "fever": ["a fever", "fever", "chills", "a high temperature", "the chills"],
    "neuro_deficit": ["weakness in my arm", "slurred speech", "numbness in my face", "trouble speaking", "a seizure", "loss of balance"],
    "vision_change": ["double vision", "blurred vision", "vision loss", "blurry vision", "a curtain over my eye"],
    "confusion": ["confusion", "confused", "drowsy", "disoriented", "out of it"],
    "thunderclap": ["the worst headache of my life", "a thunderclap headache", "the worst headache ever", "a sudden explosive headache"],
    "horner_signs": ["a droopy eyelid", "a drooping eyelid", "one pupil smaller", "uneven pupils"],
    "jaw_claudication": ["jaw pain when i chew", "my jaw hurts when i eat", "jaw pain when chewing"],
    "wakes_from_sleep": ["wakes me up", "wakes me at night", "wake up with it"],
    "valsalva_trigger": ["when i cough", "when i sneeze", "heavy lifting", "straining on the toilet"],
    "progressive": ["getting worse", "getting worse every week", "worse and worse", "more and more frequent"],
    "neck_injury_history": ["whiplash", "a car accident", "a neck injury", "a concussion"],
    "recent_neck_trauma": ["a neck adjustment", "my neck cracked by a chiropractor", "a fall last week where i hit my head"],
}

TEMPLATES = [
    "i get {headache} with {nausea}",
    "no {nausea} but lots of {photophobia}",
    "the pain is {pulsating} and i {vomiting} sometimes",
    "it feels like {pressing} around my head",
    "i have {neck_pain} and {reduced_neck_motion}",
    "it usually {starts_in_neck} and goes to my eye",
    "{neck_movement_trigger} makes it worse",
    "it gets bad after {posture_trigger}",
    "i also get {stabbing_paroxysms} at the back of my head",
    "i have {scalp_tenderness} on the left side",
    "sometimes {aura} before the pain starts",
    "i never get {aura}",
    "with the {headache} comes {phonophobia}",
    "i don't have {fever} or {vision_change}",
    "no {neuro_deficit} at all",
    "i had {thunderclap} yesterday",
    "last night i had {confusion} and {headache}",
    "i noticed {horner_signs} this morning",
    "i'm 67 and get {jaw_claudication}",
    "the pain {wakes_from_sleep}",
    "it comes on {valsalva_trigger}",
    "my {headache} are {progressive}",
    "years ago i had {neck_injury_history}",
    "i had {recent_neck_trauma} and now i have {headache}",
    "there is {shoulder_arm_pain} on the same side",
    "mostly {pulsating} but not much {nausea}",
    "maybe a bit of {nausea} now and then",
    "i think i have {photophobia} but no {phonophobia}",
    "the {headache} are {pressing} not {pulsating}",
    "my mom has {headache} too",
    "{stabbing_paroxysms} that last a few seconds",
    "also {neck_pain} when i sit too long",
    "hi , i have {headache} on the right side",
    "not sure if it is {aura} or just tired eyes",
    "every time i get {headache} i {vomiting}",
    "i get {fever} and {reduced_neck_motion}",
    "since {neck_injury_history} i have had {headache}",
    "it {starts_in_neck} and then i feel {nausea}",
    "{posture_trigger} gives me {neck_pain}",
    "there was {vision_change} and {neuro_deficit}",
]


def tokens(text):
    return re.findall(r"[a-z0-9']+|[^\sa-z0-9']", text.lower())


lines = []
while len(lines) < 440:
    template = random.choice(TEMPLATES)
    out = []
    for part in re.split(r"(\{[a-z_]+\})", template):
        slot = re.fullmatch(r"\{([a-z_]+)\}", part)
        if slot:
            finding = slot.group(1)
            phrase = random.choice(SLOTS[finding])
            out.append("<START:%s> %s <END>" % (finding, " ".join(tokens(phrase))))
        elif part.strip():
            out.append(" ".join(tokens(part)))
    lines.append(" ".join(out))

with open("dialogs/ner-training.txt", "w") as f:
    f.write("".join(line + "\n\n" for line in lines))
print("wrote %d utterances" % len(lines))
