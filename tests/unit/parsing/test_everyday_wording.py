"""Rules found missing by sets written blind to the parser (tests/corpus/replies-blind-*):
each case is a kind of message, in wording of our own, not a line from those sets."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise
from tests.unit.parsing.helpers import BERLIN, EVENING, MORNING_NY, NEW_YORK, check, run

Case = tuple[str, list[dict[str, Any]], tuple[str, ...]]

CASES: list[Case] = [
    # A negated past tense is a skip, never a dose taken.
    ("never took my lyrica last night", [{"kind": "dose", "status": "skipped"}], ()),
    ("i did not drink the tramadol", [{"kind": "dose", "status": "skipped"}], ()),
    ("spaced on my naproxen", [{"kind": "dose", "status": "skipped", "reason": "forgot"}], ()),
    ("the box of ibuprofen is empty", [{"kind": "dose", "status": "skipped"}], ()),
    # "didn't have much pain" is about pain, not a dose.
    ("didn't have much pain today", [], ("dose",)),
    # "took" with something no dose is called.
    ("took the dog to the vet", [], ("dose",)),
    ("took 3 trains to get there", [], ("dose",)),
    ("took about 20 minutes to get dressed", [], ("dose",)),
    ("took a perc", [{"kind": "dose", "status": "taken", "count": 1}], ()),
    # A product of two words in the plural ("co codamols") is still that product.
    (
        "2 more co codamols",
        [{"kind": "dose", "medication": "acetaminophen/codeine", "count": 2}],
        (),
    ),
    # A number counting things is no pain score; "it's 7" and "back's 6" are.
    ("baked 4 cakes for the school fair", [], ("pain",)),
    ("it's 7 today", [{"kind": "pain", "score": 7}], ()),
    ("back's 6", [{"kind": "pain", "score": 6}], ()),
    ("pain 4-5", [{"kind": "pain", "score": 5}], ()),
    ("around a 3 or a 4", [{"kind": "pain", "score": 4}], ()),
    ("5ish", [{"kind": "pain", "score": 5}], ()),
    # Clock times said in words or the continental way.
    ("took one at twenty past 6", [{"kind": "dose", "status": "taken"}], ()),
    ("took it at 9h30", [{"kind": "dose", "status": "taken"}], ()),
    # Sleep and snoozes in everyday words.
    ("tossed and turned till 4", [{"kind": "sleep", "quality": "poor"}], ()),
    ("slept 11pm to 6am", [{"kind": "sleep", "hours": 7}], ()),
    ("give us half an hour", [{"kind": "dose", "status": "snoozed", "minutes": 30}], ()),
    ("hold on 10 min", [{"kind": "dose", "status": "snoozed", "minutes": 10}], ()),
    ("not right now", [{"kind": "dose", "status": "snoozed"}], ()),
    # Side effects and activity in everyday words.
    ("been spewing since the new tablets", [{"kind": "side_effect", "effects": ["vomiting"]}], ()),
    ("runny tummy all week", [{"kind": "side_effect", "effects": ["diarrhea"]}], ()),
    ("25 min on the rowing machine", [{"kind": "activity", "kinds": ["exercise"]}], ()),
    ("I'm running 38.9", [], ("activity",)),
    # A medicine named with what it does to you, or a change to it, is no dose.
    ("the gabapentin has me dizzy at 4pm most days", [], ("dose",)),
    ("sleepless at 2am since raising the pregabalin", [], ("dose",)),
    ("my naproxen completely slipped my mind today", [{"kind": "dose", "status": "skipped"}], ()),
    # Scots and Jamaican spellings read as the words they are.
    ("cannae feel ma legs right", [], ("dose",)),
    ("mi nuh tek di naproxen", [{"kind": "dose", "status": "skipped"}], ()),
    ("sitting at 6 today", [{"kind": "pain", "score": 6}], ()),
    ("my niece turned 8 yesterday", [], ("pain",)),
    # A number after a name from 10 up is its amount; a patch's strength is micrograms.
    ("baclofen 20 at lunch", [{"kind": "dose", "status": "taken", "amount": 20}], ()),
    ("naproxen of 500 this morning", [{"kind": "dose", "status": "taken", "amount": 500}], ()),
    ("fentanyl 50 at 9", [{"kind": "dose", "amount": 50, "unit": "mcg"}], ()),
    # Hours said in words; reasons said after the skip.
    ("took my tramadol at quarter past eleven", [{"kind": "dose", "status": "taken"}], ()),
    ("skipped my naproxen, back feels grand", [{"kind": "dose", "reason": "felt_fine"}], ()),
    ("left the soma out, was too wobbly", [{"kind": "dose", "reason": "side_effects"}], ()),
    # Clinical shorthand: four-digit times, omitted/withheld, LBP, NBM.
    ("gabapentin 300mg PO 2130", [{"kind": "dose", "status": "taken", "amount": 300}], ()),
    ("duloxetine withheld, nil by mouth", [{"kind": "dose", "status": "skipped"}], ()),
    ("LBP 4/10", [{"kind": "pain", "score": 4, "locations": ["lower_back"]}], ()),
    ("walked 1500 steps", [], ("dose",)),
    # Snoozes without a unit or with "after"; mood and sleep said with numbers.
    ("in 20", [{"kind": "dose", "status": "snoozed", "minutes": 20}], ()),
    ("after 30 minutes please", [{"kind": "dose", "status": "snoozed", "minutes": 30}], ()),
    ("mood: 6/10", [{"kind": "mood", "score": 6}], ("pain",)),
    ("went to bed at 11 and woke at 6", [{"kind": "sleep", "hours": 7}], ("pain",)),
    ("4 - no pain down the legs though", [{"kind": "pain", "score": 4}], ()),
    ("had it with my tea", [{"kind": "dose", "status": "taken"}], ()),
    ("had it with this pain today", [], ("dose",)),
    ("not having the naproxen tonight", [{"kind": "dose", "status": "skipped"}], ()),
    ("awake at 3am every night since the pregabalin", [], ("dose",)),
    ("was an 8 earlier, now about 5", [{"kind": "pain", "score": 5}], ()),
    ("pain 5, nothing going down the legs", [{"kind": "pain", "radiating": False}], ()),
    ("sleeping a bit better since the change", [{"kind": "sleep", "quality": "good"}], ("mood",)),
    ("sleeping terribly", [{"kind": "sleep", "quality": "poor"}], ()),
    ("yep took em", [{"kind": "dose", "status": "taken"}], ()),
    ("in a mo", [{"kind": "dose", "status": "snoozed"}], ()),
    ("ping me in an hour and a half", [{"kind": "dose", "status": "snoozed", "minutes": 90}], ()),
    ("back's been tight for half an hour", [], ("dose",)),
    ("shooting down the leg again 6", [{"kind": "pain", "score": 6}], ()),
    ("mood's low, 3/10", [{"kind": "mood", "score": 3}], ("pain",)),
    ("i don't take the naproxen today, stomach's off", [{"kind": "dose", "status": "skipped"}], ()),
    ("wasn't able to take my gabapentin", [{"kind": "dose", "status": "skipped"}], ()),
    ("roxy 10 at noon", [{"kind": "dose", "medication": "oxycodone"}], ()),
    # The understatement "I've slept better" is a bad night; "slept better since…" good.
    ("ive slept better tbh", [{"kind": "sleep", "quality": "poor"}], ()),
    ("have had better nights", [{"kind": "sleep", "quality": "poor"}], ()),
    ("I've slept better since the change", [{"kind": "sleep", "quality": "good"}], ()),
    # A number said again replaces the one before it.
    ("took 2 naproxen, no wait, it was 1", [{"kind": "dose", "count": 1}], ()),
    ("pain 8, sorry I mean 6", [{"kind": "pain", "score": 6}], ()),
    ("gabapentin 300, no 600 sorry", [{"kind": "dose", "amount": 600}], ()),
    ("pain 5, no numbness though", [{"kind": "pain", "score": 5}], ()),
    # Words for numbers: tens and units, ranges, amounts spelt out, parts of a tablet.
    ("snooze twenty five minutes", [{"kind": "dose", "status": "snoozed", "minutes": 25}], ()),
    ("remind me again in about thirty minutes", [{"kind": "dose", "minutes": 30}], ()),
    ("seven or eight today", [{"kind": "pain", "score": 8}], ()),
    ("two or three of them", [], ("pain",)),
    ("3-4 times a day", [], ("pain",)),
    ("naproxen two hundred and fifty milligrams", [{"kind": "dose", "amount": 250}], ()),
    ("took a quarter of a tablet", [{"kind": "dose", "count": 0.25}], ()),
    ("had a pair of paracetamol", [{"kind": "dose", "count": 2}], ()),
    # Snoozes said with the length apart from the asking.
    ("just an hour and a half", [{"kind": "dose", "status": "snoozed", "minutes": 90}], ()),
    ("10 min, on the phone", [{"kind": "dose", "status": "snoozed", "minutes": 10}], ()),
    ("not yet, 20", [{"kind": "dose", "status": "snoozed", "minutes": 20}], ()),
    ("later, ping me after 2 hours", [{"kind": "dose", "minutes": 120}], ()),
    ("not yet, there are none left", [{"kind": "dose", "status": "skipped"}], ()),
    # Skip reasons in everyday words; "no need for" is a skip.
    ("no need for the naproxen, feeling fine", [{"kind": "dose", "status": "skipped"}], ()),
    ("skipped it, stomach has been off", [{"kind": "dose", "reason": "side_effects"}], ()),
    ("skipped it, nurse says not before the scan", [{"kind": "dose", "reason": "other"}], ()),
    # Side effects, sleep and pain in everyday words.
    ("the pregabalin has me wide awake", [{"kind": "side_effect", "effects": ["insomnia"]}], ()),
    ("haven't pooed since monday", [{"kind": "side_effect", "effects": ["constipation"]}], ()),
    ("puffy feet tonight", [{"kind": "side_effect", "effects": ["swelling"]}], ()),
    ("fantastic night's sleep", [{"kind": "sleep", "quality": "good"}], ()),
    ("still awake at 4, can't settle", [{"kind": "sleep", "quality": "poor"}], ()),
    ("pain went from 8 last night to 5", [{"kind": "pain", "score": 5}], ()),
    ("5, aching in the lower part of my back", [{"kind": "pain", "locations": ["lower_back"]}], ()),
    ("6/10 sharp down the side of my left thigh", [{"kind": "pain", "radiating": True}], ()),
    ("mood not great, 4", [{"kind": "mood", "score": 4}], ("pain",)),
    ("took the endep at 9", [{"kind": "dose", "medication": "amitriptyline"}], ()),
    ("took one at quarter to six", [{"kind": "dose", "status": "taken"}], ()),
    # An amount right after each of two names is that medicine's own.
    (
        "had my naproxen 250 mg and two tylenol",
        [{"kind": "dose", "medication": "naproxen", "amount": 250}],
        (),
    ),
    ("3 x 200mg advil", [{"kind": "dose", "count": 3, "amount": 200}], ()),
    ("half of a 10mg baclofen", [{"kind": "dose", "count": 0.5, "amount": 10}], ()),
    ("ibuprofen 400, 2 tabs after dinner", [{"kind": "dose", "count": 2}], ()),
    # A part of day's usual time gives way to a clock said after it.
    ("naproxen with dinner, about two hours ago", [{"kind": "dose", "status": "taken"}], ()),
    # Waits in more words; a wait for something to finish is no empty supply.
    ("wait 45 min", [{"kind": "dose", "status": "snoozed", "minutes": 45}], ()),
    ("I'll take them after tea", [{"kind": "dose", "status": "snoozed"}], ()),
    ("not quite yet", [{"kind": "dose", "status": "snoozed"}], ()),
    ("hold on, once the match is finished", [{"kind": "dose", "status": "snoozed"}], ()),
    ("on the school run, 15 mins", [{"kind": "dose", "status": "snoozed", "minutes": 15}], ()),
    ("maybe 6 hours sleep, rough", [], ("dose",)),
    ("no need for it tonight, pain's low", [{"kind": "dose", "status": "skipped"}], ()),
    ("gabapentin didn't happen today", [{"kind": "dose", "status": "skipped"}], ()),
    ("chemist hasn't got any in", [], ()),
    ("popped them", [{"kind": "dose", "status": "taken"}], ()),
    # Sleep from bed to up across a comma; hours with "perhaps"; mood said with "spirits".
    ("bed at 11, up at half six", [{"kind": "sleep", "hours": 7.5}], ()),
    ("slept poorly, perhaps four hours", [{"kind": "sleep", "hours": 4}], ()),
    ("spirits about 3/10", [{"kind": "mood", "score": 3}], ("pain",)),
    ("mood-wise a seven", [{"kind": "mood", "score": 7}], ("pain",)),
    ("gained 3 kg since the pregabalin", [{"kind": "side_effect"}], ()),
    ("put on 5 lbs on the steroids", [{"kind": "side_effect", "effects": ["weight_gain"]}], ()),
    ("8, not going down my leg at the moment", [{"kind": "pain", "radiating": False}], ()),
    ("5, like a red-hot poker in my hip", [{"kind": "pain", "qualities": ["burning"]}], ()),
    ("played lawn bowls for an hour", [{"kind": "activity"}], ()),
    # Sandbox, Sydney: "went to bowls this arvo" was "didn't catch that"
    ("went to bowls this arvo, back sore after", [{"kind": "activity"}], ("dose",)),
    ("back from bowls, knackered", [{"kind": "activity"}], ()),
    ("a quarter hour of stretching", [{"kind": "activity"}], ()),
    # Emoji and fractions as people type them
    ("👍🏾", [{"kind": "dose", "status": "taken"}], ()),
    ("taken 💊✅", [{"kind": "dose", "status": "taken"}], ()),
    ("⏰ 20", [{"kind": "dose", "status": "snoozed", "minutes": 20}], ()),
    ("took 2½ tablets of paracetamol", [{"kind": "dose", "count": 2.5}], ()),
    ("ibuprofen 200 ×3", [{"kind": "dose", "count": 3}], ()),
    ("naproxen 250, half a tablet", [{"kind": "dose", "count": 0.5}], ()),
    ("put on my buprenorphine patch, 5mcg", [{"kind": "dose", "amount": 5, "unit": "mcg"}], ()),
    ("naproxen at 8 and again at 8pm", [], ()),
    ("out of them, sadly", [{"kind": "dose", "status": "skipped", "reason": "ran_out"}], ()),
    ("walked out of them shops", [], ("dose",)),
    ("my phone was dead, taking it now", [{"kind": "dose", "status": "taken"}], ()),
    # English as a second language: tenses, "eat" a tablet, times of the day, "before 1 hour"
    ("I take the ibuprofen at 7 of the morning", [{"kind": "dose", "status": "taken"}], ()),
    ("the pregabalin I took at 10 in the night", [{"kind": "dose", "status": "taken"}], ()),
    ("took the gabapentin before 2 hours", [{"kind": "dose", "status": "taken"}], ()),
    ("I'm after taking my naproxen", [{"kind": "dose", "status": "taken"}], ()),
    ("already eat the paracetamol 2 piece", [{"kind": "dose", "count": 2}], ()),
    ("no take the naproxen because my stomach pain", [{"kind": "dose", "status": "skipped"}], ()),
    ("not eat the ibuprofen today", [{"kind": "dose", "status": "skipped"}], ()),
    ("no more tablets in the packet", [{"kind": "dose", "status": "skipped"}], ()),
    ("after the mass", [{"kind": "dose", "status": "snoozed"}], ()),
    ("wait me 10 min", [{"kind": "dose", "status": "snoozed", "minutes": 10}], ()),
    ("I sleep very good last night", [{"kind": "sleep", "quality": "good"}], ()),
    ("sleep bad, wake up many times", [{"kind": "sleep", "quality": "poor"}], ()),
    ("I sleep from 11 reach 6", [{"kind": "sleep", "hours": 7}], ("pain",)),
    ("pain go to the hip, 5", [{"kind": "pain", "radiating": True}], ()),
    ("the pregabalin make my ankles swell", [{"kind": "side_effect", "effects": ["swelling"]}], ()),
    ("took the tramadol at 18h and walked 20 min", [{"kind": "activity", "minutes": 20}], ()),
    # Phonetic spellings of the words a report is read from
    ("my lowr bak is akeing 5", [{"kind": "pain", "score": 5, "qualities": ["aching"]}], ()),
    ("slep terribel", [{"kind": "sleep", "quality": "poor"}], ()),
    ("I ate my dinner early", [], ("dose",)),
    ("I ate the sandwich", [], ("dose",)),
    # A nurse's and a night-shift student's shorthand
    ("tramadol SR 100 at 9", [{"kind": "dose", "amount": 100}], ()),
    ("held the naproxen per GP, op on monday", [{"kind": "dose", "reason": "other"}], ()),
    ("skipped gabapentin, too sedated", [{"kind": "dose", "reason": "side_effects"}], ()),
    ("defer 30 min", [{"kind": "dose", "status": "snoozed", "minutes": 30}], ()),
    ("brb", [{"kind": "dose", "status": "snoozed"}], ()),
    ("give me till the kids are in bed", [{"kind": "dose", "status": "snoozed"}], ()),
    ("hold off an hour", [{"kind": "dose", "status": "snoozed", "minutes": 60}], ()),
    ("NRS 4, non-radiating", [{"kind": "pain", "score": 4, "radiating": False}], ()),
    ("6/10, radicular pain R leg", [{"kind": "pain", "locations": ["leg_right"]}], ()),
    ("gluteal ache, 3", [{"kind": "pain", "locations": ["buttock"]}], ()),
    ("pins n needles in my foot, 4", [{"kind": "pain", "qualities": ["tingling"]}], ()),
    ("epigastric burning since the naproxen", [{"kind": "side_effect"}], ()),
    ("slept ~5 h", [{"kind": "sleep", "hours": 5}], ()),
    ("ambulated 15 min", [{"kind": "activity", "kinds": ["walk"], "minutes": 15}], ()),
    ("pushed the buggy to school", [{"kind": "activity", "kinds": ["walk"]}], ()),
    ("mood's flat 4/10", [{"kind": "mood", "score": 4}], ("pain",)),
    ("shooting into my left calf, 7", [{"kind": "pain", "radiating": True}], ()),
    ("not bothering with the naproxen today", [{"kind": "dose", "status": "skipped"}], ()),
    ("left it out, it's upsetting my stomach", [{"kind": "dose", "status": "skipped"}], ()),
    ("no naproxen left", [{"kind": "dose", "reason": "ran_out"}], ()),
    ("it's ripping up my stomach", [{"kind": "side_effect", "effects": ["stomach_pain"]}], ()),
    # "-ish" after the dose: a time ("took 2ish" stays unread: two tablets, or 2 pm?)
    ("took it 7ish", [{"kind": "dose", "status": "taken", "at": "2026-11-25T19:00:00+01:00"}], ()),
    (
        "took the naproxen round about teatime",
        [{"kind": "dose", "at": "2026-11-25T17:00:00+01:00"}],
        (),
    ),
    ("pain 7ish", [{"kind": "pain", "score": 7}], ("dose",)),
    # A present tense with a time gone by is a report (English as a second language)
    ("i take ibuprofen 400 this morning", [{"kind": "dose", "status": "taken", "amount": 400}], ()),
    ("do i take the gabapentin last night or not?", [], ("dose",)),
    ("i take gabapentin every night", [], ("dose",)),
    # A skip word whose object is no dose, with no medicine near
    ("missed the train, walked 20 min", [{"kind": "activity", "minutes": 20}], ("dose",)),
    ("ran out of steam by lunch, 6", [{"kind": "pain", "score": 6}], ("dose",)),
    ("forgot my keys, had to go back", [], ("dose",)),
    ("forgot my pills at work", [{"kind": "dose", "status": "skipped"}], ()),
    # Asked for a little time, however it is put
    ("argh 15 more mins please", [{"kind": "dose", "status": "snoozed", "minutes": 15}], ()),
    ("pls give me reminder again in half an hour", [{"kind": "dose", "status": "snoozed"}], ()),
    ("check on me in 20", [{"kind": "dose", "status": "snoozed", "minutes": 20}], ()),
    ("could i have it in 5?", [{"kind": "dose", "status": "snoozed", "minutes": 5}], ()),
    ("can i have it with milk?", [], ("dose",)),
    # Chat shorthand and glued words
    ("2 tired 2 type, pain 7", [{"kind": "pain", "score": 7}], ()),
    ("pain8 today", [{"kind": "pain", "score": 8}], ()),
    # A score closing a dose message, after the dose's own numbers
    ("ibuprofen at 9, stiff and sore 6", [{"kind": "dose"}, {"kind": "pain", "score": 6}], ()),
    ("took 2 gabapentin at 8 and 2 at 4", [{"kind": "dose", "count": 2}], ("pain",)),
    ("had the ibuprofen, still at a 5", [{"kind": "pain", "score": 5}], ()),
    ("still a 3 hour wait for the gp", [], ("pain",)),
    # "giving it a miss" is a skip (it was read as taken)
    ("giving the naproxen a miss today", [{"kind": "dose", "status": "skipped"}], ()),
    # "held up", "had a snooze": neither a dose held back nor a wait
    ("long day but the back held up", [], ("dose",)),
    ("had a quick snooze after lunch, pain 3", [{"kind": "pain", "score": 3}], ("dose",)),
    # A medicine "all gone" has run out; the pain "all gone" has not
    ("ibuprofen's all gone", [{"kind": "dose", "status": "skipped", "reason": "ran_out"}], ()),
    ("pain's all gone this morning", [], ("dose",)),
    # Two doses of one medicine, each with its amount or count and time
    (
        "gabapentin 300mg at breakfast and 600mg at bedtime",
        [
            {"kind": "dose", "amount": 300, "at": "2026-11-25T08:00:00+01:00"},
            {"kind": "dose", "amount": 600, "at": "2026-11-25T22:00:00+01:00"},
        ],
        (),
    ),
    (
        "ibuprofen 400 at 7am + 400 at 3pm",
        [
            {"kind": "dose", "amount": 400, "at": "2026-11-25T07:00:00+01:00"},
            {"kind": "dose", "amount": 400, "at": "2026-11-25T15:00:00+01:00"},
        ],
        (),
    ),
    (
        "2 ibuprofen at breakfast, 1 at 2pm",
        [
            {"kind": "dose", "count": 2, "at": "2026-11-25T08:00:00+01:00"},
            {"kind": "dose", "count": 1, "at": "2026-11-25T14:00:00+01:00"},
        ],
        ("pain",),
    ),
    (
        "took gabapentin twice today, 9am and 5pm",
        [
            {"kind": "dose", "at": "2026-11-25T09:00:00+01:00"},
            {"kind": "dose", "at": "2026-11-25T17:00:00+01:00"},
        ],
        (),
    ),
    (
        "ibuprofen at 7 in the morning and 7 at night",
        [
            {"kind": "dose", "at": "2026-11-25T07:00:00+01:00"},
            {"kind": "dose", "at": "2026-11-25T19:00:00+01:00"},
        ],
        (),
    ),
    # A strength said as if a count: "7.5 meloxicam" is 7.5 mg (30 tablets stay 30)
    ("took 7.5 meloxicam", [{"kind": "dose", "amount": 7.5, "unit": "mg"}], ()),
    ("took 12 ibuprofen", [{"kind": "dose", "count": 12}], ()),
    ("took 30 ibuprofen", [{"kind": "dose", "count": 30}], ()),
    ("took 50 tramadol", [{"kind": "dose", "amount": 50}], ()),
    ("picked up 30 tablets of gabapentin", [], ("dose",)),
    # The night after "slept" is the sleep's, not the dose's
    (
        "took ibuprofen at 6, slept badly last night",
        [{"kind": "dose", "at": "2026-11-25T18:00:00+01:00"}, {"kind": "sleep", "quality": "poor"}],
        (),
    ),
    # Sleep, mood and stomach in everyday words
    ("woke at 4 and couldn't get back to sleep", [{"kind": "sleep", "quality": "poor"}], ()),
    ("didn't fall asleep until 2", [{"kind": "sleep", "quality": "poor"}], ()),
    (
        "the gabapentin makes me gain weight",
        [{"kind": "side_effect", "effects": ["weight_gain"]}],
        (),
    ),
    ("the tramadol had me sick as a dog", [{"kind": "side_effect", "effects": ["nausea"]}], ()),
    ("feel like i'm going to chunder", [{"kind": "side_effect", "effects": ["nausea"]}], ()),
    ("really irritated with everyone", [{"kind": "mood"}], ()),
    ("my spirits are up today", [{"kind": "mood"}], ()),
    ("the skin is irritated under the patch", [], ("mood",)),
    ("the dog walked all over my phone", [], ("activity",)),
    # Where it hurts
    ("pain 5, mostly the lower right side", [{"kind": "pain", "locations": ["lower_back"]}], ()),
    (
        "pain 6 from my right hip till the knee",
        [{"kind": "pain", "locations": ["hip", "leg_right"], "radiating": True}],
        (),
    ),
    # The pain's own words before a score; details beside a side effect
    ("hips stiff 5, slept 6 hrs", [{"kind": "pain", "score": 5, "qualities": ["stiff"]}], ()),
    ("flare up 7 today", [{"kind": "pain", "score": 7}], ()),
    (
        "upper back throbbing 6, bit dizzy",
        [{"kind": "pain", "score": 6, "locations": ["upper_back"], "qualities": ["throbbing"]}],
        (),
    ),
    ("ok 6 knees aching, took my ibuprofen", [{"kind": "pain", "score": 6}], ()),
    ("ok 2 taken", [{"kind": "dose", "status": "taken"}], ("pain",)),
    # A second taking verb's "another" is of the medicine just taken
    (
        "took gabapentin at 7 took another at 1",
        [
            {"kind": "dose", "medication": "gabapentin", "at": "2026-11-25T07:00:00+01:00"},
            {"kind": "dose", "medication": "gabapentin", "at": "2026-11-25T13:00:00+01:00"},
        ],
        (),
    ),
    (
        "took ibuprofen at 10am, had another at 4",
        [
            {"kind": "dose", "at": "2026-11-25T10:00:00+01:00"},
            {"kind": "dose", "medication": "ibuprofen"},
        ],
        (),
    ),
    # A product named before its two doses is kept on both, with the first one's count
    (
        "panadol osteo 2 at 7am and 2 more at 1pm",
        [
            {"kind": "dose", "count": 2, "at": "2026-11-25T07:00:00+01:00"},
            {"kind": "dose", "count": 2, "at": "2026-11-25T13:00:00+01:00"},
        ],
        (),
    ),
    # A clause of only an hour after a dose is its time, never a score
    (
        "2 ibuprofen with lunch, around 1",
        [{"kind": "dose", "at": "2026-11-25T13:00:00+01:00"}],
        ("pain",),
    ),
    # A clause opening with where the pain went
    ("was 8 at breakfast, down to 5 now", [{"kind": "pain", "score": 5}], ()),
    # Hours that can only be a night
    ("9 solid hours 😴 best in weeks", [{"kind": "sleep", "hours": 9}], ("pain",)),
    # More ways to ask for a little time
    ("give it 15 min", [{"kind": "dose", "status": "snoozed", "minutes": 15}], ()),
    ("soon, still in the car", [{"kind": "dose", "status": "snoozed"}], ()),
    # Side effects and activity in plain words
    (
        "can't stop scratching since the new pills",
        [{"kind": "side_effect", "effects": ["itching"]}],
        (),
    ),
    ("my feet have swelled up", [{"kind": "side_effect", "effects": ["swelling"]}], ()),
    ("pulled weeds for 40 min", [{"kind": "activity", "minutes": 40}], ()),
    # A time opening the message dates the dose after it
    ("09:40 - ibuprofen 400mg", [{"kind": "dose", "at": "2026-11-25T09:40:00+01:00"}], ()),
    ("9.40 had my gabapentin", [{"kind": "dose", "at": "2026-11-25T09:40:00+01:00"}], ()),
    # A question about the signs is no dose, in any English
    ("which signs show say person don take too much tramadol?", [], ("dose",)),
    ("what are the symptoms if i took too much ibuprofen?", [], ("dose",)),
    # Voice typing's "at 7 30"
    ("took my gabapentin at 9 45", [{"kind": "dose", "at": "2026-11-25T09:45:00+01:00"}], ()),
    # Australian English: "crook" is unwell.
    (
        "skip the nurofen tonight, stomach is crook",
        [{"kind": "dose", "reason": "side_effects"}],
        (),
    ),
    (
        "my guts are crook from the mobic",
        [{"kind": "side_effect", "effects": ["stomach_pain"]}],
        (),
    ),
    ("my gut says it's the weather", [], ("side_effect",)),
    ("maybe 4 hours on and off", [], ()),
    ("shovelled the snow", [{"kind": "activity"}], ()),
    ("sleep not so good, 6 hours", [{"kind": "sleep", "hours": 6}], ("dose",)),
    ("couldn't drop off till 3", [{"kind": "sleep", "quality": "poor"}], ()),
    ("out like a light at 11, up at 7", [{"kind": "sleep", "hours": 8}], ()),
    ("skipped the codeine, it bungs me up", [{"kind": "dose", "reason": "side_effects"}], ()),
    ("left the pregabalin out, feel drunk on it", [{"kind": "dose", "reason": "side_effects"}], ()),
    ("took all my pills this morning, pain 3", [], ("red_flag",)),
    ("got them down me", [{"kind": "dose", "status": "taken"}], ()),
    ("skipped the naproxen, it burns my stomach", [{"kind": "dose", "reason": "side_effects"}], ()),
    ("no oxy today, pain's barely there", [{"kind": "dose", "reason": "felt_fine"}], ()),
    ("shortly", [{"kind": "dose", "status": "snoozed"}], ()),
    ("sleep was meh, about 6 hrs", [{"kind": "sleep", "quality": "fair", "hours": 6}], ()),
    # A small count just after the name, then when: the count of the dose, never a score.
    ("neurontin 1 at 9pm", [{"kind": "dose", "status": "taken", "count": 1}], ("pain",)),
    ("took advil 2 this morning", [{"kind": "dose", "status": "taken", "count": 2}], ()),
    ("advil, three, around 10", [{"kind": "dose", "status": "taken", "count": 3}], ("pain",)),
    ("advil 2 hours ago", [{"kind": "dose", "status": "taken", "count": None}], ()),
    # "Left the X" is a skip when X is a medicine; the world spinning is dizziness.
    (
        "left the gabapentin tonight, the world keeps spinning on it",
        [
            {"kind": "dose", "status": "skipped", "reason": "side_effects"},
            {"kind": "side_effect", "effects": ["dizziness"]},
        ],
        (),
    ),
    ("i leave the ibuprofen this morning", [{"kind": "dose", "status": "skipped"}], ()),
    ("left the car at the garage today", [], ("dose",)),
    ("left my keys at home", [], ("dose",)),
    ("my tummy's been bothering me", [{"kind": "side_effect", "effects": ["stomach_pain"]}], ()),
    # Hours said alone that only a night can be are sleep; a short length alone is a wait.
    ("8.5 hrs 😴", [{"kind": "sleep", "hours": 8.5}], ("dose",)),
    ("six hours last night", [{"kind": "sleep", "hours": 6}], ("dose",)),
    ("a solid 9 hours", [{"kind": "sleep", "hours": 9, "quality": "good"}], ("dose",)),
    ("6 hours", [{"kind": "sleep", "hours": 6}], ("dose",)),
    ("3 hours", [{"kind": "dose", "status": "snoozed", "minutes": 180}], ("sleep",)),
    ("conked out for 10 hours", [{"kind": "sleep", "hours": 10}], ()),
    ("up with the dog, maybe 4 hours in bits", [{"kind": "sleep", "hours": 4}], ()),
    ("slept thru, 7 hrs", [{"kind": "sleep", "hours": 7, "quality": "good"}], ()),
    ("slept 10-4 on nights, so 6 hrs", [{"kind": "sleep", "hours": 6}], ()),
    # The pain's path said with any verb of moving, or as a stretch of the body.
    ("5, the pain moves to my left thigh", [{"kind": "pain", "radiating": True}], ()),
    ("burning from the waist down, 6", [{"kind": "pain", "radiating": True}], ()),
    ("pain heading towards my groin, 5", [{"kind": "pain", "radiating": True}], ()),
    ("back 6, comes down the side to my ankle", [{"kind": "pain", "radiating": True}], ()),
    ("went to the shops for a knee brace, pain 4", [{"kind": "pain", "radiating": None}], ()),
    # A strength before the name is the amount; "a new patch", "the capsule" is one.
    ("600 ibuprofen at 7", [{"kind": "dose", "amount": 600, "unit": "mg"}], ()),
    ("took 800 of the ibuprofen", [{"kind": "dose", "amount": 800}], ()),
    ("I've taken the gabapentin capsule", [{"kind": "dose", "count": 1}], ()),
    # A future "take it just now" waits; skips with their reasons in many Englishes.
    ("gonna take it just now", [{"kind": "dose", "status": "snoozed"}], ()),
    (
        "not going to take the ibuprofen, my stomach's torn up",
        [
            {"kind": "dose", "status": "skipped", "reason": "side_effects"},
            {"kind": "side_effect", "effects": ["stomach_pain"]},
        ],
        (),
    ),
    (
        "I no take the gabapentin, e dey make my head turn",
        [{"kind": "side_effect", "effects": ["dizziness"]}],
        (),
    ),
    ("skipped the gabapentin, knocks me out", [{"kind": "side_effect"}], ()),
    (
        "haven't bothered with my ibuprofen, back's been kind to me",
        [{"kind": "dose", "status": "skipped", "reason": "felt_fine"}],
        (),
    ),
    ("decided not to take the muscle relaxer", [{"kind": "dose", "status": "skipped"}], ()),
    # A negated "use", "need", "bother with" of a thing no dose is called is no skip.
    ("didn't use the walker today", [], ("dose",)),
    ("didn't bother with the stretches today", [], ("dose",)),
    ("didn't need the stick on the walk", [], ("dose",)),
    # A range alone is a score (the higher end), never "3 minutes to 4"; "at 10 to 8" is.
    ("2 to 3", [{"kind": "pain", "score": 3}], ()),
    ("somewhere 4 to 5 today", [{"kind": "pain", "score": 5}], ()),
    (
        "at 10 to 8 I took my gabapentin",
        [{"kind": "dose", "at": "2026-11-25T19:50:00+01:00"}],
        ("pain",),
    ),
    # "About 7" beside where it hurts is a score; where it went is the score now.
    ("about 7, mostly in my neck", [{"kind": "pain", "score": 7, "locations": ["neck"]}], ()),
    ("dropped to a 3 by teatime", [{"kind": "pain", "score": 3}], ()),
    ("sore shoulders both sides, 4", [{"kind": "pain", "locations": ["shoulder"]}], ()),
    ("achey and stiff, 5", [{"kind": "pain", "qualities": ["aching", "stiff"]}], ()),
    ("it's low down in my back, 6", [{"kind": "pain", "locations": ["lower_back"]}], ()),
    # Tagalog's polite "po" is no word of the message; "5mg po" is by mouth.
    ("gabapentin 300mg po 1400", [{"kind": "dose", "at": "2026-11-25T14:00:00+01:00"}], ()),
    ("I took po the gabapentin at 8", [{"kind": "dose", "status": "taken"}], ()),
]


def _doses(text: str) -> list[tuple[str | None, str | None]]:
    return [(d["medication"], d["at"]) for d in run(text) if d["kind"] == "dose"]


def test_when_a_dose_was_taken_said_in_a_second_clause_is_that_dose() -> None:
    # "… - pm dose taken 2000": the named dose's time, not a second dose.
    assert _doses("gabapentin 300mg bd - pm dose taken 1930") == [
        ("gabapentin", "2026-11-25T19:30:00+01:00")
    ]


def test_another_dose_or_it_again_is_a_second_dose() -> None:
    assert len(_doses("took my gabapentin, another dose at 6")) == 2
    assert _doses("took my gabapentin at 9 then took it again at 3") == [
        ("gabapentin", "2026-11-25T09:00:00+01:00"),
        ("gabapentin", "2026-11-25T15:00:00+01:00"),
    ]


def test_a_reason_said_apart_is_not_a_second_skip() -> None:
    out = run("didn't take the naproxen, totally slipped my mind")
    doses = [i for i in out if i["kind"] == "dose"]
    assert [(d["status"], d["medication"], d["reason"]) for d in doses] == [
        ("skipped", "naproxen", "forgot")
    ]


@pytest.mark.parametrize(("text", "expect", "absent"), CASES)
def test_everyday_wording(text: str, expect: list[dict[str, Any]], absent: tuple[str, ...]) -> None:
    problem = check(run(text), expect, absent)
    assert problem is None, f"{text!r}: {problem}"


def test_forgetting_to_drink_a_medicine_is_no_dose_taken() -> None:
    out = run("forgot to drink my gabapentin at lunch")
    assert [(o["status"], o["medication"]) for o in out if o["kind"] == "dose"] == [
        ("skipped", "gabapentin")
    ]


def test_a_forgotten_dose_taken_later_that_day_is_one_dose_taken() -> None:
    out = run("forgot my gabapentin at lunch so had it at 3 instead")
    doses = [o for o in out if o["kind"] == "dose"]
    assert [(d["status"], d["medication"], d["at"]) for d in doses] == [
        ("taken", "gabapentin", "2026-11-25T15:00:00+01:00")
    ]
    # Another day, and no "instead": the skip and the later dose are two doses.
    out = run("forgot my gabapentin last night, took it this morning")
    assert sorted(o["status"] for o in out if o["kind"] == "dose") == ["skipped", "taken"]


def test_a_negation_in_a_run_on_message_belongs_to_its_own_verb() -> None:
    out = run("5 couldnt sleep took 2 gabapentin at 3")
    assert [(o["status"], o["count"]) for o in out if o["kind"] == "dose"] == [("taken", 2)]
    assert [o["score"] for o in out if o["kind"] == "pain"] == [5]
    out = run("didn't even take my ibuprofen")
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["skipped"]
    out = run("haven't got round to taking the gabapentin")
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["skipped"]


def test_pain_said_beside_hours_of_sleep_is_still_the_score() -> None:
    out = run("pain 6 took my ibuprofen slept maybe 5 hrs")
    assert [o["score"] for o in out if o["kind"] == "pain"] == [6]
    assert [o["hours"] for o in out if o["kind"] == "sleep"] == [5]
    # ... and a count of things opening the message is not one.
    out = run("10 pushups then took my gabapentin")
    assert not [o for o in out if o["kind"] == "pain"]


def test_forgot_but_will_take_it_is_a_wait_not_a_skip() -> None:
    out = run("forgot my gabapentin, gonna take it in 10 min")
    doses = [(o["status"], o["medication"], o["minutes"]) for o in out if o["kind"] == "dose"]
    assert doses == [("snoozed", "gabapentin", 10)]


def test_where_it_hurts_without_a_score_is_kept_as_said() -> None:
    out = run("took gabapentin, my knee is swelling up")
    assert [o["text"] for o in out if o["kind"] == "note"] == ["my knee is swelling up"]
    # Words about the message itself are no note.
    out = run("took my ibuprofen at 9, sorry for the late reply")
    assert [o for o in out if o["kind"] == "note"] == []


def test_a_dose_taken_at_a_clock_time_still_ahead_was_taken_yesterday() -> None:
    # Said at 20:05: 23:00 is well ahead, so it was last night's; 21:30 may be a slip of
    # the clock, kept today's for the bot to ask about.
    late = run("took my ibuprofen at 11pm, forgot to say")
    assert [o["at"] for o in late if o["kind"] == "dose"] == ["2026-11-24T23:00:00+01:00"]
    near = run("took my ibuprofen at 9.30pm")
    assert [o["at"] for o in near if o["kind"] == "dose"] == ["2026-11-25T21:30:00+01:00"]


FLAGS: list[tuple[str, str]] = [
    # Night sweats with weight loss: the systemic signs of an infection or a cancer.
    ("soaked with sweat most nights and I've lost a stone without trying", "fever"),
    ("weight's dropping and I sweat through the sheets, back no better", "fever"),
    ("i dont wanna be here anymore", "suicidal"),
    ("praying i don't wake up tomorrow", "suicidal"),
    ("want to make everything stop for good", "suicidal"),
    ("threw up and it looked like coffee", "gi_bleeding"),
    ("vomitting blod", "gi_bleeding"),
    ("my face went to one side, my wife says", "stroke_signs"),
    ("can't feel myself wee any more", "bladder_bowel"),
    ("my man bits have gone numb", "saddle_numbness"),
    ("getting weaker every day and keep tripping", "leg_weakness"),
    ("wet the bed and slept right through, never happened before", "bladder_bowel"),
    ("my bladdar wont hold any more", "bladder_bowel"),
    ("can't tell when i need the loo anymore", "bladder_bowel"),
    ("mum says his pupils are like pins and he keeps nodding off mid sentence", "overdose_signs"),
    ("I've got my affairs in order now", "suicidal"),
    ("won't be a burden much longer", "suicidal"),
    ("i just want to stop existing", "suicidal"),
    ("brought up dark red stuff this morning", "gi_bleeding"),
    ("half my face feels numb suddenly", "stroke_signs"),
    ("lost controll of my bowls", "bladder_bowel"),
    ("less strength in my legs each day", "leg_weakness"),
    ("anaphalaxis i think, lips swelling", "allergic_reaction"),
    ("no reason to keep living", "suicidal"),
    ("chucked up blood", "gi_bleeding"),
    ("feels like somebody is sitting on my chest", "chest_pain"),
    ("cut my wrists again last night, it's the only thing that helps", "suicidal"),
    ("hurt myself on purpose to feel something", "suicidal"),
    ("keep thinking about driving into a wall on the motorway", "suicidal"),
    ("gusto ko nang mamatay", "suicidal"),
    ("maybe better I die, no more pain", "suicidal"),
    ("already thought how to do it", "suicidal"),
    ("it's like someone else's bum when i wipe", "saddle_numbness"),
    ("i keep dribbling when i walk, never did before", "bladder_bowel"),
    ("leg strength going down every day", "leg_weakness"),
    ("my brother not answer me and his lips are blue after his pills", "overdose_signs"),
    ("i peed myself without knowing", "bladder_bowel"),
    ("pressing in the middle of my chest going to my jaw", "chest_pain"),
    ("my face fell to one side suddenly", "stroke_signs"),
    ("cheast pane and sweting", "chest_pain"),
    ("the toilet is black like tar", "gi_bleeding"),
    ("bits down there feel like after a novocaine jab", "saddle_numbness"),
    ("my privates have no sensation at all", "saddle_numbness"),
    ("strength in my legs is less and less", "leg_weakness"),
    ("can't push off with my right foot", "leg_weakness"),
    ("he's gone floppy and we can't get a response out of him", "overdose_signs"),
    ("passing bright red blood from my back passage", "gi_bleeding"),
    ("half my face can't move", "stroke_signs"),
    ("can't take a leak since this morning", "bladder_bowel"),
    ("had a leak in the supermarket and didn't feel it", "bladder_bowel"),
    ("angioedema after the new tablet", "allergic_reaction"),
    ("facial droop on the left", "stroke_signs"),
    ("my motions are passing without my knowledge", "bladder_bowel"),
    ("hi temperature and the back is killing me", "fever"),
    ("eyelids are puffed up after the new tablet", "allergic_reaction"),
    ("nobody would notice if i was gone", "suicidal"),
    ("can't smile on the left since this afternoon", "stroke_signs"),
    ("half my face isn't moving", "stroke_signs"),
    ("took every one of my pills at once", "overdose_signs"),
    ("on the toilet it's like my bum isn't there", "saddle_numbness"),
    ("weeing has been really difficult since yesterday", "bladder_bowel"),
    ("bloody sick this morning after the ibuprofen", "gi_bleeding"),
    ("cant feel when i need the toilet and keep leaking", "bladder_bowel"),
    ("couldn't make it to the loo in time twice today", "bladder_bowel"),
    ("tingling around my privates since this morning", "saddle_numbness"),
    ("my left foot keeps catching on the stairs, the leg won't lift", "leg_weakness"),
    ("temperature's 38.6 on the thermometer", "fever"),
    ("he couldn't wake me for ages after my oxy", "overdose_signs"),
    ("don't see the point in carrying on", "suicidal"),
    ("everyone would be better off if i wasn't here", "suicidal"),
    ("sick came up like coffee grounds", "gi_bleeding"),
    ("my chest's gone heavy and tight", "chest_pain"),
    ("a band roond ma chest", "chest_pain"),
    ("vomited dark brown gritty bits", "gi_bleeding"),
    ("thinking about one last long sleep", "suicidal"),
    ("they'd all be better off if i was gone", "suicidal"),
    ("want to finish my life", "suicidal"),
    ("my lips are big and it is difficult to breathe", "allergic_reaction"),
    ("there was blood when i threw up", "gi_bleeding"),
    ("suddenly my face feels numb and my speech is weird", "stroke_signs"),
    ("he found me grey round the lips after my oxy", "overdose_signs"),
    ("crushing feeling behind my breastbone", "chest_pain"),
    ("my mouth is hanging on one side", "stroke_signs"),
    ("102.3 and the back is worse", "fever"),
    ("my legs folded under me again, getting worse", "leg_weakness"),
    ("my bladder's gone strange, can't go at all", "bladder_bowel"),
    ("i don't feel my bum or between the legs since this morning", "saddle_numbness"),
    ("been thinking of taking all the tramadol at once", "suicidal"),
    ("threw up twice, bits of blood in it", "gi_bleeding"),
    ("woke up in wet pants and never felt a thing", "bladder_bowel"),
    ("when i wipe it feels like it's not my skin", "saddle_numbness"),
    ("my tablets are all lined up for tonight", "suicidal"),
    ("his breathing's gone so slow after his oxy", "overdose_signs"),
    ("suddenly i can't see out of my right eye", "stroke_signs"),
    ("only noticed my jeans were wet, had no idea i was weeing", "bladder_bowel"),
    ("had an accident in the shop and didn't even feel it", "bladder_bowel"),
    ("the toilet paper feels like nothing when i wipe", "saddle_numbness"),
    ("my mouth is turned to one side", "stroke_signs"),
    ("my words are not clear this morning", "stroke_signs"),
    ("my right hand went limp for ten minutes", "stroke_signs"),
    ("my face dropped on one side at lunch but it's fine now", "stroke_signs"),
    ("some days i think about finishing my life", "suicidal"),
    ("i've got tablets saved up to end it", "suicidal"),
    ("lower limb weakness getting worse since monday", "leg_weakness"),
    ("tight feeling behind my sternum and sweaty", "chest_pain"),
    ("on the toilet ages and nothing will come out, my bladder is so full", "bladder_bowel"),
    ("can't get myself up off the sofa with my legs any more", "leg_weakness"),
    ("my legs feel like jelly and they keep getting weaker", "leg_weakness"),
    ("shivering with a temperature since lunch", "fever"),
    ("nodding off and i can't breathe right", "overdose_signs"),
    ("hives all over and i can't get enough air", "allergic_reaction"),
    ("my cheeks and tongue are swelling", "allergic_reaction"),
    ("every night i pray to god that i won't wake up", "suicidal"),
    ("lost all feeling down my left side this morning", "stroke_signs"),
    ("my right side arm and leg isn't moving properly", "stroke_signs"),
    ("she's making snoring noises and i can't get her to wake", "overdose_signs"),
    ("wiping feels like it isn't my body", "saddle_numbness"),
    ("been hoarding the co-codamol for when i've had enough", "suicidal"),
    ("enough tramadol in the cupboard to end things", "suicidal"),
    ("sat in the car in the shut garage thinking about leaving the engine running", "suicidal"),
    ("i've already picked which bridge", "suicidal"),
    ("stood there holding the box thinking about swallowing all of it", "suicidal"),
    ("looked up how much oxy would be lethal", "suicidal"),
    ("every night i pray god takes me in my sleep", "suicidal"),
    ("if it wasn't for my cat i wouldn't still be here", "suicidal"),
    ("everyone would be better off without me", "suicidal"),
    ("bought a rope today", "suicidal"),
    ("it would be a mercy if i just died", "suicidal"),
    ("i keep thinking about turning the wheel into a tree", "suicidal"),
    ("sat on the bathroom floor with a razor for an hour", "suicidal"),
    ("woke up disappointed to still be alive", "suicidal"),
    ("the nurse asked if i have a plan. i said no. i do.", "suicidal"),
    ("took all my gabapentin an hour ago. i'm sorry.", "suicidal"),
    ("i put one aside every night, i know what they're for", "suicidal"),
    ("looked up how many of the oxy it would take", "suicidal"),
    ("lay awake wishing i wouldn't wake up", "suicidal"),
    ("i'm a burden on my husband, he'd be better off without me", "suicidal"),
    ("wrote my will and made my peace", "suicidal"),
    ("tested the rope last night", "suicidal"),
    ("i won't be around for the refill", "suicidal"),
    ("ich will nicht mehr leben", "suicidal"),
    ("quero morrer", "suicidal"),
    ("planning to end things soon", "suicidal"),
    ("i don't see any reason to keep going", "suicidal"),
    # A negation before "gone since" keeps the sign: not gone, not resolved
    ("numb between my legs, and i haven't gone since breakfast", "saddle_numbness"),
    # Retention felt as no need at all
    ("haven't felt any urge to wee since lunch", "bladder_bowel"),
    # Black and sticky, said with a pause between
    ("my poo has been very dark, nearly black and sticky", "gi_bleeding"),
    ("went to the restroom and it was jet black and tarry", "gi_bleeding"),
    # FAST's arm, told by the one who tried to lift it; speech heard by someone with them
    ("my right hand dropped when i tried to hold the cup up", "stroke_signs"),
    ("my son told me i'm not making any sense and my arm is heavy", "stroke_signs"),
    # A dentist's numbness, in the saddle
    ("between my legs feels like an injection at the dentist", "saddle_numbness"),
    ("it's numb whenever i sit on the toilet", "saddle_numbness"),
    # Irish and Australian "me" for "my"; the undies; sitting ruled out
    ("wet me jocks on the bus, didn't feel it coming", "bladder_bowel"),
    ("no feeling in me bits since breakfast and it's not from sitting", "saddle_numbness"),
    ("motion passed in my sleep without my knowledge", "bladder_bowel"),
    # Nigerian Pidgin: fever, an overdose seen, a face and a hand
    ("my body dey hot since morning and the back pain worse", "fever"),
    ("my sister no dey wake and her breath dey slow after the tramadol", "overdose_signs"),
    ("she don't wake up and she breathe very slow", "overdose_signs"),
    ("can't wake mum properly and her lips have gone a bit blue", "overdose_signs"),
    ("my mouth turn one side since this morning", "stroke_signs"),
    # Typed fast or by voice
    ("thru up blood this morning", "gi_bleeding"),
    ("the toilet looked like black treacle again", "gi_bleeding"),
    ("chest pian and cant breathe properly", "chest_pain"),
    ("an elephant's sitting on my chest", "chest_pain"),
    # A throat closing is still read, and a death said without the joke
    ("lips puffy and i can't swallow properly", "allergic_reaction"),
    ("gonna die tomorrow, it's all sorted", "suicidal"),
]


@pytest.mark.parametrize(("text", "flag"), FLAGS)
def test_red_flags_in_plain_words(text: str, flag: str) -> None:
    assert flag in detect_red_flags(normalise(text))


NOT_FLAGS = [
    "saying goodbye to my physio today, discharged!",
    "writing goodbye cards for my colleagues, last day at this job",
    "nearly passed out from the pain getting up",
    "'i'd rather be dead than old' she said, my gran, not me",
    "reading about how overdoses happen so i understand my risk",
    "chest tight from the cold air, fine after i warmed up",
    "sad today but i'm safe, no dark thoughts, had to say goodbye to the old house",
    "wrote a goodbye letter... to my old job!",
    "i wish i could disappear to a beach for a week",
    "'i'm going to kill myself' is what my son says about homework",
    "that song came on, 'i hurt myself today', made me laugh",
    "my chest feels heavy with grief, not actual pain",
    "my wife couldn't wake me because i had earplugs in",
    "feverish excitement here, my daughter got the job",
    "a crime drama where the killer overdoses in episode 2",
    "had a nightmare that i overdosed, fine now",
    "stools have been normal all week, no black",
    "passed out on the sofa for a nap, woke up refreshed",
    "weak legs? no, they're fine",
    "tingling from my right buttock down to the knee again",
    "about fiveish today, nothing dramatic",
    "the drop foot from my old injury is the same as it's been for years",
    "my neighbour's face swelled up from a wasp sting",
    "the man next to me on the bus had a fever",
    "the leaflet lists chest pain as a warning sign, good to know",
    "the rash from the antibiotics went down after a day, that was back in june",
    "couldn't wake the twins up for school again",
    "history of a bladder infection in 2015, resolved",
    "mouth so dry on the amitriptyline i can hardly talk",
    "kids were vomiting all weekend",
    "sons lips swelled up after the bee sting",
    "bum went numb from the wooden bench at the match",
    "scared i could overdose if i mix them",
    "the label says face swelling is serious, i don't have that",
    "my workmate's leg gave way at the gym",
    "crying laughing, nearly killed myself laughing at that film",
    "is bloody stool a side effect of naproxen?",
    "41 degrees outside today, melting",
    "that was an odd day",
    "threw up my lunch but no blood at all",
    "my wee girl has a temperature of 38.4",
    "a little leak when i cough, always had that",
    "watched a doco on overdoses",
    "my bum went numb on the long drive",
    "the leg weakness has improved a lot since the surgery",
    "mum's slurring after two glasses of wine lol",
    "what counts as chest pain for the form?",
    "weighed 101.5 kg this morning",
    "the physio said leg weakness means go to A&E straight away",
    "the wee one wet the bed again",
    "my da had a stroke years back so I keep an eye on my blood pressure",
    "normal feeling in the saddle area, bladder fine",
    "nearly had a heart attack when the dog barked",
    "playing Fever by the Black Keys",
    "sat at my desk so long my bum went numb, fine once i got up",
    "hope i don't wake the kids up when i get in",
    "i hope i don't wake up my husband with the light",
    "burning in my chest from the reflux again",
    "specialist tested my reflexes and saddle area, all normal",
    "make the pain stop for good please",
    "od'd on pizza last night haha",
    "won't be here on tuesday, visiting my sister",
    "ate two bowls of porridge",
    "burned myself on the kettle again",
    "cut my finger chopping onions",
    "taking my life back, walked 20 min",
    "overdosed on chocolate at the weekend",
    "gonna die if i don't get a coffee soon",
    "my legs not weak, walking fine",
    "stood on the bridge watching the boats",
    "Sophie has a fever of 38.7, poor thing",
    "the baby's nappy was black after the iron",
    "afebrile today",
    "heart attack levels of sugar in that cake",
    "a patient on my ward had a stroke",
    "had a leak in the bathroom ceiling",
    "overdosed once in my twenties, clean for years",
    "my leg was weak before the op but it's strong again",
    "these deadlines are giving me a heart attack",
    "a character in my show was vomiting blood",
    "my eyes are huge from crying",
    "nearly wet myself laughing at the film",
    "weak left leg from the old injury, same as always",
    "a heart attack of a phone bill",
    "had suicidal thoughts years ago, doing well now with therapy",
    "drenched in sweat after spin class",
    "lost weight on the new diet, chuffed",
    "had night sweats and lost weight years ago, all clear since",
    "had a fever years ago, fine now",
    # Going somewhere, not a farewell (English as a second language drops the "to")
    "i take my naproxen with food before i go work",
    "before i go shopping i'll take the ibuprofen",
    # A tablet too big to swallow; tomorrow's hangover, laughed at
    "struggling to swallow the big tablets, can i get liquid",
    "pints with the lads tonight, gonna die tomorrow haha",
    # Fine, sitting explained, a doctor's question answered no
    "peeing normally, no leaks",
    "bum went numb after 4 hours in the car, fine once i got out",
    "the nurse wanted to know about black stools, told her none",
    # Unchanged for years, recovering, smitten, a pet, a final, a question, a comparison
    "my foot drop from the op hasn't changed in years",
    "legs still weak after the flu but getting stronger every day",
    "weak at the knees when she smiled",
    "my old cat's back legs are getting weak",
    "cup final fever in the pub tonight",
    "which symptoms of a stroke should i watch for?",
    "the way he dances looks like he's having a stroke lol",
    "lips blue from the ice lolly 😂",
    "wala po akong fever",
    "the rash was from the antibiotic, now no problem",
    "knot between my shoulder blades, just miserable today",
    # The local anaesthetic, not an allergy or a stroke
    "top lip is puffy from the filling, still can't feel half my face",
]


@pytest.mark.parametrize("text", NOT_FLAGS)
def test_look_alikes_are_not_red_flags(text: str) -> None:
    assert detect_red_flags(normalise(text)) == []


def test_sleeping_through_a_wet_bed_is_the_bladder_not_an_overdose() -> None:
    flags = detect_red_flags(normalise("wet the bed again and didn't even wake up"))
    assert flags == ["bladder_bowel"]


def test_a_forgotten_dose_taken_now_is_one_dose_taken() -> None:
    for text in (
        "sorry forgot the ibuprofen, taking it now",
        "forgot my ibuprofen earlier, just took it",
        "forgot the ibuprofen this morning so taking it now",
    ):
        assert [(o["status"], o["medication"]) for o in run(text) if o["kind"] == "dose"] == [
            ("taken", "ibuprofen")
        ], text
    # Another day's forgotten dose stays missed beside today's taken.
    out = run("forgot my ibuprofen last night, took it this morning")
    assert sorted(o["status"] for o in out if o["kind"] == "dose") == ["skipped", "taken"]


def test_a_limb_gone_floppy_is_weakness_not_a_person_gone_limp() -> None:
    assert detect_red_flags(normalise("my foot's gone floppy and keeps tripping me")) == [
        "leg_weakness"
    ]
    assert detect_red_flags(normalise("my left arm went floppy at dinner")) == ["stroke_signs"]
    assert detect_red_flags(normalise("he went floppy after his pills")) == ["overdose_signs"]


def test_a_combination_named_in_the_other_order_is_the_one_in_the_list() -> None:
    out = run("took 2 co-codamol at 10", meds=["codeine/acetaminophen", "naproxen"])
    assert [o["medication"] for o in out if o["kind"] == "dose"] == ["codeine/acetaminophen"]


def _taken(text: str, meds: list[str]) -> list[tuple[Any, Any, str]]:
    out = run(text, meds=meds)
    doses = [o for o in out if o["kind"] == "dose"]
    return [(o["medication"], o["count"], (o["at"] or "")[11:16]) for o in doses]


def test_two_doses_of_one_medicine_each_with_its_time() -> None:
    # Chat's "n" is "and"; "again" repeats the count; "1 at 1" is a count with its time.
    assert _taken("took 2 naproxen at 8 n 2 more at 4", ["naproxen"]) == [
        ("naproxen", 2, "08:00"),
        ("naproxen", 2, "16:00"),
    ]
    assert _taken("took 2 advil at 9 and again at 3", ["ibuprofen"]) == [
        ("ibuprofen", 2, "09:00"),
        ("ibuprofen", 2, "15:00"),
    ]
    assert _taken("took 2 ibuprofen at 7 and 1 at 1", ["ibuprofen"]) == [
        ("ibuprofen", 2, "07:00"),
        ("ibuprofen", 1, "13:00"),
    ]
    # A count of another medicine is that medicine's dose, not a second of the first.
    assert _taken(
        "took ibuprofen at 8am and 2 paracetamol at 9am", ["ibuprofen", "acetaminophen"]
    ) == [
        ("ibuprofen", None, "08:00"),
        ("acetaminophen", 2, "09:00"),
    ]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("back 5, sleep was ok tho 7 hrs", 7),
        ("sleep meh about 5 hrs", 5),
        ("kip was awful, maybe 3 hours", 3),
        ("7.5 hrs of patchy sleep", 7.5),
        ("last night was maybe 4 hrs", 4),
        ("slept badly, perhaps five hours in all", 5),
    ],
)
def test_hours_said_beside_the_sleep_are_the_nights(text: str, hours: float) -> None:
    out = run(text)
    assert [o["hours"] for o in out if o["kind"] == "sleep"] == [hours], out
    assert not [o for o in out if o["kind"] == "dose"], "hours of sleep are no snooze"


def test_felt_out_of_it_is_drowsiness_not_running_out() -> None:
    out = run("skipped the gabapentin, felt totally out of it last night")
    assert [o["reason"] for o in out if o["kind"] == "dose"] == ["side_effects"]
    out = run("no gabapentin today, ran out of it")
    assert [o["reason"] for o in out if o["kind"] == "dose"] == ["ran_out"]


@pytest.mark.parametrize(
    ("text", "kind", "key", "value"),
    [
        ("taking the gabapentin now", "dose", "status", "taken"),
        ("half a gabapentin tab before bed", "dose", "count", 0.5),
        ("lower back like being stabbed, 6", "pain", "qualities", ["stabbing"]),
        ("been crying a lot this week", "mood", "words", ["tearful"]),
        ("put on about 4 kg since the gabapentin", "side_effect", "effects", ["weight_gain"]),
        ("mouth proper dry on these", "side_effect", "effects", ["dry_mouth"]),
    ],
)
def test_everyday_words_for_doses_pain_mood_and_side_effects(
    text: str, kind: str, key: str, value: Any
) -> None:
    out = run(text)
    assert [o[key] for o in out if o["kind"] == kind] == [value], out


def test_taking_a_walk_now_is_no_dose() -> None:
    assert not [o for o in run("taking a walk now") if o["kind"] == "dose"]


def test_side_effects_are_the_writers_own_and_real() -> None:
    # Someone else's, feared, or past a negation that ended at "just": not recorded.
    assert not [
        o for o in run("my son was vomiting all night so no sleep") if o["kind"] == "side_effect"
    ]
    assert not [o for o in run("if i get dizzy on these do i stop?") if o["kind"] == "side_effect"]
    out = run("no stomach pain only heartburn after the naproxen")
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["heartburn"]]
    out = run("my husband says i was dizzy all evening")
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["dizziness"]]


@pytest.mark.parametrize(
    "text",
    [
        "felt sick after the gabapentin, skipping tonights dose",
        "took my gabapentin at 8 yesterday and forgot this mornings",
    ],
)
def test_a_dose_said_by_its_day_is_the_medicine_named_before(text: str) -> None:
    doses = [o for o in run(text) if o["kind"] == "dose" and o["status"] == "skipped"]
    assert [d["medication"] for d in doses] == ["gabapentin"]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("done. pain still 7", [{"kind": "dose", "status": "taken"}, {"kind": "pain", "score": 7}]),
        ("2 hrs pls, at work", [{"kind": "dose", "status": "snoozed", "minutes": 120}]),
        (
            "give me small time, like 15 minutes",
            [{"kind": "dose", "status": "snoozed", "minutes": 15}],
        ),
        ("chemist was closed, no gabapentin", [{"kind": "dose", "reason": "ran_out"}]),
        ("zero sleep again", [{"kind": "sleep", "quality": "poor"}]),
        ("slept 5. back 6.", [{"kind": "sleep", "hours": 5}, {"kind": "pain", "score": 6}]),
        ("queasy and sick all day", [{"kind": "side_effect", "effects": ["nausea"]}]),
        ("hot flashes every night", [{"kind": "side_effect", "effects": ["sweating"]}]),
        ("lidocaine patch on, back 4", [{"kind": "dose", "status": "taken"}]),
    ],
)
def test_short_everyday_replies(text: str, expect: list[dict[str, Any]]) -> None:
    assert check(run(text, meds=["gabapentin", "lidocaine"]), expect) is None


def test_done_with_the_pain_is_no_dose() -> None:
    assert not [o for o in run("done with this pain, 8") if o["kind"] == "dose"]


def test_asking_whether_a_dose_was_taken_records_nothing() -> None:
    assert not [o for o in run("did I already take my gabapentin today?") if o["kind"] == "dose"]
    assert not [o for o in run("have i had my ibuprofen yet") if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "ibuprofen yes, gabapentin no",
            [("ibuprofen", "taken"), ("gabapentin", "skipped")],
        ),
        (
            "ibuprofen done, gabapentin after I eat",
            [("ibuprofen", "taken"), ("gabapentin", "snoozed")],
        ),
        ("gabapentin with dinner later", [("gabapentin", "snoozed")]),
        ("ibuprofen 400 one tablet after lunch", [("ibuprofen", "taken")]),
    ],
)
def test_each_medicine_answered_in_a_few_words(text: str, expect: list[tuple[str, str]]) -> None:
    doses = [(o["medication"], o["status"]) for o in run(text) if o["kind"] == "dose"]
    assert doses == expect


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("in five", 5),
        ("in a couple of hours", 120),
        ("give me an hour, i'm driving", 60),
        ("in 1/2 hr", 30),
        ("one sec — 10 min", 10),
    ],
)
def test_waits_said_every_way(text: str, minutes: int) -> None:
    doses = [o for o in run(text) if o["kind"] == "dose"]
    assert [(d["status"], d["minutes"]) for d in doses] == [("snoozed", minutes)]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("bottle's empty", [{"kind": "dose", "status": "skipped", "reason": "ran_out"}]),
        ("gabapentin ran dry", [{"kind": "dose", "status": "skipped", "reason": "ran_out"}]),
        ("all sorted ✅ ta", [{"kind": "dose", "status": "taken"}]),
        ("pill down 💊", [{"kind": "dose", "status": "taken"}]),
        ("mood's pretty low today", [{"kind": "mood", "words": ["low"]}]),
        ("burning has eased to a 4", [{"kind": "pain", "score": 4, "qualities": ["burning"]}]),
    ],
)
def test_more_short_replies(text: str, expect: list[dict[str, Any]]) -> None:
    assert check(run(text), expect) is None


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("started at a 4, ending the day at a 7", [{"kind": "pain", "score": 7}]),
        ("8 at its worst, 6 now", [{"kind": "pain", "score": 6}]),
        ("mood awful, maybe 3", [{"kind": "mood", "score": 3}]),
        ("a bit flat", [{"kind": "mood", "words": ["flat"]}]),
        ("feeling tired and low", [{"kind": "mood", "words": ["low"]}]),
        ("in an ok mood tonight", [{"kind": "mood", "words": ["ok"]}]),
        ("woke at 4 and never got back to sleep", [{"kind": "sleep", "quality": "poor"}]),
        ("banging head all afternoon", [{"kind": "side_effect", "effects": ["headache"]}]),
        ("itchy red spots on my arms", [{"kind": "side_effect", "effects": ["itching", "rash"]}]),
        ("it makes me throw up", [{"kind": "side_effect", "effects": ["vomiting"]}]),
    ],
)
def test_the_evening_check_in_in_own_words(text: str, expect: list[dict[str, Any]]) -> None:
    out = run(text)
    assert check(out, expect) is None, out


@pytest.mark.parametrize(
    ("text", "expect", "absent"),
    [
        ("0-10? seven", [{"kind": "pain", "score": 7}], ()),
        ("around five, aching in my lower back", [{"kind": "pain", "score": 5}], ()),
        ("a 6 out of 10 mood-wise", [{"kind": "mood", "score": 6}], ("pain",)),
        ("pain 7 at 3am, took an oxy, now 3", [{"kind": "pain", "score": 3}], ()),
        ("asleep by half 11, up at 6", [{"kind": "sleep", "hours": 6.5}], ("pain",)),
        ("walked for an hour and a quarter", [{"kind": "activity", "minutes": 75}], ()),
        ("took the dog out for 40 mins", [{"kind": "activity", "kinds": ["walk"]}], ("dose",)),
        ("took forever to fall asleep", [{"kind": "sleep", "quality": "poor"}], ()),
        ("7 and a half hours all up", [{"kind": "sleep", "hours": 7.5}], ()),
        (
            "no gabapentin at 8, pain was only a 1",
            [{"kind": "dose", "status": "skipped", "reason": "felt_fine"}],
            (),
        ),
        ("stomach churning all morning", [{"kind": "side_effect", "effects": ["nausea"]}], ()),
    ],
)
def test_times_and_numbers_read_for_what_they_are(
    text: str, expect: list[dict[str, Any]], absent: tuple[str, ...]
) -> None:
    out = run(text)
    assert check(out, expect, absent) is None, out


def test_a_night_set_for_the_end_is_a_red_flag() -> None:
    assert detect_red_flags(
        normalise("counted out 40 gabapentin, tomorrow's the day i end it")
    ) == ["suicidal"]


@pytest.mark.parametrize(
    ("text", "meds", "expect"),
    [
        (
            "took the muscle relaxer and my nerve pill at 9",
            ["naproxen", "cyclobenzaprine", "pregabalin"],
            ["cyclobenzaprine", "pregabalin"],
        ),
        (
            "new pain patch on, nerve pill too",
            ["lidocaine", "gabapentin"],
            ["lidocaine", "gabapentin"],
        ),
        (
            "took everything - oxy, neurontin and the flexeril",
            ["oxycodone", "gabapentin", "cyclobenzaprine"],
            ["oxycodone", "gabapentin", "cyclobenzaprine"],
        ),
        ("yoga 20 min then celebrex", ["celecoxib", "gabapentin"], ["celecoxib"]),
        ("took 1g doliprane at noon", ["acetaminophen"], ["acetaminophen"]),
    ],
)
def test_medicines_called_by_kind_or_listed_after_the_verb(
    text: str, meds: list[str], expect: list[str]
) -> None:
    doses = [o for o in run(text, meds=meds) if o["kind"] == "dose"]
    assert [(d["medication"], d["status"]) for d in doses] == [(m, "taken") for m in expect]


def test_a_kind_the_person_takes_two_of_names_neither() -> None:
    out = run("took the anti-inflammatory", meds=["naproxen", "ibuprofen"])
    assert [o["medication"] for o in out if o["kind"] == "dose"] == [None]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("the flexeril made me dopey", [{"kind": "side_effect", "effects": ["drowsiness"]}]),
        ("woke up drenched again", [{"kind": "side_effect", "effects": ["sweating"]}]),
        ("ankles and feet are getting puffy", [{"kind": "side_effect", "effects": ["swelling"]}]),
        ("scale says 3 kg more", [{"kind": "side_effect", "effects": ["weight_gain"]}]),
        ("bowels running loose", [{"kind": "side_effect", "effects": ["diarrhea"]}]),
        ("still wide awake at 3", [{"kind": "sleep", "quality": "poor"}]),
        ("surfed for an hour", [{"kind": "activity", "minutes": 60}]),
        ("on the phone, back in 10", [{"kind": "dose", "status": "snoozed", "minutes": 10}]),
        ("once i've showered", [{"kind": "dose", "status": "snoozed"}]),
    ],
)
def test_sets_27_to_29_everyday_words(text: str, expect: list[dict[str, Any]]) -> None:
    out = run(text)
    assert check(out, expect) is None, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("not tonight", [{"kind": "dose", "status": "skipped"}]),
        ("still driving, 20", [{"kind": "dose", "status": "snoozed", "minutes": 20}]),
        ("🤢", [{"kind": "side_effect", "effects": ["nausea"]}]),
        ("🤮🤮", [{"kind": "side_effect", "effects": ["vomiting"]}]),
        ("lost bladder control", [{"kind": "red_flag", "flags": ["bladder_bowel"]}]),
    ],
)
def test_the_shortest_replies(text: str, expect: list[dict[str, Any]]) -> None:
    out = run(text)
    assert check(out, expect) is None, out


@pytest.mark.parametrize(
    ("text", "expect", "absent"),
    [
        ("legs holding up fine, no buckling", [], ("red_flag",)),
        ("is a numb bum an emergency? i don't have it, just wondering", [], ("red_flag",)),
        ("done and dusted", [{"kind": "dose", "status": "taken"}], ()),
        ("stretched for a quarter hour", [{"kind": "activity", "minutes": 15}], ()),
        (
            "physio this morning, she gave me new exercises",
            [{"kind": "activity", "kinds": ["physio"]}],
            (),
        ),
    ],
)
def test_set_30_kinds(text: str, expect: list[dict[str, Any]], absent: tuple[str, ...]) -> None:
    out = run(text)
    assert check(out, expect, absent) is None, out


@pytest.mark.parametrize(
    ("text", "expect", "absent"),
    [
        ("feeling defeated tonight", [{"kind": "mood", "words": ["low"]}], ()),
        ("been crying all afternoon", [{"kind": "mood", "words": ["tearful"]}], ()),
        ("the anxiety is bad today", [{"kind": "mood", "words": ["anxious"]}], ()),
        ("in better spirits than yesterday", [{"kind": "mood", "words": ["better"]}], ()),
        ("mood: rubbish. pain: 6.", [{"kind": "mood"}, {"kind": "pain", "score": 6}], ()),
        ("tonight's dose: done", [{"kind": "dose", "status": "taken"}], ()),
        ("pain was 5 all week, today it's pain 8 and mood 2", [{"kind": "pain", "score": 8}], ()),
        (
            "none of my jeans fit, 5 kilos up",
            [{"kind": "side_effect", "effects": ["weight_gain"]}],
            ("dose",),
        ),
        ("no poo for four days", [{"kind": "side_effect", "effects": ["constipation"]}], ()),
        (
            "scratching constantly on the codeine",
            [{"kind": "side_effect", "effects": ["itching"]}],
            (),
        ),
    ],
)
def test_set_31_everyday_words(
    text: str, expect: list[dict[str, Any]], absent: tuple[str, ...]
) -> None:
    out = run(text)
    assert check(out, expect, absent) is None, out


def test_why_a_wait_is_no_note() -> None:
    out = run("give me an hour, I'm driving")
    assert [o["kind"] for o in out] == ["dose"]
    # ... but what else is said beside the wait is kept
    assert [o["kind"] for o in run("later, my back is killing me")] == ["dose", "note"]


def test_took_everything_is_every_dose_waiting() -> None:
    assert [(o["kind"], o["status"]) for o in run("took everything on time")] == [("dose", "taken")]
    assert not [o for o in run("took everything out of the cupboard") if o["kind"] == "dose"]


def test_half_past_midnight_is_half_past_twelve_at_night() -> None:
    out = run("took it at half past midnight", now=MORNING_NY, zone=NEW_YORK)
    assert [(o["at"] or "")[11:16] for o in out if o["kind"] == "dose"] == ["00:30"]


COMBO = ["acetaminophen/codeine", "hydrocodone/acetaminophen", "naproxen", "acetaminophen"]


@pytest.mark.parametrize(
    ("text", "expect", "absent"),
    [
        # A combination's strength ("30/500", "7.5/325") is never a count or an amount.
        (
            "took 30/500 co-codamol",
            [{"kind": "dose", "medication": "acetaminophen/codeine", "count": None}],
            (),
        ),
        ("2 x 30/500 co-codamol", [{"kind": "dose", "count": 2}], ()),
        (
            "took my 7.5/325 norco",
            [{"kind": "dose", "medication": "hydrocodone/acetaminophen", "amount": None}],
            (),
        ),
        # Halves typed as fractions, and "a half".
        ("took ½ a naproxen", [{"kind": "dose", "count": 0.5}], ()),
        ("took 1/2 tablet of naproxen", [{"kind": "dose", "count": 0.5}], ()),
        ("took a half naproxen", [{"kind": "dose", "count": 0.5}], ()),
        # Each of two doses keeps the amount said of it.
        (
            "took 500mg naproxen at 8 and another 500mg at 8pm",
            [
                {"kind": "dose", "amount": 500, "at": "2026-11-25T08:00:00+01:00"},
                {"kind": "dose", "amount": 500, "count": None, "at": "2026-11-25T20:00:00+01:00"},
            ],
            (),
        ),
    ],
)
def test_strengths_halves_and_amounts(
    text: str, expect: list[dict[str, Any]], absent: tuple[str, ...]
) -> None:
    out = run(text, COMBO)
    assert check(out, expect, absent) is None, out


def test_a_count_and_time_after_the_name_are_that_dose() -> None:
    out = run("took naproxen, 2 at 8am", COMBO)
    doses = [o for o in out if o["kind"] == "dose"]
    assert [(d["count"], d["at"]) for d in doses] == [(2, "2026-11-25T08:00:00+01:00")], out
    assert [o["kind"] for o in out] == ["dose"]
    # ... while a first dose with its own count and time makes the clause another dose
    two = run("2 naproxen at 7, 1 at 1", COMBO)
    assert [(d["count"], d["at"][11:16]) for d in two] == [(2, "07:00"), (1, "13:00")]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("gabapentin 300 about 11 last nite", "2026-11-24T23:00:00+01:00"),
        ("gabapentin 300mg at 1900 hrs", "2026-11-25T19:00:00+01:00"),
        ("gabapentin 1 @ 730", "2026-11-25T19:30:00+01:00"),
        ("dose taken 1 hr ago", "2026-11-25T19:05:00+01:00"),
        ("taken an hour ago", "2026-11-25T19:05:00+01:00"),
    ],
)
def test_when_a_dose_was_taken(text: str, at: str) -> None:
    doses = [o for o in run(text) if o["kind"] == "dose"]
    assert [(d["status"], d["at"]) for d in doses] == [("taken", at)], doses


@pytest.mark.parametrize(
    "text",
    [
        "changing my gabapentin to 9am from tomorrow",
        "it took 2 hours to get there",
        "pain about 7 this morning",
    ],
)
def test_no_dose_taken(text: str) -> None:
    assert not [o for o in run(text) if o["kind"] == "dose"]


def test_a_miss_given_to_a_dose_named_by_its_hour() -> None:
    out = run("gave the 10pm gabapentin a miss last night")
    assert [(o["status"], o["medication"]) for o in out if o["kind"] == "dose"] == [
        ("skipped", "gabapentin")
    ]


def test_a_patch_changed_is_a_dose() -> None:
    out = run("changed my butrans 10 mcg patch", ["buprenorphine"])
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["taken"]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Set 55 kinds, in our own words
        ("my stool is coming without control, I don't feel it come", "bladder_bowel"),
        (
            "tried the toilet, nothing would come out for hours, belly swollen down low",
            "bladder_bowel",
        ),
        ("no feeling in my seat area since this morning", "saddle_numbness"),
        ("numbbess in my privats", "saddle_numbness"),
        ("my right leg's gone weaker again since yesterday", "leg_weakness"),
        ("burning up and shaking, can't get warm", "fever"),
        ("shivering under three blankets, back is agony", "fever"),
        ("my potty is black like tar since two days", "gi_bleeding"),
        ("suddenly my mouth is tilted on one side", "stroke_signs"),
        ("my words are not coming properly since lunch", "stroke_signs"),
        ("what's even the point, 30 tablets in the drawer and no reason not to", "suicidal"),
        ("I didn't think about ending it until this week", "suicidal"),
    ],
)
def test_set_55_red_flags(text: str, flag: str) -> None:
    assert flag in detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "almost peed myself laughing at the dog",
        "the physio went through all the red flag questions. none of them, all clear",
        "can feel everything down there, no numbness",
        "knees have been weak for donkey's years",
        "temperature is normal, 36.6, I was just a bit shivery",
        "hayfever is awful this week",
        "OD'd on cooking shows this weekend",
        "the naproxen leaflet, it says black stools mean stop",
        "lip feels droopy after the dentist",
        "my smile has been lopsided since the Bell's palsy, same as ever",
        "I never think to hurt myself, my family keeps me going",
        "tight chest and short of breath walking back from the kitchen",
    ],
)
def test_set_55_near_misses(text: str) -> None:
    flags = detect_red_flags(normalise(text))
    assert flags in ([], ["chest_pain"]), flags
    assert "allergic_reaction" not in flags


@pytest.mark.parametrize(
    ("text", "expect", "absent"),
    [
        # Set 56 kinds: short replies to a reminder, typed instead of a tap
        ("already did 😊", [{"kind": "dose", "status": "taken"}], ()),
        ("yes ma'am, done", [{"kind": "dose", "status": "taken"}], ()),
        ("haan kha li", [{"kind": "dose", "status": "taken"}], ()),
        (
            "just the gabapentin",
            [{"kind": "dose", "status": "taken", "medication": "gabapentin"}],
            (),
        ),
        ("ibuprofen only", [{"kind": "dose", "status": "taken", "medication": "ibuprofen"}], ()),
        ("just the ibuprofen?", [], ("dose",)),
        ("gabapentin", [], ("dose",)),
        ("not needed tonight", [{"kind": "dose", "status": "skipped"}], ()),
        (
            "didn't bother, back's fine",
            [{"kind": "dose", "status": "skipped", "reason": "felt_fine"}],
            (),
        ),
        ("nah - fasting today", [{"kind": "dose", "status": "skipped", "reason": "other"}], ()),
        ("no pain today", [], ("dose",)),
        (
            "chemist out of stock again",
            [{"kind": "dose", "status": "skipped", "reason": "ran_out"}],
            (),
        ),
        ("the shop was out of stock of milk", [], ("dose",)),
        ("snoozing", [{"kind": "dose", "status": "snoozed"}], ()),
        ("in a bit xx", [{"kind": "dose", "status": "snoozed"}], ()),
        ("ask me in an hour", [{"kind": "dose", "status": "snoozed", "minutes": 60}], ()),
        ("really down 😔", [{"kind": "mood"}], ()),
    ],
)
def test_set_56_short_replies(
    text: str, expect: list[dict[str, Any]], absent: tuple[str, ...]
) -> None:
    out = run(text)
    assert check(out, expect, absent) is None, out


DIARY = ["oxycodone", "gabapentin", "acetaminophen", "cyclobenzaprine", "meloxicam", "duloxetine"]


def _diary_doses(text: str) -> list[tuple[str, str | None, str | None]]:
    out = run(text, DIARY)
    return [
        (o["status"], o["medication"], (o["at"] or "")[11:16] or None)
        for o in out
        if o["kind"] == "dose"
    ]


def test_set_54_diary_doses_each_with_its_time() -> None:
    # a medicine at two times, then another medicine, in one breath
    assert _diary_doses("took my oxy at 7am and 1pm and gabapentin 600 with lunch") == [
        ("taken", "oxycodone", "07:00"),
        ("taken", "oxycodone", "13:00"),
        ("taken", "gabapentin", "12:00"),
    ]
    # "an extra one" later is a second dose, the first keeps its own time (the night before)
    assert _diary_doses("took my oxy at 10 and an extra one at midnight") == [
        ("taken", "oxycodone", "22:00"),
        ("taken", "oxycodone", "00:00"),
    ]
    # "a.m." with its dots is a clock, not the end of a sentence; a "did not take" later
    # is that medicine's skip alone
    assert _diary_doses(
        "I took one oxy at 7 a.m. and 2 tylenol at lunchtime and I did not take the flexeril"
    ) == [
        ("taken", "oxycodone", "07:00"),
        ("taken", "acetaminophen", "12:00"),
        ("skipped", "cyclobenzaprine", None),
    ]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # "since Wednesday" is when the constipation began, not the dose's day
        (
            "the meloxicam with breakfast, haven't gone since wednesday",
            [("taken", "meloxicam", "08:00")],
        ),
        ("holding off on the oxy tonight", [("skipped", "oxycodone", "21:00")]),
        ("cymbalta this am", [("taken", "duloxetine", "08:00")]),
        ("husband's at work so I'll do my walk later", []),
    ],
)
def test_set_54_diary_kinds(text: str, expect: list[tuple[str, str | None, str | None]]) -> None:
    assert _diary_doses(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "stiff from shoveling snow all morning",
        "haven't touched the oxy, saving it for tonight. not meant to lift boxes",
        "did the swim in the sea at the point, 5 minutes in 9 degree water",
        "physio asked me the usual questions, numbness down below, bladder, no and no",
        "right leg a bit weaker since the op in 2019, my new normal, hasn't changed",
        "my small boy get fever since yesterday",
        "40 degrees today, stayed inside with the fan",
        "the numb patch on my foot is the same, surgeon said it may never come back",
    ],
)
def test_set_54_near_misses(text: str) -> None:
    assert detect_red_flags(normalise(text)) == []


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # the second of two times after the first one's part of the day
        ("took my gabapentin at 8 this morning and 2", ["08:00", "14:00"]),
        ("took the gabapentin at 7 this morning and at 1", ["07:00", "13:00"]),
        # hours said in words, a count with each
        ("took two gabapentin at eight this morning and one at two", ["08:00", "14:00"]),
    ],
)
def test_one_medicine_at_two_times_in_a_diary(text: str, times: list[str]) -> None:
    doses = [o for o in run(text) if o["kind"] == "dose"]
    assert [d["at"][11:16] for d in doses] == times, doses


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # the score said now, after the one that was
        ("the pain was like a nine now it's around 6", 6),
        ("my back was a four going in and now it's a six", 6),
        ("last week I was at a 9, so today being a 4 feels great", 4),
        # a time or the night's hours, hedged, are no score
        ("slept from 11 till about 4 then tossed and turned, pain is a 6", 6),
        ("still only got about 5. pain 7 this morning", 7),
        ("pain went from 8 down to about 5", 5),
    ],
)
def test_which_score_is_now(text: str, score: int) -> None:
    pains = [o["score"] for o in run(text) if o["kind"] == "pain"]
    assert pains == [score], pains


@pytest.mark.parametrize(
    ("text", "expect", "absent"),
    [
        # Set 53 kinds: when, and how many
        (
            "1 x gabapentin 300 at 8 this morning, 1 x gabapentin 300 at 8 tonight",
            [
                {"kind": "dose", "at": "2026-11-25T08:00:00+01:00"},
                {"kind": "dose", "at": "2026-11-25T20:00:00+01:00"},
            ],
            (),
        ),
        (
            "I have taken gabapentin 3 hours before",
            [{"kind": "dose", "at": "2026-11-25T17:05:00+01:00"}],
            (),
        ),
        ("couldn't get off till gone 3, up at 6", [], ("pain",)),
        ("today I took only 1 at 9am", [{"kind": "dose", "count": 1}], ("pain",)),
        ("took just a walk round the block", [], ("dose",)),
        ("2 x 400 ibuprofen at 1", [{"kind": "dose", "amount": 400, "count": 2}], ()),
        ("mouth's been dry all day", [{"kind": "side_effect", "effects": ["dry_mouth"]}], ()),
        (
            "first gabapentin at 7.30 this morning, second at half 2",
            [
                {"kind": "dose", "at": "2026-11-25T07:30:00+01:00"},
                {"kind": "dose", "at": "2026-11-25T14:30:00+01:00"},
            ],
            (),
        ),
    ],
)
def test_set_53_kinds(text: str, expect: list[dict[str, Any]], absent: tuple[str, ...]) -> None:
    out = run(text)
    assert check(out, expect, absent) is None, out


def test_the_same_dose_said_twice_is_one() -> None:
    out = run("took my gabapentin at 8. yes the gabapentin")
    assert len([o for o in out if o["kind"] == "dose"]) == 1, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Set 54 kinds: what each medicine of a run-on diary says of it
        ("gabapentin not needed today", [("skipped", "gabapentin")]),
        ("ibuprofen I left it, it upsets my stomach", [("skipped", "ibuprofen")]),
        (
            "cooking dinner so remind me about the gabapentin in like 30 minutes, "
            "took my ibuprofen this morning",
            [("snoozed", "gabapentin"), ("taken", "ibuprofen")],
        ),
    ],
)
def test_set_54_statuses(text: str, expect: list[tuple[str, str]]) -> None:
    out = run(text)
    assert [(o["status"], o["medication"]) for o in out if o["kind"] == "dose"] == expect, out


def test_the_score_said_now_after_a_part_of_the_day() -> None:
    out = run("the pain was like an eight this morning now it's around 5")
    assert [o["score"] for o in out if o["kind"] == "pain"] == [5]


def test_a_second_dose_comes_after_the_first() -> None:
    # said at 09:00: "half 2" is 14:30 (still to come, which the bot asks about), never 02:30
    out = run(
        "first gabapentin at 7.30 this morning, second at half 2",
        now=datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN),
    )
    assert [o["at"][11:16] for o in out if o["kind"] == "dose"] == ["07:30", "14:30"]


def test_could_not_get_off_is_a_poor_night() -> None:
    out = run("couldn't get off till gone 2, up at 6")
    assert check(out, [{"kind": "sleep", "quality": "poor"}], ("pain",)) is None, out


def test_each_tick_closes_what_it_marks_in_its_emoji_form() -> None:
    # "✔️" carries a variation selector: the count and time stay with the panadol alone
    out = run("mobic ✔️ panadol x2 at 2pm ✔️ swim 30 mins ✔️", ["meloxicam", "acetaminophen"])
    doses = {
        o["medication"]: (o["count"], (o["at"] or "")[11:16]) for o in out if o["kind"] == "dose"
    }
    assert doses == {"meloxicam": (None, ""), "acetaminophen": (2, "14:00")}, out


def test_the_night_told_before_the_dose_is_the_sleeps() -> None:
    out = run(
        "slept from midnight till 6:30 which is good for me, took my gabapentin at 7:45",
        now=datetime(2026, 11, 25, 8, 40, tzinfo=BERLIN),
    )
    assert [o["at"][11:16] for o in out if o["kind"] == "dose"] == ["07:45"], out


def test_the_last_medicine_at_noon_and_another_time() -> None:
    out = run("I took gabapentin at 8 this morning and ibuprofen at noon and 6")
    got = [(o["medication"], o["at"][11:16]) for o in out if o["kind"] == "dose"]
    assert got == [("gabapentin", "08:00"), ("ibuprofen", "12:00"), ("ibuprofen", "18:00")]


def test_the_writers_own_dose_after_anothers() -> None:
    # the husband's dose is kept as said, never recorded; the writer's is
    out = run("my husband is on gabapentin too, today he took his at 5 and I took mine at 6")
    doses = [o for o in out if o["kind"] == "dose"]
    assert [(d["status"], d["at"][11:16]) for d in doses] == [("taken", "18:00")], out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a count of all, shared out over two times
        ("I took two gabapentin one at noon and one at 6", [(1, "12:00"), (1, "18:00")]),
        ("took 3 gabapentin, one at 8 and two at 2", [(1, "08:00"), (2, "14:00")]),
        # ... while a count said with its own time stays that dose's
        ("took two gabapentin at noon and one at 6", [(2, "12:00"), (1, "18:00")]),
    ],
)
def test_a_count_shared_out_over_two_times(text: str, expect: list[tuple[int, str]]) -> None:
    out = run(text)
    assert [(o["count"], o["at"][11:16]) for o in out if o["kind"] == "dose"] == expect, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # an amount with its unit right before a name is that medicine's, beside another
        ("took 250mg naproxen and both gabapentin", [("naproxen", 250), ("gabapentin", None)]),
        ("took gabapentin and 250 mg of my naproxen", [("gabapentin", None), ("naproxen", 250)]),
        # ... and one right after a name stays that name's, never the next one's
        ("gabapentin 300mg naproxen", [("gabapentin", 300), ("naproxen", None)]),
    ],
)
def test_an_amount_before_one_of_two_names(text: str, expect: list[tuple[str, Any]]) -> None:
    out = run(text, meds=["naproxen", "gabapentin"])
    assert [(o["medication"], o["amount"]) for o in out if o["kind"] == "dose"] == expect, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # said in the evening, a bare hour of waking is the morning's
        ("woke at 5 and took my naproxen", "05:00"),
        ("took naproxen when I got up at 7", "07:00"),
        ("woke up around 6:30 and took a naproxen", "06:30"),
        # ... but an afternoon said, or noon, stays as said
        ("woke at 5pm and took my naproxen", "17:00"),
        ("woke up at 12 and took naproxen", "12:00"),
    ],
)
def test_a_dose_on_waking_is_in_the_morning(text: str, expect: str) -> None:
    out = run(text, meds=["naproxen"])
    assert [o["at"][11:16] for o in out if o["kind"] == "dose"] == [expect], out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a count with its own mark after a name and its strength, beside other names
        (
            "Ultram 50mg x2 at 6am / Neurontin 300 x1 at 6am / Flexeril 10 at 6am",
            [("tramadol", 50, 2), ("gabapentin", 300, 1), ("cyclobenzaprine", 10, None)],
        ),
        (
            "nortriptyline at 9 & nurofen 2 tabs",
            [("nortriptyline", None, None), ("ibuprofen", None, 2)],
        ),
        (
            "tramadol 50 (1 tab) at 6 am and gabapentin 300 (1 cap) at 6 am",
            [("tramadol", 50, 1), ("gabapentin", 300, 1)],
        ),
        (
            "gabapentin 2x300 at 11pm and tramadol",
            [("gabapentin", 300, 2), ("tramadol", None, None)],
        ),
        # ... while a bare number after a name is still its strength, not tablets
        ("tizanidine 4 at 9 and tramadol", [("tizanidine", 4, None), ("tramadol", None, None)]),
    ],
)
def test_a_count_marked_after_one_of_several_names(
    text: str, expect: list[tuple[str, Any, Any]]
) -> None:
    meds = ["tramadol", "gabapentin", "cyclobenzaprine", "nortriptyline", "ibuprofen", "tizanidine"]
    out = run(text, meds=meds)
    got = [(o["medication"], o["amount"], o["count"]) for o in out if o["kind"] == "dose"]
    assert got == expect, out


def test_a_slash_between_two_doses_leaves_each_its_time() -> None:
    # "at 8 / tylenol": the slash parts two reports; "8/10" stays a score
    noon = datetime(2026, 11, 25, 12, 10, tzinfo=BERLIN)
    out = run("advil 200 x3 at 8 / 2 tylenol at 11", ["ibuprofen", "acetaminophen"], noon)
    got = [(o["medication"], o["count"], o["at"][11:16]) for o in out if o["kind"] == "dose"]
    assert got == [("ibuprofen", 3, "08:00"), ("acetaminophen", 2, "11:00")], out
    assert [o["score"] for o in run("pain at 8/10") if o["kind"] == "pain"] == [8]


@pytest.mark.parametrize(
    "text",
    [
        # how long something took is no dose taken and no wait asked for
        "took half an hour to fall asleep but slept ok after",
        "took me half an hour to get off the sofa, back's an 8 tonight",
        "the pain took half an hour to calm down, 5 now",
        "took a couple of days off work, back's a 6",
        "took half the arvo to do the groceries",
        "took the day off, couldn't face it",
    ],
)
def test_how_long_something_took_is_no_dose(text: str) -> None:
    out = run(text, meds=["naproxen"])
    assert [o for o in out if o["kind"] == "dose"] == [], out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("half an hour", ("snoozed", None)),
        ("remind me in half an hour", ("snoozed", None)),
        ("took half a naproxen", ("taken", 0.5)),
        ("took a couple of naproxen", ("taken", 2)),
    ],
)
def test_half_an_hour_asked_and_half_a_tablet_taken_stay(
    text: str, expect: tuple[str, Any]
) -> None:
    out = run(text, meds=["naproxen"])
    assert [(o["status"], o["count"]) for o in out if o["kind"] == "dose"] == [expect], out


@pytest.mark.parametrize(
    "text",
    [
        # a medicine with a question mark and no deed said: asked about, not taken
        "can Panadol Extra be taken together with my celecoxib?",
        "flexeril before bed? or now? it's making me so dozy",
        "gabapentin 900 tonight instead of 600?",
    ],
)
def test_a_medicine_asked_about_is_no_dose(text: str) -> None:
    meds = ["acetaminophen", "celecoxib", "cyclobenzaprine", "gabapentin"]
    out = run(text, meds=meds)
    assert [o for o in out if o["kind"] == "dose"] == [], out


def test_a_dose_said_done_with_a_question_mark_stays() -> None:
    out = run("took 2 gabapentin at 3?", meds=["gabapentin"])
    assert [(o["medication"], o["count"]) for o in out if o["kind"] == "dose"] == [
        ("gabapentin", 2)
    ]


def test_anothers_medicine_said_across_a_split_clause_is_theirs() -> None:
    # "my father is | also having pregabalin 75": the split-off clause is still his
    out = run("Madam my father is also having pregabalin 75, he took it at 8 pm", ["pregabalin"])
    assert [o for o in out if o["kind"] == "dose"] == [], out
    out = run("my husband is also on pregabalin, I took mine at 8", ["pregabalin"])
    assert [(o["status"], o["medication"]) for o in out if o["kind"] == "dose"] == [
        ("taken", None)
    ], out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # how many of the dose just named, said in a clause of its own: its count
        ("robaxin 500, took 1.5 tabs", [(500, 1.5)]),
        ("amitriptyline 10mg, a half one last night", [(10, 0.5)]),
        ("took voltaren 50, half tablet only because of acidity", [(50, 0.5)]),
        ("celebrex 200, just the 1 cap at 8", [(200, 1)]),
        ("palexia 50 at 7, just the one", [(50, 1)]),
        ("tylenol 650 arthritis, 2 caplets at 6", [(650, 2)]),
        ("had endone 5mg, just half a tab tho", [(5, 0.5)]),
        # ... at a time of its own after the first's: a second dose of it
        ("naproxen 500 at 8 this morning, only half a tab at lunch", [(500, None), (500, 0.5)]),
    ],
)
def test_how_many_of_the_dose_just_named(text: str, expect: list[tuple[Any, Any]]) -> None:
    meds = ["methocarbamol", "amitriptyline", "diclofenac", "celecoxib", "tapentadol",
            "acetaminophen", "oxycodone", "naproxen"]  # fmt: skip
    out = run(text, meds, datetime(2026, 11, 25, 19, 45, tzinfo=BERLIN))
    assert [(o["amount"], o["count"]) for o in out if o["kind"] == "dose"] == expect, out


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # quarters, parts and the count of a two-or-three-tablet dose actually taken
        ("Diazepam only a quarter tablet yesterday evening", 0.25),
        ("¼ diazepam tablet at 22 o'clock yesterday", 0.25),
        ("took a quarter tab of diazepam 2mg to start", 0.25),
        ("1/4 tab of diazepam at 8", 0.25),
        ("dilaudid 2mg x 1.5 at 8:15", 1.5),
        ("only managed 1 of my 3 gabapentins this am, too drowsy for work", 1),
        ("took a half diazepam tablet", 0.5),
    ],
)
def test_a_part_or_a_few_of_the_usual_tablets(text: str, count: float) -> None:
    out = run(text, meds=["diazepam", "hydromorphone", "gabapentin"])
    assert [o["count"] for o in out if o["kind"] == "dose"] == [count], out


def test_a_quarter_of_an_hour_or_past_stays_a_time() -> None:
    out = run("a quarter past 8 took diazepam", meds=["diazepam"])
    assert [(o["count"], o["at"][11:16]) for o in out if o["kind"] == "dose"] == [(None, "08:15")]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # the dose just named, told again as so many of one strength: count and strength
        ("tramadol 100mg at 6am, thats 2 of the 50s", (50, 2)),
        ("tramadol 100 mg last night at 23, it is 2 tablets of 50", (50, 2)),
        ("ibuprofen 600 — 3 x 200 — with dinner", (200, 3)),
        ("zanaflex 2mg - half of a 4 - at 10:45", (4, 0.5)),
        ("I took cyclobenzaprine 5 mg, half of the 10 mg, at 10 pm yesterday", (10, 0.5)),
        # a decimal comma is no clause's end, nor a count of two
        ("I took diazepam 2,5 mg yesterday, it is half of the 5 mg tablet", (5, 0.5)),
        ("took a cyclobenzaprine at 7:15, the 10", (10, 1)),
    ],
)
def test_a_dose_told_again_as_units_of_one_strength(text: str, expect: tuple[Any, Any]) -> None:
    meds = ["tramadol", "ibuprofen", "tizanidine", "cyclobenzaprine", "diazepam"]
    out = run(text, meds)
    assert [(o["amount"], o["count"]) for o in out if o["kind"] == "dose"] == [expect], out
    assert [o for o in out if o["kind"] == "pain"] == [], out  # "half of a 4" is no score


def test_a_decimal_comma_before_its_unit_is_the_amount() -> None:
    out = run("took diazepam 2,5 mg yesterday", ["diazepam"])
    assert [(o["amount"], o["count"]) for o in out if o["kind"] == "dose"] == [(2.5, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a medicine with nothing after it but when in the day it went down: a dose
        "nurofen after the school run",
        "cymbalta with my oatmeal",
        "celebrex at smoko",
        "nurofen when I knocked off work",
        "tramadol after merienda po",
        "ibuprofen when I got back from the shops",
        "palexia first thing",
    ],
)
def test_a_medicine_said_with_when_in_the_day_is_a_dose(text: str) -> None:
    meds = ["ibuprofen", "duloxetine", "celecoxib", "tramadol", "tapentadol"]
    out = run(text, meds)
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["taken"], out


@pytest.mark.parametrize("text", ["naproxen with food?", "naproxen when I need it"])
def test_asked_or_as_needed_with_when_is_no_dose(text: str) -> None:
    assert [o for o in run(text, ["naproxen"]) if o["kind"] == "dose"] == []


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("nurofen last night, bout 11ish", "23:00"),
        ("pregabalin before sleep yesterday", "22:00"),
    ],
)
def test_bout_and_before_sleep_are_times(text: str, at: str) -> None:
    out = run(text, ["ibuprofen", "pregabalin"])
    assert [o["at"][11:16] for o in out if o["kind"] == "dose"] == [at], out


def test_all_at_one_time_after_a_list_of_doses_times_each() -> None:
    out = run(
        "voltaren 50 / lyrica 75 / endone 5 - all at 7am", ["diclofenac", "pregabalin", "oxycodone"]
    )
    assert [o["at"][11:16] for o in out if o["kind"] == "dose"] == ["07:00"] * 3, out


@pytest.mark.parametrize(
    ("text", "reason", "effects"),
    [
        # the reason after a negated dose is no longer read as negated itself
        ("Aceclofenac not taken as acidity is there", "side_effects", ["heartburn"]),
        (
            "diclofenac I have not taken because stomach is paining",
            "side_effects",
            ["stomach_pain"],
        ),
        # "bc I'm out" closing the clause: none left
        ("skipped cymbalta today bc I'm out, refill isnt til tmrw", "ran_out", []),
    ],
)
def test_the_reason_said_for_a_skip(text: str, reason: str, effects: list[str]) -> None:
    out = run(text, ["aceclofenac", "diclofenac", "duloxetine"])
    assert [o["reason"] for o in out if o["kind"] == "dose"] == [reason], out
    assert [e for o in out if o["kind"] == "side_effect" for e in o["effects"]] == effects, out


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("took oxy 2 and a half hrs ago", "17:35"),
        ("this morning paracetamol 1g by 7, pain now 3", "07:00"),
        ("Two panadol and one diclofenac I don take by 5 this morning", "05:00"),
    ],
)
def test_two_and_a_half_hours_ago_and_by_a_time(text: str, at: str) -> None:
    out = run(text, ["oxycodone", "acetaminophen", "diclofenac"])
    assert {o["at"][11:16] for o in out if o["kind"] == "dose"} == {at}, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a list ticked off in words: each answer is its own medicine's
        (
            "pregabalin - no, forgot it this morning 🙈 naproxen - yes",
            [("pregabalin", "skipped"), ("naproxen", "taken")],
        ),
        ("naproxen - yes, pregabalin - no", [("naproxen", "taken"), ("pregabalin", "skipped")]),
    ],
)
def test_a_list_ticked_off_in_words(text: str, expect: list[tuple[str, str]]) -> None:
    out = run(text, ["naproxen", "pregabalin"])
    assert [(o["medication"], o["status"]) for o in out if o["kind"] == "dose"] == expect, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # asked for, given or lent: no dose of the writer's; their own after it is
        (
            "roommate asked for one of my oxys, said no obviously. took my own at 6",
            [(None, None)],
        ),
        ("lent my sister 2 panadol", []),
        ("took my own car", []),
        # a count and "now" after a name: taken now
        ("panadol 2 now", [("acetaminophen", 2)]),
    ],
)
def test_asked_for_given_or_taken_now(text: str, expect: list[tuple[Any, Any]]) -> None:
    out = run(text, ["oxycodone", "acetaminophen"])
    assert [(o["medication"], o["count"]) for o in out if o["kind"] == "dose"] == expect, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a plan told before the name is no dose, whatever time is said
        ("pharmacy only opens at 2 so I'll collect the gabapentin and take it then", []),
        # a name alone, then what was done with it
        (
            "Lyrica - only took one of the two 150s, feeling really drowsy",
            [("pregabalin", "taken", 1)],
        ),
        ("duloxetine - I did not take, I have no more capsules", [("duloxetine", "skipped", None)]),
        # counts after a combination's strength, after "by", "a single", "one half"
        ("co-codamol 15/500 two at 7", [("acetaminophen/codeine", "taken", 2)]),
        (
            "I take panadol 2 by 7:30pm and tramadol 1 by 8",
            [("acetaminophen", "taken", 2), ("tramadol", "taken", 1)],
        ),
        ("a single tramadol at 9am", [("tramadol", "taken", 1)]),
        (
            "snapped a flexeril in half n took one half around 10 last night",
            [("cyclobenzaprine", "taken", 0.5)],
        ),
        ("Tramadol 50 mg, 1 and half tablet at 9:30 pm", [("tramadol", "taken", 1.5)]),
    ],
)
def test_plans_names_alone_and_counts_after_them(text: str, expect: list[tuple[Any, ...]]) -> None:
    meds = ["gabapentin", "pregabalin", "duloxetine", "acetaminophen/codeine", "acetaminophen",
            "tramadol", "cyclobenzaprine"]  # fmt: skip
    out = run(text, meds, datetime(2026, 11, 25, 21, 30, tzinfo=BERLIN))
    got = [(o["medication"], o["status"], o["count"]) for o in out if o["kind"] == "dose"]
    assert got == expect, out


@pytest.mark.parametrize(
    "text",
    [
        # numbers that measure something else are no pain score
        "box says 1-2 tablets every 4-6 hours, max 8 in 24 hours",
        "I'm 5 foot 2 and 70 kg if that matters",
        "I sleep only four and half hours po",
    ],
)
def test_a_measure_is_no_pain_score(text: str) -> None:
    assert [o for o in run(text, ["acetaminophen"]) if o["kind"] == "pain"] == []


def test_the_days_maximum_pain_is_still_a_score() -> None:
    assert [o["score"] for o in run("pain max 8 today", []) if o["kind"] == "pain"] == [8]


@pytest.mark.parametrize(
    "text",
    [
        # a child's age, another's own rating, a score asked about or long gone: no score
        "my lad's 10 and he's had growing pains in his legs all week, kept us both up",
        "my kid's 6 and keeps jumping on me 😂",
        "my husband threw his back out moving the couch, he says its a 9 lol",
        "me ma's hip is at her again, she says 8 out of 10",
        "how many norco can i take in a day? like is 6 too many",
        "Please what does 7 mean on the scale? Is it severe?",
        "if my pain is still a 6 after next week's injection is that normal?",
        "back in 2019 after the fall I was at a 10 every day, thank god those days are gone",
    ],
)
def test_numbers_that_are_no_score_of_the_writers_pain_now(text: str) -> None:
    assert [o for o in run(text, ["norco"]) if o["kind"] == "pain"] == [], run(text)


def test_what_another_says_of_the_writers_pain_is_still_the_score() -> None:
    assert [
        o["score"] for o in run("my wife says my back is an 8 today") if o["kind"] == "pain"
    ] == [8]


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # side effects in everyday words
        ("not had a poo since monday, the oxy is brutal", ["constipation"]),
        ("Panadol x2 at 6, back 5/10, mouth still dry from the cymbalta", ["dry_mouth"]),
        ("nortrip gives me cottonmouth so bad", ["dry_mouth"]),
        ("skipped my noon gabapentin bc I was so spaced out this morning", ["drowsiness"]),
        # ... and what is none: idioms, tiredness put down to something else, hearsay
        ("rash decision to go bowling last night lol, back's 7 today", []),
        ("itching to get back in the pool once my back settles", []),
        ("tired af but thats bc i worked a double, not the meds", []),
        ("so sleepy lol stayed up till 3 watching the playoffs", []),
        ("heard baclofen can make you drowsy, haven't noticed anything tho", []),
        # (tiredness said of a medicine stays one)
        ("so tired from the duloxetine", ["fatigue"]),
    ],
)
def test_side_effects_said_and_not(text: str, effects: list[str]) -> None:
    out = run(text, ["oxycodone", "duloxetine", "gabapentin", "nortriptyline", "baclofen"])
    assert [e for o in out if o["kind"] == "side_effect" for e in o["effects"]] == effects, out


def test_spaced_out_is_a_side_effect_not_a_forgotten_dose() -> None:
    out = run("skipped my noon gabapentin bc I was so spaced out this morning", ["gabapentin"])
    assert [o["reason"] for o in out if o["kind"] == "dose"] == ["side_effects"], out


def test_giving_tonights_dose_a_miss_is_a_skip() -> None:
    out = run("giving tonight's lyrica a miss, head's been spinning", ["pregabalin"])
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["skipped"], out


def test_a_stool_held_beside_constipation_is_the_side_effect_not_the_red_flag() -> None:
    out = run("The codeine make me very constipated lah, 3 days cannot pass motion", ["codeine"])
    assert [o for o in out if o["kind"] == "red_flag"] == [], out
    # ... while urine held, or control lost, beside it still is the red flag
    for text in ("can't pass urine since this morning, constipated too",
                 "constipated and now I can't control my bowels"):  # fmt: skip
        flags = [f for o in run(text, ["codeine"]) if o["kind"] == "red_flag" for f in o["flags"]]
        assert flags == ["bladder_bowel"], text


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # second-language and Singlish wording of a score
        ("good morning, the pain is in 6, it go down for my right leg", 6),
        ("Pain today is by 6. The lower back is very stiff in the morning", 6),
        ("pain got 7 lor, the leg pain come back, left side", 7),
    ],
)
def test_a_score_said_in_other_englishes(text: str, score: int) -> None:
    assert [o["score"] for o in run(text) if o["kind"] == "pain"] == [score]


def test_pain_in_two_places_is_no_score() -> None:
    assert [o["score"] for o in run("pain in 2 places") if o["kind"] == "pain"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # side effects of long ago or over now are none of now
        ("used to get heartburn on diclofenac years ago, the naproxen's been fine", []),
        ("had a rash last week from new washing powder, gone now", []),
        ("the itching stopped once I started taking the co-codamol with food", []),
        ("dizzy since the lyrica, nausea gone now", ["dizziness"]),
        # more everyday words for them
        ("head's been spinning all day from the morning one", ["dizziness"]),
        ("my stomach is running since I start this diclofenac", ["diarrhea"]),
        ("naproxen's given me the squits", ["diarrhea"]),
        ("after the morphine I have acid coming up in my throat", ["heartburn"]),
        ("dilaudid at 7 and I've been pukey since", ["nausea"]),
    ],
)
def test_side_effects_of_now_and_of_before(text: str, effects: list[str]) -> None:
    out = run(text, ["diclofenac", "pregabalin", "morphine", "hydromorphone", "naproxen"])
    assert [e for o in out if o["kind"] == "side_effect" for e in o["effects"]] == effects, out
    assert [o for o in out if o["kind"] == "activity"] == [], out  # (a stomach running)


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a checklist's question answered no is no side effect; answered yes, it is
        ("black stools? no. tummy's just a bit sore from the naproxen", ["stomach_pain"]),
        ("nausea? no. dizzy? yes", ["dizziness"]),
    ],
)
def test_a_side_effect_asked_and_answered_no(text: str, effects: list[str]) -> None:
    out = run(text, ["naproxen"])
    assert [e for o in out if o["kind"] == "side_effect" for e in o["effects"]] == effects, out
    assert [o for o in out if o["kind"] == "red_flag"] == [], out


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # someone else swallowed the writer's medicine: no dose of the writer's
        ("my husband took my pregabalin by mistake", 0),
        ("my son swallowed one of my gabapentin", 0),
        # the writer's own dose, given by someone else, still is one
        ("my husband gave me my pregabalin at 8", 1),
    ],
)
def test_my_medicine_taken_by_another_is_not_my_dose(text: str, doses: int) -> None:
    out = run(text, ["pregabalin", "gabapentin"])
    assert len([o for o in out if o["kind"] == "dose"]) == doses, out


@pytest.mark.parametrize(
    ("text", "of_dose"),
    [
        ("only took half my dose of gabapentin", True),
        ("took a half dose of naproxen this morning", True),
        ("half the gabapentin", True),
        ("half a gabapentin", False),
        ("took half the tablet of naproxen", False),
    ],
)
def test_a_share_of_the_dose_is_told_from_a_share_of_a_tablet(text: str, of_dose: bool) -> None:
    from bot.parsing.parser import parse

    [dose] = parse(text, ["gabapentin", "naproxen"], EVENING, BERLIN)
    assert (dose.count, dose.of_dose) == (0.5, of_dose)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("half of one gabapentin", 0.5),  # had been one whole
        ("half my usual naproxen", 0.5),  # had been no dose at all
        ("2 of my usual gabapentin at 8", 2),
    ],
)
def test_a_share_said_before_the_name(text: str, count: float) -> None:
    out = run(text, ["gabapentin", "naproxen"])
    assert [o.get("count") for o in out if o["kind"] == "dose"] == [count], out


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a dose told right after waking at a clock was taken then
        ("woke at 4 from pain, took 2 panadol", ["04:00"]),
        ("woke up at 5.30 in agony. took naproxen", ["05:30"]),
        ("woke at 4, took 2 panadol at 6", ["06:00"]),
        # the second of two doses taken is never left ahead of the message, nor on
        # another day than the first
        ("ibuprofen 400 at 2pm, 400 again at 8pm", ["14:00", "20:00"]),
        ("2 advil at 1pm and 2 more at 7pm", ["13:00", "19:00"]),
    ],
)
def test_when_a_dose_was_taken_told_around_it(text: str, times: list[str]) -> None:
    morning = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
    out = run(text, ["ibuprofen", "acetaminophen", "naproxen"], morning)
    doses = [o for o in out if o["kind"] == "dose"]
    assert [o["at"][11:16] for o in doses] == times, out
    assert all(datetime.fromisoformat(o["at"]) <= morning for o in doses), out


def test_a_second_dose_ahead_is_never_put_before_the_first() -> None:
    # "gabapentin at 7.30, second at 2pm" said at 08:35: 14:00 stays (the bot asks
    # whether it is still to come), never yesterday's 14:00 before this morning's 07:30
    morning = datetime(2026, 11, 26, 8, 35, tzinfo=BERLIN)
    out = run("gabapentin at 7.30, second at 2pm", ["gabapentin"], morning)
    assert [o["at"][:16] for o in out if o["kind"] == "dose"] == [
        "2026-11-26T07:30",
        "2026-11-26T14:00",
    ], out


def test_tonight_said_in_the_small_hours_is_the_evening_just_gone() -> None:
    small_hours = datetime(2026, 11, 27, 0, 30, tzinfo=BERLIN)
    out = run("had my naproxen around 7 tonight", ["naproxen"], small_hours)
    assert [o["at"][:16] for o in out if o["kind"] == "dose"] == ["2026-11-26T19:00"], out
    # said in the evening, a time still ahead tonight stays (the bot asks about it)
    evening = datetime(2026, 11, 26, 18, 30, tzinfo=BERLIN)
    out = run("took my naproxen at 11 tonight", ["naproxen"], evening)
    assert [o["at"][:16] for o in out if o["kind"] == "dose"] == ["2026-11-26T23:00"], out


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # numbers of twenty or more in words, as voice typing writes them
        ("I have taken pregabalin seventy five mg at eight PM", 75),  # had been 5 mg
        ("lyrica seventy five done", 75),
        ("tramadol fifty at 3", 50),
        ("took a hundred and fifty of the lyrica", 150),
        ("took lyrica eighty mg", 80),
    ],
)
def test_amounts_said_in_words(text: str, amount: float) -> None:
    out = run(text, ["pregabalin", "tramadol"])
    assert [o.get("amount") for o in out if o["kind"] == "dose"] == [amount], out


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        # a clock's minutes in words stay a clock
        ("took the tramadol at eight thirty", "08:30"),
        ("tramadol at twenty past nine", "09:20"),
        ("lidocaine patch on at seven-thirty", "07:30"),
    ],
)
def test_a_clock_in_words_is_not_an_amount(text: str, hhmm: str) -> None:
    out = run(text, ["tramadol", "lidocaine"], datetime(2026, 11, 26, 11, 0, tzinfo=BERLIN))
    doses = [o for o in out if o["kind"] == "dose"]
    assert [(o["at"][11:16], o.get("amount")) for o in doses] == [(hhmm, None)], out


def test_a_fever_said_in_words_is_a_fever() -> None:
    assert "fever" in detect_red_flags(
        normalise("temperature is thirty nine point two, back is agony")
    )


@pytest.mark.parametrize(
    ("text", "score"),
    [
        # then and now: the score of now is the one kept
        ("back was a 3 on the weekend, today it's flared to 7", 7),
        ("Pain at night was 8, morning it has come down to 5", 5),
        ("back was rooted over the weekend, like a 9 saturday, bit better today, 6", 6),
        ("pain 7 last week, 4 now", 4),
        ("flared up to 8 after the drive", 8),
    ],
)
def test_the_score_of_now_after_scores_of_before(text: str, score: float) -> None:
    out = run(text, ["naproxen"])
    assert [o["score"] for o in out if o["kind"] == "pain"] == [score], out


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # legs in the plural are both legs (the parse contract); denied, none
        ("pain 6 and my legs are burning", ["leg_left", "leg_right"]),
        ("pain 5 down the legs", ["leg_left", "leg_right"]),
        ("pain 6, left leg", ["leg_left"]),
        ("no pain in my legs, back 4", []),
    ],
)
def test_legs_in_the_plural(text: str, locations: list[str]) -> None:
    [pain] = [o for o in run(text, ["naproxen"]) if o["kind"] == "pain"]
    assert sorted(pain["locations"]) == locations, pain


@pytest.mark.parametrize(
    "text",
    [
        # a condition, someone's advice or a limit is no dose, taken or put off
        "if its still bad tonight ill take a norco before bed",
        "If it gets past a 7 tonight I'll take an extra oxy",
        "missus reckons I should take the lyrica earlier in the arvo",
        "my physio wants me to take the robaxin half an hour before sessions",
        "My doctor says maximum 3 ibuprofen 400 per day",
        # someone else, named without "my", took the writer's tablets
        "Wife took 2 of my ibuprofen for her headache this morning",
    ],
)
def test_no_dose_in_a_condition_advice_a_limit_or_anothers_deed(text: str) -> None:
    meds = ["hydrocodone/acetaminophen", "oxycodone", "pregabalin", "methocarbamol", "ibuprofen"]
    assert [o for o in run(text, meds) if o["kind"] == "dose"] == []


@pytest.mark.parametrize(
    "text",
    ["missed my lyrica last night", "took 2 ibuprofen, max 6 a day", "wife gave me my oxy at 8"],
)
def test_a_dose_beside_such_words_stays(text: str) -> None:
    assert [o for o in run(text, ["pregabalin", "ibuprofen", "oxycodone"]) if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "want", "absent"),
    [
        # a count typed against the name is the count, never a pain score
        (
            "2nurofen at twelve",
            [{"kind": "dose", "medication": "ibuprofen", "count": 2}],
            ("pain",),
        ),
        ("zero sleep last night", [{"kind": "sleep", "quality": "poor"}], ("pain",)),
        ("my granddaughter is seven today so im off to her party later", [], ("pain",)),
        # remembered is taken, never forgotten
        ("didnt forget my pills today 😀", [{"kind": "dose", "status": "taken"}], ()),
        ("did not forget to take my ibuprofen", [{"kind": "dose", "status": "taken"}], ()),
        # an effect gone, or feared, is none now
        ("the dizziness from the zanaflex is gone finally", [], ("side_effect",)),
        ("scared the hydrocodone will make me constipated", [], ("side_effect",)),
        ("the norco has made me constipated", [{"kind": "side_effect"}], ()),
    ],
)
def test_what_was_recorded_wrongly_from_the_dictation_set(
    text: str, want: list[dict[str, Any]], absent: tuple[str, ...]
) -> None:
    meds = ["ibuprofen", "tizanidine", "hydrocodone/acetaminophen"]
    assert check(run(text, meds), want, absent) is None


@pytest.mark.parametrize(
    "text",
    [
        "put on one lidoderm on my back",  # had been none (read as put back)
        "put on one lidoderm on my low back",  # had been two
        "put one lidoderm on my lower back",
    ],
)
def test_one_patch_put_on_is_one_dose(text: str) -> None:
    doses = [o for o in run(text, ["lidocaine", "tramadol"]) if o["kind"] == "dose"]
    assert [(d["medication"], d["count"]) for d in doses] == [("lidocaine", 1)], doses


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # a patch not put on is a patch skipped, never one put on
        ("I didn't put my patch on yesterday, I've only got 2 left", ["skipped"]),
        ("forgot to put my patch on", ["skipped"]),  # had been skipped and taken
        ("haven't changed the patch", ["skipped"]),
        ("put my patch on at 8", ["taken"]),
    ],
)
def test_a_patch_not_put_on(text: str, statuses: list[str]) -> None:
    doses = [o for o in run(text, ["lidocaine", "oxycodone"]) if o["kind"] == "dose"]
    assert [d["status"] for d in doses] == statuses, doses


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        # a score put as a condition or as the usual is no score of now
        ("If it gets past a 7 tonight I'll take an extra oxy", []),
        ("On a normal day I sit around a 3", []),
        ("normally im a 4 but today 8", [8]),
        ("weekend was rough. sat 8, sun 7. today 5 so far", [5]),
        ("pain 6, if that matters", [6]),
    ],
)
def test_scores_of_a_condition_the_usual_or_days_gone(text: str, scores: list[float]) -> None:
    assert [o["score"] for o in run(text, ["oxycodone"]) if o["kind"] == "pain"] == scores


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Took palexia 50 at 6am and 50 again at 11", ["06:00", "11:00"]),
        ("Took ibuprofen 600 at 8 and at 14 o'clock", ["08:00", "14:00"]),
        ("I took tramadol 50mg at 6am and 12 noon", ["06:00", "12:00"]),
    ],
)
def test_one_medicine_at_two_times_said_in_more_ways(text: str, times: list[str]) -> None:
    evening = datetime(2026, 11, 26, 18, 0, tzinfo=BERLIN)
    doses = [o for o in run(text, ["tapentadol", "ibuprofen", "tramadol"], evening)]
    assert [o["at"][11:16] for o in doses if o["kind"] == "dose"] == times, doses


def test_a_clock_after_a_dose_of_yesterday_is_yesterdays() -> None:
    morning = datetime(2026, 11, 26, 10, 20, tzinfo=BERLIN)
    said = "Took my Cymbalta late yesterday, around 4 in the afternoon instead of 9am"
    [dose] = [o for o in run(said, ["duloxetine"], morning) if o["kind"] == "dose"]
    assert dose["at"][:16] == "2026-11-25T16:00", dose


@pytest.mark.parametrize(
    ("text", "status", "hhmm"),
    [
        # not taken till a time gone: taken then, late (it had been recorded as skipped)
        ("didn't take my naproxen till 11", "taken", "11:00"),
        ("I didn't take the gabapentin until after lunch", "taken", "12:00"),
        ("didn't take it until i got home at 6", "taken", "18:00"),
        ("didn't take my naproxen till 6.15", "taken", "18:15"),
        # not till a time to come: not yet
        ("won't take it till 11", "snoozed", None),
        ("didn't take my naproxen, too sick", "skipped", None),
    ],
)
def test_not_taken_till_a_time(text: str, status: str, hhmm: str | None) -> None:
    evening = datetime(2026, 11, 26, 18, 30, tzinfo=BERLIN)
    [dose] = [o for o in run(text, ["naproxen", "gabapentin"], evening) if o["kind"] == "dose"]
    assert (dose["status"], dose["at"] and dose["at"][11:16]) == (status, hhmm), dose


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        # units as people say them
        ("five mils of oramorph at midnight", 5, "ml"),
        ("5 mils oramorph", 5, "ml"),
        ("paracetamol a gram at four", 1, "g"),
    ],
)
def test_amounts_in_spoken_units(text: str, amount: float, unit: str) -> None:
    [dose] = [o for o in run(text, ["morphine", "acetaminophen"]) if o["kind"] == "dose"]
    assert (dose["amount"], dose["unit"]) == (amount, unit), dose


def test_left_said_of_a_dose_and_its_reason() -> None:
    out = run("amitriptyline i left yesterday, it makes mouth very dry", ["amitriptyline"])
    assert check(out, [{"kind": "dose", "status": "skipped", "reason": "side_effects"}]) is None
    out = run("mouth very dry from nortriptyline and head is paining", ["nortriptyline"])
    assert check(out, [{"kind": "side_effect", "effects": ["dry_mouth", "headache"]}]) is None


@pytest.mark.parametrize("text", ["I didn't put my patch on this morning", "changed my patch at 6"])
def test_a_patch_said_with_none_in_the_list_answers_no_reminder(text: str) -> None:
    # unnamed, it would have answered the tablets' reminder (found living it: "I didn't
    # put my patch on" skipped the 08:00 naproxen and gabapentin)
    assert [o for o in run(text, ["naproxen", "gabapentin"]) if o["kind"] == "dose"] == []
    # with a patch in the list, it is that patch
    [dose] = [o for o in run(text, ["naproxen", "lidocaine"]) if o["kind"] == "dose"]
    assert dose["medication"] == "lidocaine", dose


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a patch changed or put on is the regimen's patch taken
        ("swapped my patch over this morning", 1),
        ("patch on at eight-fifteen", None),
        ("stuck a fresh patch on", 1),
    ],
)
def test_a_patch_put_on_is_the_lists_patch(text: str, count: float | None) -> None:
    [dose] = [o for o in run(text, ["ibuprofen", "lidocaine"]) if o["kind"] == "dose"]
    assert (dose["status"], dose["medication"], dose["count"]) == ("taken", "lidocaine", count)


@pytest.mark.parametrize(
    "text",
    [
        # a habit, a would-have-been, advice or a condition: no dose of now
        "i normally take my amitriptyline about 9pm",
        "I always have 2 panadol with brekky",
        "most days I skip the lunchtime gabapentin tbh",
        "I never miss my cymbalta, 2 years now",
        "usually I'd have had a norco by now but today I'm doing ok without",
        "Doctor has advised tablet Pregabalin 75 mg at bed time from today onwards",
        "might have a perc later if the pain creeps up",
        "when the pain hits an 8 I'm meant to take the oxy",
        # another's dose, another's hands; a patch only taken off
        "gave mum her tramadol at 8",
        "my flatmate nicked two of my co-codamol without asking",
        "took the lidoderm off at 8pm like they said",
    ],
)
def test_no_dose_of_now_for_the_writer(text: str) -> None:
    meds = [
        "amitriptyline", "acetaminophen", "gabapentin", "duloxetine", "pregabalin",
        "hydrocodone/acetaminophen", "oxycodone/acetaminophen", "oxycodone", "tramadol",
        "codeine/acetaminophen", "lidocaine",
    ]  # fmt: skip
    out = run(text, meds)
    assert [o for o in out if o["kind"] in ("dose", "pain")] == [], out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the same words beside a dose of now keep it
        (
            "Took the duloxetine at 9 (late, I usually take it at 7) and a flexeril at lunch",
            ["duloxetine", "cyclobenzaprine"],
        ),
        ("Gave Tom his gabapentin and 2 Tylenol at 9:30.", ["gabapentin", "acetaminophen"]),
        ("wife gave me my naproxen", ["naproxen"]),
        ("took the old patch off and put a fresh one on at 9", ["lidocaine"]),
        ("the cat knocked my gabapentin down the back so tonight's one is a no go", []),
    ],
)
def test_doses_beside_habits_carers_and_patches(text: str, want: list[str]) -> None:
    meds = ["duloxetine", "cyclobenzaprine", "gabapentin", "acetaminophen", "naproxen", "lidocaine"]
    out = run(text, meds)
    assert [o["medication"] for o in out if o["kind"] == "dose" and o["status"] == "taken"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the writer's own dose beside one given to another
        ("gave my husband his tramadol and forgot my own 🙈", ("skipped", "tramadol", None)),
        ("gave dad his 2 panadol and had 2 myself", ("taken", "acetaminophen", 2)),
    ],
)
def test_my_dose_beside_one_i_gave(text: str, want: tuple[str, str, float | None]) -> None:
    [dose] = [o for o in run(text, ["tramadol", "acetaminophen"]) if o["kind"] == "dose"]
    assert (dose["status"], dose["medication"], dose["count"]) == want, dose


@pytest.mark.parametrize(
    ("text", "times", "scores"),
    [
        # a clock and its day joined to a dose timed is another dose, never a score
        ("gabapentin 300 at 10pm yesterday, and 7 this morning", ["22:00", "07:00"], []),
        ("Endone 5 at 8 last night and 8 this morning", ["20:00", "08:00"], []),
        # said alone after it, a number of today is the score
        ("took 2 nurofen at 11 last night, 6 today", ["23:00"], [6]),
    ],
)
def test_a_second_dose_said_by_its_day(text: str, times: list[str], scores: list[float]) -> None:
    morning = datetime(2026, 11, 26, 10, 20, tzinfo=BERLIN)
    out = run(text, ["gabapentin", "oxycodone", "ibuprofen"], morning)
    assert [o["at"][11:16] for o in out if o["kind"] == "dose"] == times, out
    assert [o["score"] for o in out if o["kind"] == "pain"] == scores, out


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # a number taken back, with more said after a dash, or as a typo
        ("put 1 patch on, no actually 2 - it's a big area today", "count", 2),
        ("gabapentin 600 - typo, 300", "amount", 300),
        ("took 2 advil, no wait, 3", "count", 3),
    ],
)
def test_a_number_taken_back_in_more_ways(text: str, field: str, value: float) -> None:
    [dose] = [o for o in run(text, ["lidocaine", "gabapentin", "ibuprofen"]) if o["kind"] == "dose"]
    assert dose[field] == value, dose
    assert [o for o in run(text, ["lidocaine", "gabapentin"]) if o["kind"] == "pain"] == []


@pytest.mark.parametrize(
    ("text", "hhmm", "scores"),
    [
        # "about 7" closing a dose's clause is when it went down
        ("took 2 advil about 7", "07:00", []),
        ("half a 5mg valium about 8", "08:00", []),
        # a score word before it keeps it a score
        ("took advil for the pain about 7", None, [7]),
        ("took 2 advil, pain about 7", None, [7]),
    ],
)
def test_about_an_hour_after_a_dose(text: str, hhmm: str | None, scores: list[float]) -> None:
    morning = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)
    out = run(text, ["ibuprofen", "diazepam"], morning)
    [dose] = [o for o in out if o["kind"] == "dose"]
    assert (dose["at"] and dose["at"][11:16]) == hhmm, out
    assert [o["score"] for o in out if o["kind"] == "pain"] == scores, out


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("pharmacy had no naproxen", "naproxen"),
        ("had no gabapentin today", "gabapentin"),
        ("I had no ibuprofen left", "ibuprofen"),
        ("boots had none of my gabapentin", "gabapentin"),
    ],
)
def test_had_none_is_no_dose_taken(text: str, medicine: str) -> None:
    # "had no naproxen" had logged an unnamed dose taken beside the skip: it would have
    # answered an open reminder as taken.
    got = run(text, ["ibuprofen", "gabapentin", "naproxen"])
    doses = [(i["status"], i.get("medication")) for i in got if i["kind"] == "dose"]
    assert doses == [("skipped", medicine)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the number a correction replaces, named after it, is no pain score
        ("it was 2 oxy not 1", 2),
        ("correction - it was 2 percs not 1", 2),
        ("took 2 tramadol, not 1", 2),
        ("I meant 3 ibuprofen rather than 2", 3),
    ],
)
def test_the_number_replaced_is_no_score(text: str, count: int) -> None:
    out = run(text, ["oxycodone", "oxycodone/acetaminophen", "tramadol", "ibuprofen"])
    assert [(o["status"], o["count"]) for o in out if o["kind"] == "dose"] == [("taken", count)]
    assert not [o for o in out if o["kind"] in ("pain", "note")], out


def test_a_score_corrected_keeps_the_one_meant() -> None:
    assert [o["score"] for o in run("a 6, not a 7") if o["kind"] == "pain"] == [6]


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a question that says the writer has it
        ("could the constipation be from the oxy?", ["constipation"]),
        ("is it normal to feel this dizzy on gabapentin", ["dizziness"]),
        ("why am I so itchy since starting the oxy?", ["itching"]),
        # only asked about
        ("is dizziness a side effect of lyrica?", []),
        ("will the gabapentin make me drowsy?", []),
        ("is it true oxy can cause constipation?", []),
    ],
)
def test_a_side_effect_asked_about(text: str, effects: list[str]) -> None:
    out = run(text, ["oxycodone", "gabapentin", "pregabalin"])
    assert [e for o in out if o["kind"] == "side_effect" for e in o["effects"]] == effects
    assert not [o for o in out if o["kind"] == "dose"], out


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        # a patch put on, said as a change, a "new one" or by its brand alone; buprenorphine
        # comes as a patch among other forms, and is the patch when it is the one listed
        ("took the old patch off and put a fresh one on at 9", "09:00"),
        ("patch came off in the bath, stuck a new one on", None),
        ("Butrans changed.", None),
        ("patch replaced this morning", "08:00"),
    ],
)
def test_a_patch_changed_in_more_words(text: str, hhmm: str | None) -> None:
    morning = datetime(2026, 11, 26, 10, 20, tzinfo=BERLIN)
    out = run(text, ["buprenorphine", "duloxetine", "acetaminophen"], morning)
    [dose] = [o for o in out if o["kind"] == "dose"]
    assert (dose["status"], dose["medication"]) == ("taken", "buprenorphine"), out
    assert (dose["at"][11:16] if dose["at"] else None) == hhmm, out


@pytest.mark.parametrize(
    "text", ["my butrans was changed to 10 by the gp", "they changed my lidoderm to 2 a day"]
)
def test_a_patch_changed_to_a_new_strength_is_no_dose(text: str) -> None:
    out = run(text, ["buprenorphine", "lidocaine", "acetaminophen"])
    assert not [o for o in out if o["kind"] == "dose"], out


FORMS = ["morphine", "diclofenac", "acetaminophen/codeine", "buprenorphine", "baclofen"]


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        # other forms than a tablet swallowed: the skin, under the tongue, in water, a jab
        ("voltaren on my lower back, 5/10", "diclofenac"),
        ("voltaren 1% rubbed into my neck", "diclofenac"),
        ("buprenorphine 200 under my tongue", "buprenorphine"),
        ("2 fizzy co-codamol in a glass of water", "acetaminophen/codeine"),
        ("baclofen liquid - 10ml swallowed", "baclofen"),
        ("did my jab", None),
        ("jab done at 9", None),
    ],
)
def test_a_dose_in_another_form(text: str, medicine: str | None) -> None:
    doses = [o for o in run(text, FORMS) if o["kind"] == "dose"]
    assert [(d["status"], d.get("medication")) for d in doses] == [("taken", medicine)], doses


@pytest.mark.parametrize(
    "text",
    [
        # a supply, how to use it, a spill, a heat patch, someone else's, a limit, a blow
        "bought a 150ml bottle of oramorph, chemist finally had it in",
        "the new voltaren tube is 100g, that'll last",
        "nurse showed me how to stick the butrans on",
        "knocked the oramorph bottle over, lost some",
        "stuck a heat patch on my lower back",
        "gave grandad his 5ml of oramorph at 8",
        "gp said 1g paracetamol 4 times a day max",
        "took a jab to the ribs at boxing",
        "my appointment is on the 14th at 3",
    ],
)
def test_words_about_a_medicine_that_are_no_dose(text: str) -> None:
    assert not [o for o in run(text, FORMS) if o["kind"] == "dose"], text


@pytest.mark.parametrize(
    ("text", "amount", "count"),
    [
        # a number before one patch is its strength in micrograms an hour, never 5 patches
        ("norspan 5 patch on this morning", 5, None),
        ("changed my 10 patch", 10, None),
        ("changed the 52.5 patch at 7pm", 52.5, None),
        ("put 2 patches on", None, 2),
    ],
)
def test_a_patch_strength_is_no_count(text: str, amount: float | None, count: int | None) -> None:
    [dose] = [o for o in run(text, ["buprenorphine", "acetaminophen"]) if o["kind"] == "dose"]
    assert (dose["medication"], dose.get("amount"), dose.get("count")) == (
        "buprenorphine",
        amount,
        count,
    ), dose


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a form left off, with its own reaction or a specialist's word as the reason
        ("not changing the butrans today, skin is raw where it goes", "side_effects"),
        ("skipping the nasal spray, nose keeps bleeding from it", "side_effects"),
        ("no patch today, dermatologist wants the skin to rest", "other"),
    ],
)
def test_a_form_left_off_and_why(text: str, reason: str) -> None:
    [dose] = [o for o in run(text, ["buprenorphine", "ketorolac"]) if o["kind"] == "dose"]
    assert (dose["status"], dose["reason"]) == ("skipped", reason), dose


@pytest.mark.parametrize(
    ("text", "count"),
    [("2 teaspoons of the codeine linctus", 2), ("2 sachets of paracetamol", 2)],
)
def test_a_liquid_or_powder_counted(text: str, count: int) -> None:
    [dose] = [o for o in run(text, ["codeine", "acetaminophen"]) if o["kind"] == "dose"]
    assert dose["count"] == count, dose


def test_kept_nothing_down_is_vomiting() -> None:
    out = run("paracetamol suppository 1g as i couldnt keep anything down", ["acetaminophen"])
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["vomiting"]]


@pytest.mark.parametrize(
    ("text", "kind", "field", "value"),
    [
        # how long a walk or a night lasted is never a wait asked for
        ("hour and a half walk by the river", "activity", "minutes", 90),
        ("walked the dog, an hour and a half", "activity", "minutes", 90),
        ("did my physio exercises, took about half an hour", "activity", "minutes", 30),
        ("maybe 5 hours, broken", "sleep", "hours", 5),
    ],
)
def test_how_long_it_lasted_is_no_snooze(text: str, kind: str, field: str, value: float) -> None:
    out = run(text, ["gabapentin"])
    assert not [o for o in out if o["kind"] == "dose"], out
    [said] = [o for o in out if o["kind"] == kind]
    assert said[field] == value, out


@pytest.mark.parametrize(
    "text", ["give me half an hour", "after my walk", "walked, remind me in an hour"]
)
def test_a_wait_asked_for_beside_a_walk_stays(text: str) -> None:
    assert [o["status"] for o in run(text, ["gabapentin"]) if o["kind"] == "dose"] == ["snoozed"]


@pytest.mark.parametrize(
    "text",
    [
        # an activity called off, dreamt, watched, advised or only thought of, and things
        # named after one
        "physio cancelled again",
        "the pool was shut so no swim today",
        "dreamt I was swimming",
        "watching the swimming on telly",
        "physio said to do 10 mins of stretches twice a day",
        "thinking about joining a walking group",
        "my walk-in shower is fitted",
        "walking stick came today",
        "walked into the kitchen door frame",
        "stretched out on the sofa all afternoon",
        "bought a yoga mat",
    ],
)
def test_no_activity_done(text: str) -> None:
    assert not [o for o in run(text, ["gabapentin"]) if o["kind"] == "activity"], text


@pytest.mark.parametrize(
    ("text", "quality", "hours"),
    [
        # a night told by its times across a comma, by its hours after a word, or by how
        # it went
        ("drifted off at 1, woke at 6", "poor", 5),
        ("didnt get to sleep til 2 and the alarm went at 7", "poor", 5),
        ("slept ok, bout 7 hours", "fair", 7),
        ("not much sleep, 3ish hrs", "poor", 3),
        ("up every hour with the pain", "poor", None),
        ("woke at 4 and couldn't get back off", "poor", None),
        ("kip was dreadful", "poor", None),
        ("best night's sleep in ages", "good", None),
    ],
)
def test_a_night_in_more_words(text: str, quality: str, hours: float | None) -> None:
    [night] = [o for o in run(text, ["gabapentin"]) if o["kind"] == "sleep"]
    assert (night["quality"], night.get("hours")) == (quality, hours), night


@pytest.mark.parametrize(
    "text", ["the dog slept 14 hrs today", "gp says i should aim for 8 hours sleep"]
)
def test_no_night_of_mine(text: str) -> None:
    assert not [o for o in run(text, ["gabapentin"]) if o["kind"] == "sleep"], text


@pytest.mark.parametrize(
    "text", ["gym membership ran out", "phone battery ran out", "my patience has run out"]
)
def test_something_else_ran_out(text: str) -> None:
    assert not [o for o in run(text, ["gabapentin"]) if o["kind"] == "dose"], text


@pytest.mark.parametrize(
    ("text", "score"), [("mentally im a 3 outta 10", 3), ("mood 5ish", 5), ("headspace is a 4", 4)]
)
def test_the_mind_rated_is_mood_not_pain(text: str, score: float) -> None:
    out = run(text, ["gabapentin"])
    assert [o["score"] for o in out if o["kind"] == "mood"] == [score], out
    assert not [o for o in out if o["kind"] == "pain"], out


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("feeling a bit down 3/10 mood", 3),
        ("ugh, 4 out of 10 for my mood today", 4),
        ("anxiety is 7 today", None),
        ("stress is at 8 with work", None),
    ],
)
def test_a_score_said_of_the_mind_is_never_pain(text: str, mood: float | None) -> None:
    out = run(text, ["gabapentin"])
    assert not [o for o in out if o["kind"] == "pain"], out
    if mood is not None:
        assert [o["score"] for o in out if o["kind"] == "mood"] == [mood], out


@pytest.mark.parametrize(
    ("text", "pain", "mood"),
    [
        ("pain 4/10 mood 3/10", 4, 3),
        ("back 6/10 mood: ok", 6, None),
        ("back is 5/10 mood is ok", 5, None),
    ],
)
def test_a_pain_score_before_the_mood_stays_pain(
    text: str, pain: float, mood: float | None
) -> None:
    out = run(text, ["gabapentin"])
    assert [o["score"] for o in out if o["kind"] == "pain"] == [pain], out
    assert [o["score"] for o in out if o["kind"] == "mood"] == [mood], out


def test_tired_after_a_walk_is_no_side_effect() -> None:
    out = run("hour and a half walk along the canal, knackered now", ["gabapentin"])
    assert not [o for o in out if o["kind"] == "side_effect"], out
    out = run("walked 10 mins, so tired from the gabapentin", ["gabapentin"])
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["fatigue"]]


def test_how_the_night_went_is_no_note() -> None:
    out = run("maybe 5 hours sleep, broken", ["gabapentin"])
    assert [(o["kind"], o.get("hours")) for o in out] == [("sleep", 5)], out


@pytest.mark.parametrize(
    "text",
    [
        # numbers that are no score: a strength, a floor, a statistic; a mum's sciatica
        "butrans patch swapped over this morning, the 10 one",
        "level 5 carpark and the lift was broken",
        "read that 1 in 10 people with sciatica need surgery",
        "mums sciatica is a 9 today",
    ],
)
def test_no_score_of_mine(text: str) -> None:
    assert not [o for o in run(text, ["buprenorphine"]) if o["kind"] == "pain"], text


@pytest.mark.parametrize(
    "text",
    [
        "usually walk the dog for an hour on weekends",
        "never made it to physio, the bus was late",
        "supposed to do the physio exercises 3 times a day",
        "watched a yoga video but didnt actually do it",
    ],
)
def test_an_activity_only_usual_owed_or_missed(text: str) -> None:
    assert not [o for o in run(text, ["gabapentin"]) if o["kind"] == "activity"], text


def test_the_bottle_finished_is_run_out_and_not_just_yet_a_wait() -> None:
    out = run("no percocet today, finished the bottle yesterday", ["oxycodone/acetaminophen"])
    assert [(o["status"], o["reason"]) for o in out if o["kind"] == "dose"] == [
        ("skipped", "ran_out")
    ]
    assert [o["status"] for o in run("not just yet") if o["kind"] == "dose"] == ["snoozed"]


def test_forgot_then_did_it_is_the_same_medicine_taken() -> None:
    # "did it just now" had been a note: the patch put on today was lost
    out = run("forgot to change my patch yesterday, did it just now", ["buprenorphine", "naproxen"])
    assert [(o["status"], o["medication"]) for o in out if o["kind"] == "dose"] == [
        ("skipped", "buprenorphine"),
        ("taken", "buprenorphine"),
    ], out


def test_a_combination_named_by_its_parts_is_one_dose() -> None:
    # "tramadol+paracetamol" had been the combination and a second paracetamol dose
    out = run("i already took my tramadol+paracetamol, 1 tab only", ["tramadol/acetaminophen"])
    assert [(o["medication"], o.get("count")) for o in out if o["kind"] == "dose"] == [
        ("tramadol/acetaminophen", 1)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "got a naloxone kit from the pharmacy today",
        "picked up my new script at the chemist, 20 endone, gotta make em last",
        "rationing the oxynorm, only had 1 today instead of my usual 3",
    ],
)
def test_a_supply_or_kit_is_no_dose(text: str) -> None:
    # (the count "had 1" of the rationed day is left unread: no medicine with it)
    out = run(text, ["oxycodone", "naloxone"])
    assert not [o for o in out if o["kind"] in ("dose", "pain")], out


def test_collected_then_one_at_a_time_is_a_dose() -> None:
    out = run("collected my prescription, 1 endone at 9", ["oxycodone"], MORNING_NY)
    assert [o["count"] for o in out if o["kind"] == "dose"] == [1]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("give me 10", 10), ("gimme half hr just got in", 30), ("give it a few minutes", None)],
)
def test_a_wait_and_its_minutes_are_no_score(text: str, minutes: int | None) -> None:
    out = run(text, ["oxycodone"])
    assert [o["minutes"] for o in out if o["kind"] == "dose"] == [minutes], out
    assert not [o for o in out if o["kind"] == "pain"], out


def test_id_give_it_8_rates_the_pain_and_snoozes_nothing() -> None:
    out = run("lower back throbbing, I'd give it 8", ["oxycodone"])
    assert [o["score"] for o in out if o["kind"] == "pain"] == [8]
    assert not [o for o in out if o["kind"] == "dose"], out


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("skipping my lunchtime norco so i have enough to last til the refill", "other"),
        ("didnt take the endone, trying to make the script stretch", "other"),
    ],
)
def test_a_supply_stretched_is_the_reason(text: str, reason: str) -> None:
    out = run(text, ["hydrocodone/acetaminophen", "oxycodone"])
    assert [o["reason"] for o in out if o["kind"] == "dose"] == [reason], out


def test_patch_done_and_after_tea() -> None:
    assert [
        o["status"] for o in run("patch done ✅", ["buprenorphine"]) if o["kind"] == "dose"
    ] == ["taken"]
    assert [o["status"] for o in run("after tea") if o["kind"] == "dose"] == ["snoozed"]


@pytest.mark.parametrize(
    "text",
    [
        # numbers with a meaning of their own are no pain score (set 69)
        "10,240 steps today",
        "watched the new bond film, solid 8/10",
        "stress is like 9 out of 10 with the move",
        "10/10 would recommend the heat pads",
        "load shedding stage 4 again",
        "took mam to ward 6 bed 22",
        "45 min on the exercise bike, level 8 resistance",
        "CRP 4, ESR 12, doc said all normal",
        "follow up on dec 2 at 10:40",
        "surf was 4-6 ft this morning",
        "yoga class 6.30 to 7.30",
        "energy about a 3 today",
    ],
)
def test_a_number_of_something_else(text: str) -> None:
    assert not [o for o in run(text, ["gabapentin"]) if o["kind"] == "pain"], text


@pytest.mark.parametrize("text", ["level 6, stiff neck", "maybe 5?", "mid back sore, maybe 4/10"])
def test_a_score_said_barely_is_still_one(text: str) -> None:
    assert [o for o in run(text, ["gabapentin"]) if o["kind"] == "pain"], text


@pytest.mark.parametrize(
    "text",
    [
        # a skip asked about, someone else's, still days ahead, or a supply that came in time
        "do u think i should skip the diazepam before driving?",
        "me mam skips her tablets when she feels grand",
        "fasting for bloods tmrw morning so ill skip it then",
        "going to skip the meloxicam fri and sat for the colonoscopy",
        "gonna skip the oxycodone next saturday for a party",
        "doc wants me to hold the apixaban before the op on the 12th",
        "almost ran out but the script came thru today",
    ],
)
def test_no_skip_of_today(text: str) -> None:
    meds = ["diazepam", "meloxicam", "oxycodone", "apixaban", "tramadol"]
    assert not [o for o in run(text, meds) if o["kind"] == "dose"], text


def test_a_skip_today_still_stands() -> None:
    meds = ["tramadol", "meloxicam"]
    for text in (
        "gonna skip the tramadol tonight",
        "doc told me to hold the meloxicam before my procedure",
    ):
        assert [o["status"] for o in run(text, meds) if o["kind"] == "dose"] == ["skipped"], text


def test_no_with_a_strength_is_a_skip_not_a_dose() -> None:
    # "no 50mg tramadol tonight, none left" had recorded 50 mg taken beside the skip
    out = run("no 50mg tramadol tonight, none left", ["tramadol"])
    assert [(o["status"], o.get("reason")) for o in out if o["kind"] == "dose"] == [
        ("skipped", "ran_out")
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # why a dose was left, in everyday words (set 72)
        ("skipped naproxen, my stomach cant take it", "side_effects"),
        ("giving the amitriptyline a miss tonight, out for me mates 40th", "other"),
        ("left my pills at home, so no gabapentin", "other"),
        ("back's grand today, didnt bother with the diclofenac", "felt_fine"),
        ("memory like a goldfish, missed me morning oxy", "forgot"),
        ("dozed off on the couch early n never took my night meds", "forgot"),
    ],
)
def test_why_a_dose_was_left(text: str, reason: str) -> None:
    meds = ["naproxen", "amitriptyline", "gabapentin", "diclofenac", "oxycodone"]
    out = run(text, meds)
    assert [(o["status"], o["reason"]) for o in out if o["kind"] == "dose"] == [
        ("skipped", reason)
    ], out


@pytest.mark.parametrize(
    "text",
    [
        # "sorry ah" and "this am" are no "a h(our)" or "a m(inute)"
        "forgot to take the gabapentin yesterday, sorry ah",
        "went for a swim this am",
    ],
)
def test_an_interjection_is_no_length_of_time(text: str) -> None:
    out = run(text, ["gabapentin"])
    assert not [o for o in out if o["kind"] == "dose" and o["status"] == "snoozed"], out
    assert not [o for o in out if o.get("minutes")], out


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("please remember me in 30 minutes again", 30), ("remember me after 15 minutes", 15)],
)
def test_remember_me_is_remind_me(text: str, minutes: int) -> None:
    assert [o["minutes"] for o in run(text) if o["kind"] == "dose"] == [minutes]


@pytest.mark.parametrize(
    "text",
    [
        "mate at work reckons his sciatica's a 9 today",
        "my mother has back pain too, her pain is 8 she says",
    ],
)
def test_anothers_pain_by_a_mate_or_her(text: str) -> None:
    assert not [o for o in run(text) if o["kind"] == "pain"], text


@pytest.mark.parametrize(
    "text", ["lyrica's made me stack on 4 kilos", "i have added 5 kgs since the pregabalin"]
)
def test_weight_put_on(text: str) -> None:
    out = run(text, ["pregabalin"])
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["weight_gain"]], out


@pytest.mark.parametrize(
    "text", ["took gabapentin yesterday night", "forgot the gabapentin yesterday nite"]
)
def test_yesterday_night_is_last_night(text: str) -> None:
    # it had been yesterday at the hour of writing (09:00 for a message sent at 9)
    morning = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
    [dose] = [o for o in run(text, ["gabapentin"], morning) if o["kind"] == "dose"]
    assert dose["at"].startswith("2026-11-25T2"), dose


@pytest.mark.parametrize(
    "text",
    [
        "the last time i missed my lyrica i was up all night",
        "last time i took 2 tramadol i felt awful",
        "skipped the naproxen the other day and regretted it",
        "when i forgot the gabapentin last week i was a wreck",
        "had a tramadol a few days back, made me itchy",
    ],
)
def test_a_deed_of_another_occasion_is_no_dose_of_now(text: str) -> None:
    # each had been recorded as a dose taken or skipped at the moment of writing
    out = run(text, ["pregabalin", "tramadol", "naproxen", "gabapentin"])
    assert not [o for o in out if o["kind"] == "dose"], out


def test_a_dose_since_last_week_is_still_now() -> None:
    out = run("had my gabapentin, first one since last week", ["gabapentin"])
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["taken"], out


@pytest.mark.parametrize(
    ("text", "day"),
    [("took 2 tramadol three days ago", "22"), ("forgot my lyrica a couple of days back", "23")],
)
def test_days_ago_counted(text: str, day: str) -> None:
    # it had been recorded at the moment of writing (25 Nov)
    [dose] = [o for o in run(text, ["tramadol", "pregabalin"]) if o["kind"] == "dose"]
    assert dose["at"].startswith(f"2026-11-{day}T20:05"), dose


def test_a_few_days_ago_names_no_day_to_record() -> None:
    out = run("took tramadol a few days ago", ["tramadol"])
    assert not [o for o in out if o["kind"] == "dose"], out


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("what I'd give for one pain-free hour, 8 tonight", 8),
        ("dream of being pain free, it's a 6", 6),
        ("pain free this evening!", 0),
    ],
)
def test_being_pain_free_wished_is_no_zero(text: str, score: int) -> None:
    # the wish had been read as a score of 0 (or "one pain" as 1)
    assert [o["score"] for o in run(text) if o["kind"] == "pain"] == [score]


@pytest.mark.parametrize("text", ["wide awake again at 4am", "awake at 2am with it again"])
def test_awake_in_the_small_hours_is_a_poor_night(text: str) -> None:
    assert [o["quality"] for o in run(text) if o["kind"] == "sleep"] == ["poor"]


def test_awake_every_night_since_a_medicine_is_its_insomnia() -> None:
    out = run("awake at 4am most nights since starting the cymbalta", ["duloxetine"])
    assert ["insomnia"] in [o["effects"] for o in out if o["kind"] == "side_effect"], out


@pytest.mark.parametrize(
    ("text", "meds", "generic"),
    [
        # set 76's kinds: a medicine called by what it is for
        ("had the happy pill with breakfast", ["sertraline", "naproxen"], "sertraline"),
        ("took the one for my depression at 8", ["amitriptyline", "ibuprofen"], "amitriptyline"),
        ("nerve tabs down at lunch", ["pregabalin", "ibuprofen"], "pregabalin"),
        ("anti-inflam taken with tea", ["naproxen", "gabapentin"], "naproxen"),
    ],
)
def test_a_medicine_called_by_what_it_is_for(text: str, meds: list[str], generic: str) -> None:
    doses = [o for o in run(text, meds) if o["kind"] == "dose"]
    assert [(d["status"], d["medication"]) for d in doses] == [("taken", generic)], doses


@pytest.mark.parametrize(
    "text", ["took the small yellow one at 7", "had the big chalky tablet", "took my sleepy tablet"]
)
def test_a_pill_called_by_how_it_looks_is_a_dose(text: str) -> None:
    out = run(text, ["naproxen", "gabapentin"])
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["taken"], out
    assert not [o for o in out if o["kind"] == "side_effect"], out  # "sleepy tablet"


@pytest.mark.parametrize(
    ("text", "minutes"), [("snooze my naproxen 20", 20), ("snooze the nerve pill 10 mins", 10)]
)
def test_a_snooze_by_name_with_its_length_last(text: str, minutes: int) -> None:
    # "snooze my lyrica 15" had been a dose of 15 mg taken
    [dose] = [o for o in run(text, ["naproxen", "gabapentin"]) if o["kind"] == "dose"]
    assert (dose["status"], dose["minutes"], dose["amount"]) == ("snoozed", minutes, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("no naproxen, been out since friday", "ran_out"),
        ("pharmacy hasn't got my gabapentin in, so none tonight", "ran_out"),
        ("skipped the naproxen, back feels loose this morning", "felt_fine"),
    ],
)
def test_skip_reasons_in_everyday_words(text: str, reason: str) -> None:
    doses = [o for o in run(text, ["naproxen", "gabapentin"]) if o["kind"] == "dose"]
    assert [(d["status"], d["reason"]) for d in doses] == [("skipped", reason)], doses


def _taken_doses(out: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (o["medication"], o["amount"], o["count"], (o["at"] or "")[11:16])
        for o in out
        if o["kind"] == "dose" and o["status"] == "taken"
    ]


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # set 73's kinds: one medicine at several times, as a list after its name
        (
            "naproxen 250 - 6am/noon/6pm",
            [
                ("naproxen", 250, None, "06:00"),
                ("naproxen", 250, None, "12:00"),
                ("naproxen", 250, None, "18:00"),
            ],
        ),
        (
            "1 tramadol at 7 1 at 11 1 at 3",
            [
                ("tramadol", None, 1, "07:00"),
                ("tramadol", None, 1, "11:00"),
                ("tramadol", None, 1, "15:00"),
            ],
        ),
        (
            "2 nurofen at 7am and 2 at 11 and 2 at 4pm",
            [
                ("ibuprofen", None, 2, "07:00"),
                ("ibuprofen", None, 2, "11:00"),
                ("ibuprofen", None, 2, "16:00"),
            ],
        ),
        (
            "lyrica 75 twice today, 7ish and 2ish",
            [("pregabalin", 75, None, "07:00"), ("pregabalin", 75, None, "14:00")],
        ),
        (
            "1 norco at 7am, x1 at 1pm",
            [
                ("hydrocodone/acetaminophen", None, 1, "07:00"),
                ("hydrocodone/acetaminophen", None, 1, "13:00"),
            ],
        ),
    ],
)
def test_one_medicine_at_each_time_of_a_list(text: str, doses: list[tuple[Any, ...]]) -> None:
    meds = ["naproxen", "tramadol", "ibuprofen", "pregabalin", "hydrocodone/acetaminophen"]
    assert _taken_doses(run(text, meds)) == doses


@pytest.mark.parametrize(
    ("text", "dose"),
    [
        ("took 900mg gabapentin, three of the 300s", ("gabapentin", 300, 3)),
        ("tramadol 100 = 2 x 50", ("tramadol", 50, 2)),
        ("1g paracetamol (2x500) at 7", ("acetaminophen", 500, 2)),
        ("ibuprofen 400 as two 200s", ("ibuprofen", 200, 2)),
    ],
)
def test_a_total_told_as_its_units(text: str, dose: tuple[Any, ...]) -> None:
    # "gabapentin 1200mg (4 x 300)" had been 1200 mg × 4 in the day's totals
    meds = ["gabapentin", "tramadol", "acetaminophen", "ibuprofen"]
    assert [d[:3] for d in _taken_doses(run(text, meds))] == [dose]


@pytest.mark.parametrize(
    "text",
    ["had the baclofen at 7, 2nd is due at 1, 3rd at 7", "took baclofen at 7, next one at 1"],
)
def test_doses_still_to_come_in_a_list_are_not_taken_doses(text: str) -> None:
    morning = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    assert [d[3] for d in _taken_doses(run(text, ["baclofen"], morning))] == ["07:00"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("baclofen at 8, skipped the 2pm one", "skipped"),
        ("had my naproxen at 7, forgot the evening one", "skipped"),
    ],
)
def test_the_timed_one_is_the_medicine_just_named(text: str, status: str) -> None:
    out = run(text, ["baclofen", "naproxen", "gabapentin"])
    skips = [o["medication"] for o in out if o["kind"] == "dose" and o["status"] == status]
    assert skips and skips[0] in ("baclofen", "naproxen"), out


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("not doing my naproxen tonight", "skipped"),
        ("didn't do the gabapentin", "skipped"),
        ("hold the naproxen 30 min, just eating", "snoozed"),
        ("the gabapentin can wait 20", "snoozed"),
    ],
)
def test_doing_and_holding_a_dose(text: str, status: str) -> None:
    # "not doing my tramadol tonight" had been a dose taken
    doses = [o for o in run(text, ["naproxen", "gabapentin"]) if o["kind"] == "dose"]
    assert [d["status"] for d in doses] == [status], doses


@pytest.mark.parametrize("text", ["not doing great today", "the physio can wait", "7/10 today"])
def test_no_dose_in_everyday_doing_and_waiting(text: str) -> None:
    assert not [o for o in run(text, ["naproxen"]) if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "meds", "doses"),
    [
        # set 74's kinds: a combination named by its parts is one dose, never one of each
        (
            "2 x hydrocodone/acetaminophen 10/325 at 6",
            ["hydrocodone", "acetaminophen"],
            [("hydrocodone/acetaminophen", 2)],
        ),
        (
            "tramadol paracetamol x1 at noon",
            ["tramadol/acetaminophen", "naproxen"],
            [("tramadol/acetaminophen", 1)],
        ),
        ("took 2 combogesic at 7", ["acetaminophen/ibuprofen"], [("acetaminophen/ibuprofen", 2)]),
        # ...and two medicines said with "and" are two
        (
            "oxycodone and paracetamol at 6",
            ["oxycodone", "acetaminophen"],
            [("oxycodone", None), ("acetaminophen", None)],
        ),
    ],
)
def test_a_combination_named_by_its_parts(
    text: str, meds: list[str], doses: list[tuple[Any, ...]]
) -> None:
    got = [(d[0], d[2]) for d in _taken_doses(run(text, meds))]
    assert got == doses


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("no naproxen this morning, my stomach was at me", "side_effects"),
        ("skipped the naproxen, back wasn't too bad", "felt_fine"),
    ],
)
def test_skip_reasons_said_in_passing(text: str, reason: str) -> None:
    doses = [o for o in run(text, ["naproxen"]) if o["kind"] == "dose"]
    assert [d["reason"] for d in doses] == [reason], doses


@pytest.mark.parametrize(
    "text", ["last time I missed the lyrica I was up all night", "the other night i barely slept"]
)
def test_a_night_of_another_occasion_is_not_last_night(text: str) -> None:
    # "Logged: sleep poor" had answered a story about another time (found in the sandbox)
    assert not [o for o in run(text, ["pregabalin"]) if o["kind"] == "sleep"]


def test_a_side_effect_told_of_another_time_is_still_the_medicines() -> None:
    out = run("skipping the tramadol, last time it made me throw up", ["tramadol"])
    assert ["vomiting"] in [o["effects"] for o in out if o["kind"] == "side_effect"], out


@pytest.mark.parametrize(
    ("text", "count"),
    [("took the little white one", 1), ("had my sleepy tablet", 1), ("took the white ones", None)],
)
def test_one_pill_by_its_look_is_one(text: str, count: int | None) -> None:
    # one of what is due, which the bot asks (all of them had been marked taken)
    [dose] = [o for o in run(text, ["gabapentin", "naproxen"]) if o["kind"] == "dose"]
    assert (dose["medication"], dose["count"]) == (None, count)


@pytest.mark.parametrize(
    "text", ["how would I know if I'd taken too much oxy", "no idea whether i had taken it"]
)
def test_a_taking_wondered_about_is_no_dose(text: str) -> None:
    assert not [o for o in run(text, ["oxycodone"]) if o["kind"] == "dose"]


@pytest.mark.parametrize(
    "text",
    [
        # set 80's kinds: a medicine spoken of, no dose taken
        "popped into the chemist to collect my naproxen and the repeat for the gabapentin",
        "repeat script for the naproxen is in ✅",
        "gp says to take 3 gabapentin at night from now",
        "consultant said no more than 6 naproxen in 24 hrs",
        "not touched the naproxen since christmas",
        "could my gabapentin reminder come at 9 instead of 8 on weekends",
        "the pharmacy didn't have the gabapentin 300s, going back friday",
        "the naproxen box says 2 every 12 hours, is that right?",
    ],
)
def test_a_medicine_spoken_of_is_no_dose(text: str) -> None:
    out = run(text, ["naproxen", "gabapentin"])
    assert not [o for o in out if o["kind"] == "dose"], out


@pytest.mark.parametrize(
    "text", ["naproxen done, can i have a coffee with it?", "gabapentin at 8, is it ok to drive?"]
)
def test_a_dose_told_before_a_question_is_still_told(text: str) -> None:
    out = run(text, ["naproxen", "gabapentin"])
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["taken"], out


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("skipped the naproxen, doc said only on bad days", "felt_fine"),
        ("skipped gabapentin cos i finished them", "ran_out"),
        ("didn't take the gabapentin, it wiped me out last time", "side_effects"),
        ("no naproxen this morning, bottles empty", "ran_out"),
    ],
)
def test_more_skip_reasons_in_everyday_words(text: str, reason: str) -> None:
    doses = [o for o in run(text, ["naproxen", "gabapentin"]) if o["kind"] == "dose"]
    assert [d["reason"] for d in doses] == [reason], doses


def test_pain_elsewhere_denied_is_no_zero() -> None:
    out = run("neck's fine, no pain there, lower back 6", ["naproxen"])
    assert [o["score"] for o in out if o["kind"] == "pain"] == [6]


def test_a_reminders_new_hour_is_no_score() -> None:
    out = run("the 7am naproxen reminder is too early, can you make it 8", ["naproxen"])
    assert not [o for o in out if o["kind"] in ("pain", "dose")], out


@pytest.mark.parametrize(
    "text",
    [
        # set 78's kinds: a habit said in the present with how often is no dose now
        "i take my naproxen at 8 every morning",
        "daily i am taking gabapentin at 10 pm",
        "every night at 9 i take the gabapentin",
        "i have the naproxen at 8 and 8 usually, is that right",
        "i'm supposed to take gabapentin every 8 hrs",
    ],
)
def test_a_habit_with_how_often_is_no_dose(text: str) -> None:
    out = run(text, ["naproxen", "gabapentin"])
    assert not [o for o in out if o["kind"] in ("dose", "pain")], out


def test_the_words_of_when_in_the_clause_before_a_score() -> None:
    out = run("awful first thing, 8 honestly, easier now, 5")
    assert [o["score"] for o in out if o["kind"] == "pain"] == [5]


@pytest.mark.parametrize(
    ("text", "quality"),
    [("pain wouldn't let me sleep", "poor"), ("slept grand after the lyrica", "good")],
)
def test_more_ways_to_tell_a_night(text: str, quality: str) -> None:
    assert [o["quality"] for o in run(text, ["pregabalin"]) if o["kind"] == "sleep"] == [quality]


@pytest.mark.parametrize(
    ("text", "minutes"), [("15 mins more please", 15), ("sir 20 min more", 20)]
)
def test_minutes_more_is_a_wait(text: str, minutes: int) -> None:
    doses = [o for o in run(text, ["naproxen"]) if o["kind"] == "dose"]
    assert [(d["status"], d["minutes"]) for d in doses] == [("snoozed", minutes)]


def test_a_tongue_stuck_to_the_roof_of_the_mouth_is_dry_mouth() -> None:
    out = run("my tongue keeps sticking to the roof of my mouth", ["amitriptyline"])
    assert ["dry_mouth"] in [o["effects"] for o in out if o["kind"] == "side_effect"], out


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("not been for a number two since friday on the codeine", "constipation"),
        ("motion is not coming since 2 days", "constipation"),
        ("mouth is always dry on the amitriptyline", "dry_mouth"),
    ],
)
def test_side_effects_in_more_words(text: str, effect: str) -> None:
    out = run(text, ["codeine", "amitriptyline"])
    assert [effect] in [o["effects"] for o in out if o["kind"] == "side_effect"], out


@pytest.mark.parametrize(
    ("text", "taken", "skipped"),
    [
        # set 83's kinds: several medicines in one message
        (
            "all my tablets done after lunch except the naproxen, not needed",
            ["gabapentin", "tramadol"],
            ["naproxen"],
        ),
        (
            "out of tramadol since monday. gabapentin and naproxen i've got, had them at 9",
            ["gabapentin", "naproxen"],
            ["tramadol"],
        ),
        (
            "forgot the naproxen and the gabapentin this morning, took both at 11",
            ["naproxen", "gabapentin"],
            ["naproxen", "gabapentin"],
        ),
    ],
)
def test_several_medicines_and_their_pronouns(
    text: str, taken: list[str], skipped: list[str]
) -> None:
    # "…took them at 8" had been a dose of the medicine run out of
    out = run(text, ["gabapentin", "tramadol", "naproxen"])
    doses = [o for o in out if o["kind"] == "dose"]
    assert sorted(d["medication"] for d in doses if d["status"] == "taken") == sorted(taken)
    assert sorted(d["medication"] for d in doses if d["status"] == "skipped") == sorted(skipped)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("naproxen 500 at 7 am and 1 pm yesterday", ["2026-11-24T07:00", "2026-11-24T13:00"]),
        (
            "yesterday: gabapentin 8am 2pm 8pm",
            ["2026-11-24T08:00", "2026-11-24T14:00", "2026-11-24T20:00"],
        ),
        ("naproxen yesterday at 6pm n today at 8am", ["2026-11-24T18:00", "2026-11-25T08:00"]),
    ],
)
def test_the_day_of_a_list_of_times(text: str, times: list[str]) -> None:
    out = run(text, ["naproxen", "gabapentin"])
    assert [o["at"][:16] for o in out if o["kind"] == "dose"] == times


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("snooze the naproxen and gabapentin 1 hr", 60), ("remind me gabapentin 20 min", 20)],
)
def test_a_wait_by_name_in_hours_or_minutes(text: str, minutes: int) -> None:
    doses = [o for o in run(text, ["naproxen", "gabapentin"]) if o["kind"] == "dose"]
    assert doses and {d["minutes"] for d in doses} == {minutes}


def test_a_reminder_at_an_hour_is_no_length() -> None:
    [dose] = [
        o for o in run("remind me about the naproxen at 9", ["naproxen"]) if o["kind"] == "dose"
    ]
    assert dose["minutes"] != 9


def test_two_medicines_taken_together_is_no_suicidal_means() -> None:
    out = run(
        "had my nortriptyline at 9 together with the gabapentin", ["nortriptyline", "gabapentin"]
    )
    assert not [o for o in out if o["kind"] == "red_flag"], out


@pytest.mark.parametrize(
    "text",
    [
        "skipped the naproxen, it's upsetting my stomach",
        "the gabapentin has me wrecked, skipped it",
    ],
)
def test_side_effect_reasons_said_in_the_present(text: str) -> None:
    doses = [o for o in run(text, ["naproxen", "gabapentin"]) if o["kind"] == "dose"]
    assert [d["reason"] for d in doses] == ["side_effects"], doses


@pytest.mark.parametrize(
    "text",
    ["nodded off in front of the telly after my pregabalin", "keep falling asleep on the couch"],
)
def test_nodding_off_is_drowsiness_not_a_flag(text: str) -> None:
    out = run(text, ["pregabalin"])
    assert ["drowsiness"] in [o["effects"] for o in out if o["kind"] == "side_effect"], out
    assert not [o for o in out if o["kind"] == "red_flag"], out


@pytest.mark.parametrize(
    "text", ["no oxy tonight, pains not bad", "skipped the oxy, back's sweet as"]
)
def test_felt_fine_in_more_englishes(text: str) -> None:
    doses = [o for o in run(text, ["oxycodone"]) if o["kind"] == "dose"]
    assert [d["reason"] for d in doses] == ["felt_fine"], doses


def test_them_said_again_of_doses_just_told_is_no_more_doses() -> None:
    # the sandbox had asked "same dose or another?" of the naproxen said twice
    out = run("naproxen and gabapentin at 8, took them with breakfast", ["naproxen", "gabapentin"])
    assert sorted(o["medication"] for o in out if o["kind"] == "dose") == ["gabapentin", "naproxen"]


def test_a_combinations_total_told_as_tablets_keeps_the_count() -> None:
    [dose] = [
        o
        for o in run("took 1000 = 2 x 500 co-codamol", ["acetaminophen/codeine"])
        if o["kind"] == "dose"
    ]
    assert dose["count"] == 2


def test_one_time_said_is_when_each_medicine_in_the_clause_went_down() -> None:
    out = run("oxy 10 at 2am + 2 panadol", ["oxycodone", "acetaminophen"], EVENING)
    ats = {o["at"] for o in out if o["kind"] == "dose"}
    assert len(ats) == 1 and None not in ats, out


def test_set_85_kinds_a_hyphenated_name_run_out_and_a_decent_mood() -> None:
    out = run("no co-codamol left in the cupboard", ["acetaminophen/codeine"])
    assert [o["reason"] for o in out if o["kind"] == "dose"] == ["ran_out"]
    out = run("did some stretching, mood alright")
    assert [o["words"] for o in out if o["kind"] == "mood"] == [["alright"]]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("words go blurry when i read on the pregabalin", "side_effect", ["blurred_vision"]),
        ("thumping head since the new tablets", "side_effect", ["headache"]),
        ("30 laps of breaststroke", "activity", ["swim"]),
    ],
)
def test_set_86_everyday_words(text: str, kind: str, value: list[str]) -> None:
    key = "effects" if kind == "side_effect" else "kinds"
    assert value in [o[key] for o in run(text, ["pregabalin"]) if o["kind"] == kind]


def test_it_taken_late_with_another_is_two_doses_and_no_skip() -> None:
    # "…took it at 11 with the baclofen" had recorded the gabapentin skipped, and only the
    # baclofen taken
    out = run(
        "forgot my naproxen at 8 so took it at 11 with the gabapentin", ["naproxen", "gabapentin"]
    )
    doses = sorted(
        (o["status"], o["medication"], o["at"][11:16]) for o in out if o["kind"] == "dose"
    )
    assert doses == [("taken", "gabapentin", "11:00"), ("taken", "naproxen", "11:00")]


def test_taken_late_after_a_missed_hour_is_after_it() -> None:
    out = run("forgot my naproxen at lunch, took it at 3", ["naproxen"], EVENING)
    assert [o["at"][11:16] for o in out if o["kind"] == "dose"] == ["15:00"]


@pytest.mark.parametrize(
    "text", ["bleeding heavier today", "bleeding is heavier than last week", "my period is heavier"]
)
def test_heavier_bleeding_is_never_weight_gain(text: str) -> None:
    # (Sandbox, Toronto: postpartum on naproxen, the report said "weight gain")
    out = run(text, ["naproxen"])
    assert not [o for o in out if o["kind"] == "side_effect"], out


@pytest.mark.parametrize("text", ["i'm getting heavier on this pregabalin", "I am a lot heavier"])
def test_the_body_heavier_is_weight_gain(text: str) -> None:
    out = run(text, ["pregabalin"])
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["weight_gain"]], out


@pytest.mark.parametrize(
    "text",
    ["did 1 dolo for headache", "took 2 advil for my headache", "had a headache so took 2 tylenol"],
)
def test_a_headache_a_dose_was_taken_for_is_no_side_effect(text: str) -> None:
    # (Sandbox, Bengaluru: the report laid "headache" beside her medicines as their effect)
    out = run(text, ["acetaminophen", "ibuprofen"])
    assert [o["kind"] for o in out] == ["dose"], out


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("headache after the gabapentin", [["headache"]]),
        ("took zofran for the nausea", [["nausea"]]),
        ("pain 9 cant sleep", []),
        ("cant sleep from the pain", []),
        ("can't sleep since starting duloxetine", [["insomnia"]]),
    ],
)
def test_what_a_medicine_did_stays_a_side_effect_and_the_pains_night_is_sleep(
    text: str, effects: list[list[str]]
) -> None:
    out = run(text, ["acetaminophen", "gabapentin", "duloxetine"])
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == effects, out


@pytest.mark.parametrize(
    "text", ["about a 6, the legs are tired", "my legs feel tired and heavy", "tired legs today"]
)
def test_tired_legs_are_the_legs_not_fatigue(text: str) -> None:
    # (Sandbox, Dublin: spinal stenosis's heavy legs went to the GP as the drugs' fatigue)
    out = run(text, ["tramadol", "duloxetine"])
    assert not [o for o in out if o["kind"] == "side_effect"], out


@pytest.mark.parametrize(
    ("text", "hour"),
    [("8pm is grand", 20), ("let's say 8pm", 20), ("9pm would be great thanks", 21), ("20:00", 20)],
)
def test_one_clock_time_is_read_with_the_words_around_it(text: str, hour: int) -> None:
    from bot.parsing.timephrases import clock_time_said

    at = clock_time_said(text)
    assert at is not None and at.hour == hour


@pytest.mark.parametrize("text", ["8pm and 9pm", "pain 8", "8"])
def test_no_clock_time_is_made_of_two_times_or_a_score(text: str) -> None:
    from bot.parsing.timephrases import clock_time_said

    assert clock_time_said(text) is None


@pytest.mark.parametrize("text", ["had 2 trammies at smoko", "2 more trammies", "took a trammy"])
def test_trammies_are_tramadol(text: str) -> None:
    # (Sandbox, Auckland: her name for it; doses lost, or a new drug "Trammies")
    out = run(text, ["tramadol", "prednisone"])
    assert [o["medication"] for o in out if o["kind"] == "dose"] == ["tramadol"], out


def test_sick_after_and_is_nausea_but_sick_of_it_is_not() -> None:
    out = run("feeling a bit spacey and sick on the tramadol", ["tramadol"])
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["drowsiness", "nausea"]]
    assert not run("sick and tired of it", ["tramadol"])
    assert not run("sick of this pain", ["tramadol"])


@pytest.mark.parametrize("text", ["her breathing's awfy slow tae", "she's breathing awfy slow"])
def test_scots_very_keeps_slow_breathing_an_alarm(text: str) -> None:
    # (Sandbox, Glasgow: 80, on co-codamol, drowsy and confused — it was kept as a note)
    out = run(text, ["codeine/acetaminophen"])
    assert [o["flags"] for o in out if o["kind"] == "red_flag"] == [["overdose_signs"]], out


def test_scots_no_before_a_verb_is_not() -> None:
    out = run("i've no had a poo in 4 days", ["codeine/acetaminophen"])
    assert [o["effects"] for o in out if o["kind"] == "side_effect"] == [["constipation"]], out
