"""The broader screen for thoughts of suicide said indirectly, through the red-flag reader
(its context rules included), on wordings of each kind that the phrase list never saw."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.suicidal_screen import suicidal_anchors
from bot.parsing.text import normalise


def flagged(text: str) -> bool:
    return "suicidal" in detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        # the writer's absence beside a wish, a plan or being a weight on others
        "the grandkids would do alright if I was gone, honestly",
        "my son would be better off without me dragging him down",
        "if I didn't wake up on saturday that would be fine by me",
        "I won't be around much longer so the refill doesn't matter",
        "ready to go and be with my Margaret now",
        "my kids should have a life instead of me. soon they will",
        "honestly they deserve a better future without me",
        # a means made ready
        "keeping back a couple of the tramadol every day, nearly a full box, I know what it's for",
        "worked out how many of the lyrica it would take",
        "I've been stashing the oxys in my sock drawer",
        "thinking about the whole bottle of amitriptyline tonight",
        # farewell acts
        "wrote letters to each of the grandkids and left them with my will",
        "said goodbye to my brother and gave away my fishing gear",
        # a wish to die in plain indirect words
        "honestly I'd be glad to die in my sleep tonight",
        "I keep hoping the bus hits me on the way to work",
        "can't see any point in carrying on like this, pain 9",
    ],
)
def test_indirect_thoughts_of_suicide_are_flagged(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "dying for a cup of tea, back's a 4",
        "this sciatica is killing me, 8 today",
        "dead on my feet after work, took the gabapentin",
        "my dad died last spring and I miss him, pain 5",
        "I'd rather die than sit in that waiting room again lol",
        "years ago I thought everyone'd be better off without me, therapy helped and I'm fine now",
        "my GP asked if I ever wish I was dead and I said no, just tired of the pain",
        "I'm not suicidal, just worn out. pain 7",
        "watched a film where he takes the whole bottle, couldn't sleep after",
        "won't be around tomorrow morning for the reminder, at the dentist",
        "I put the pills in a weekly box so I don't take them all at once by mistake",
        "gave away my old walking stick, don't need it since the physio",
        "the pharmacist said a whole box of paracetamol would be fatal, so it's locked up",
        "my daughter should have a life instead of me doing her shopping for her",
        "the kids need a life without me nagging them about homework lol",
    ],
)
def test_near_misses_are_not_flagged(text: str) -> None:
    assert not flagged(text), text


def test_one_cue_alone_is_not_enough() -> None:
    assert suicidal_anchors(normalise("bought a new belt for my trousers")) == []
    assert suicidal_anchors(normalise("said goodbye to the physio, last session today")) == []


@pytest.mark.parametrize(
    "text",
    [
        # harm done to one's own body, meant
        "slammed my fist into the door till my knuckles bled, it's what I do now",
        "scratched my arms raw with my nails again last night, wanted to feel something else",
        # a place to fall, lingered at
        "the multi-storey by work has a top floor with no barrier, I go up at lunch and look down",
        "standing at the end of the platform as the fast trains go by, working out the timing",
        # medicines kept ready
        "the tramadol is in a tin in the wardrobe now, about 50, I know what they're for",
        "counted the oxys again tonight, more than enough now",
        # a life that goes on only for someone
        "the only thing keeping me here is the dog",
        "my wife could finally have a life if I was not there",
    ],
)
def test_more_kinds_said_indirectly_are_flagged(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "stood on the pier watching the sunset, back's a 3",
        "counted my tablets for the pharmacy audit, 20 left",
        "burnt my hand on the oven tray, nothing serious",
        "nicked myself shaving, tiny cut",
        "rehoming our foster puppies next week, all have families",
        "said goodbye to my son at the station, he's back to uni, see him at christmas",
        "off to my overdose awareness course tomorrow, work sends everyone",
        "I'll die of boredom in this waiting room",
        "made a will before the hip operation, the solicitor said it's sensible",
        "I could have slept for a week after the nerve block",
    ],
)
def test_more_near_misses_are_not_flagged(text: str) -> None:
    assert not detect_red_flags(normalise(text)), text


def test_medicines_put_aside_for_a_purpose_are_flagged() -> None:
    """Found in the sandbox: this was logged as two co-codamol taken, with no red flag."""
    assert flagged(
        "been putting a couple of the co-codamol aside every night, nearly 40 now. "
        "I know what they are for"
    )


@pytest.mark.slow
def test_the_quick_word_filters_never_change_what_is_found() -> None:
    """Each flag's patterns run only on sentences its quick word filter lets through; on
    every corpus line the answer is the same with the filters off (a filter missing a
    word would silently hide a red flag)."""
    import json
    import re
    from pathlib import Path

    from bot.parsing import redflags

    root = Path(__file__).resolve().parents[2] / "corpus"
    texts = [
        normalise(json.loads(line)["text"])
        for path in sorted(root.glob("replies-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    filtered = [detect_red_flags(t) for t in texts]
    compiled = redflags._COMPILED
    try:
        redflags._COMPILED = tuple((f, re.compile(""), pat) for f, _, pat in compiled)
        unfiltered = [detect_red_flags(t) for t in texts]
    finally:
        redflags._COMPILED = compiled
    assert len(texts) > 8000
    assert [t for t, a, b in zip(texts, filtered, unfiltered, strict=True) if a != b] == []


def test_the_model_scores_as_its_features_say() -> None:
    """The word-by-word cached sum is the sum over `features` (as trained)."""
    import math

    from bot.parsing import suicidal_model

    weights, intercept, _ = suicidal_model._model()
    for text in (
        "took 2 advil at 8, pain 6",
        "everyone would manage fine if I just wasn't here",
        "stockpiling the stockpiled pills pills",
    ):
        low = normalise(text)
        z = intercept + sum(
            weights.get(f, 0.0) * n for f, n in suicidal_model.features(low).items()
        )
        assert math.isclose(
            suicidal_model.suicidal_score(low), 1 / (1 + math.exp(-z)), rel_tol=1e-9
        )


def test_the_model_reads_what_the_rules_miss_but_not_other_people() -> None:
    from bot.parsing.redflags import model_may_read

    assert not model_may_read(normalise("my son keeps saying he doesn't want to be alive"))
    assert not model_may_read(normalise("not suicidal, I'm safe, just a rough week"))
    assert model_may_read(normalise("honestly everyone would be fine without me around"))


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to end it with the tramadol, the pain clinic is tapering me off",
        "told my sister 'I want to die' about the dentist, only an expression, we laughed",
        "got the will and power of attorney done with the solicitor, a weight off",
        "a long time ago, after the crash, I wanted to die. now is different",
        "ugh 7am physio, I literally want to die. back's a 3",
        "the paperwork for the benefits is a burden on everyone",
    ],
)
def test_set_38s_kinds_of_near_miss(text: str) -> None:
    assert not detect_red_flags(normalise(text)), text


def test_thoughts_long_past_that_are_back_again_are_flagged() -> None:
    assert flagged("years ago I wanted to die, I was fine for a long time, but lately it's back")


@pytest.mark.parametrize(
    "text",
    [
        "low, yes. wanting to die, no. pain 5",
        "did my will at last with the solicitor, easy enough",
        "pre-paid the funeral plan, one less thing for my daughter",
        "stockpiled my pills for the holiday, two weeks in Spain",
        "bridge club this afternoon, sitting that long kills my back",
        "watched the kids on the rope swing, wish I could still do that",
    ],
)
def test_set_39s_kinds_of_near_miss(text: str) -> None:
    assert not detect_red_flags(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "you won't hear from me again after tonight. thanks for the reminders",
        "hope these sleeping tablets put me under for good",
        "want to switch myself off, not sleep, just off",
        "took my tramadol, pain 8. not that it matters after sunday",
        "tired of pretending i'll be here next year",
        "won't be around for much longer, everyone can relax",
        "someone like me should just quietly disappear",
        "God please take me, i have no strength left",
        "been sitting up at the multi-storey far too long tonight",
        "wrote to everyone I love tonight. a proper goodbye",
        "deleted all my socials today, tidying up before i go",
        "the whole month of oxy in one go, would it be peaceful",
    ],
)
def test_set_41s_kinds_of_finality_are_flagged(text: str) -> None:
    assert "suicidal" in detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "said goodbye to my old sofa today, the new one is lovely",
        "rehoming my dog because we're moving abroad, breaks my heart",
        "did a suicide awareness course at work, good session",
        "this job will be the end of me lol, pain 5",
        "funeral plan sorted with the wife, nothing morbid, just sensible",
        "going to bed, hopefully the last time I wake at 3am with this pain",
        "physio ends this week thank god, last session friday",
        "before I go to physio I took 2 naproxen",
        # "before I go" after somewhere to go today: the outing's
        "physio's at 4, might take a nurofen before I go",
        "dentist appointment at 3, will have lunch before I go",
        "sat on the bridge wall eating chips with the kids, lovely day",
    ],
)
def test_set_41s_kinds_of_near_miss(text: str) -> None:
    assert "suicidal" not in detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        # the writer takes a third-person question or sentence back onto themselves
        "what would happen if a person swallowed all the pregabalin at once. it's for me honestly",
        "if someone wanted to not wake up, which of the pills would do it? not hypothetically",
        "a woman who is only a weight on her kids should just quietly disappear. that's me",
        # a farewell made to someone: the other person receives it, the act is the writer's
        "called my sister tonight to say a proper goodbye, didn't say why",
        "texted my son thank you for everything. he doesn't know it's goodbye",
        # a plain wish to be dead, in everyday words
        "I wish my life was already over",
        "pain 9. just wanna be gone",
        "why am I still here honestly. what for",
        "asking the Lord every night to take my soul",
        "I want them to put me to sleep like our old cat",
        "I envy the dead, they don't hurt",
        "not planning on making it to 40 with this spine",
        "this christmas will be my last, I've decided",
        "would anybody even notice if I weren't here anymore",
        "keep having thoughts of jumping from the balcony",
        # a method held, sat with, chosen or looked into
        "held the razor over my wrist in the bath. didn't do anything",
        "stood on a stool with a cord round my neck last night, then got down",
        "got the shotgun out of the cabinet and sat with it for an hour",
        "I know exactly which tablets in the cupboard I'd take",
        "been looking up which car parks have no barriers",
        # medicines hidden and counted towards a purpose
        "hiding a tramadol every night in a shoe box. nearly enough",
        "bought more paracetamol from a different chemist so they wouldn't ask questions",
        "keeping the gabapentin in a tin instead of taking it. you know what for",
        # the others provided for after the writer
        "the life insurance pays out no matter how once it's two years. that's in may",
        "better my husband just gets the death benefits, he'd manage",
        "working out how to make it look natural so the kids still get the pension",
        # a parting covered by a story that is then denied
        "took the dog to the rescue, told them I'm moving abroad. I'm not moving anywhere",
        # an act with no object, timed for when the house is empty, beside a decision
        "once my wife is at her sister's I'm going to do it. I've made up my mind",
    ],
)
def test_kinds_the_held_out_sets_still_missed_are_flagged(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "hiding the chocolate in my sock drawer from the kids, pain 4",
        "got the pills ready for the week in the dosette box",
        "picked up ibuprofen at a different chemist, cheaper there",
        "rang my brother to say goodbye before his flight to Perth",
        "told my sister where the spare key is while I'm in hospital",
        "the life insurance renewal came, it pays out more now",
        "took the dog to the rescue to volunteer, lovely morning",
        "why am I still awake at 3am, back's an 8",
        "I wish this flare was over already",
        "want to be gone by 5 to beat the traffic",
        "not planning on seeing that surgeon again, he was useless",
        "this one will be my last appointment with him, moving GP",
        "cleaned the shotgun before the shoot on saturday, back held up",
        "sat in the bath with the razor shaving my legs, took ages with this back",
        "how many ibuprofen would it take to shift this headache",
        "I know exactly which pillow I'd use, the firm one",
        "googling which bridges are closed for the marathon",
        "when the kids are at school I'll do it, the exercises take ages",
        "asking for myself: is 3 naproxen a day too many?",
        "the nurse asked if I'm safe. I am, just sore. pain 6",
    ],
)
def test_near_misses_of_the_held_out_kinds_are_not_flagged(text: str) -> None:
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # an attempt begun, interrupted or survived
        "swallowed a load of my tramadol on friday to end it. woke up sick, nobody knows",
        "I tried to overdose in the summer. didn't work",
        "climbed over the fence at the viaduct last week, a lorry driver stopped me",
        "had the cable tied to the loft hatch. couldn't go through with it",
        "waded into the river meaning not to come back, the cold turned me round",
        # a weapon kept near and thought of for oneself
        "I keep my husband's old army knife by the bed and think about using it on myself",
        # medicines gathered for something other than the pain
        "told the GP I lost my script so she'd write another. got loads put away, not for the pain",
        "ordered a stack of codeine from abroad. it's for when I've had enough",
        # an act set to a time, beside a decision
        "after my last shift on friday I'm going to do it. I've made up my mind",
        "no one will check on me till monday. planning to do it saturday",
        # the writer said to be the someone, a death the writer is sure of
        "what would someone feel if they took every tablet in their cupboard? I'm the someone",
        "everything's ready for when she goes to work. I won't be alive when she gets back",
        "my super goes to my son if I ended it, he could finally buy a house",
        "a burden on everyone. I'll see myself off before the care home",
        "it would honestly be a relief if I just stopped breathing tonight",
    ],
)
def test_set_42s_kinds_are_flagged(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "worried about the general anaesthetic, small risk of not waking up they said",
        "got the will and life insurance done today, proper grown-up",
        "bought a rope for the clothes line, back's a 4",
        "writing an essay on the history of suicide prevention for uni",
        "the guy in the next bed tried to end it, I'm ok, just shaken",
        "ordered a load of ibuprofen gel online, cheaper than the chemist",
        "I'll do it after lunch, the stretches always help. pain 5",
        "turned back halfway up the hill, my back wasn't having it",
    ],
)
def test_set_42s_near_misses_are_not_flagged(text: str) -> None:
    assert not detect_red_flags(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        # kinds the retrained model no longer reached alone (sets 35-41), as rules
        "going to be with my husband again soon. he's been gone two years. I'm ready",
        "my wasiyya is written and I am ready to meet my creator",
        "keep checking how high the multi-storey roof is, every single visit to the clinic",
    ],
)
def test_kinds_read_by_rules_not_left_to_the_model(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # A plan with no word of death: a decision beside hopelessness, a rehearsal, or
        # two plans together (C-SSRS intent and plan).
        "I can't do this any more. I've decided.",
        "got the date set. everything is ready.",
        "stood at the top of the car park again. thought about it properly this time",
        # A regret at waking said across a full stop.
        "woke up again this morning. sadly.",
        # The writer's absence said to last.
        "if I'm not here to answer these one day, for good I mean",
        # A farewell set after a day to come.
        "after my son's wedding I won't need the refills",
        # Affairs told or handed on, beside hopelessness or a date.
        "nothing left to try now. showed my son where the insurance papers are and what to do "
        "with the flat after",
        "gave my cat to my cousin. you can stop sending the reminders after sunday",
        "all my passwords are written down for him. I won't bother anyone again",
        # Time alone awaited, said with a plan.
        "got the day worked out, just waiting for my husband to go away on his trip",
        "the kids are at their dad's on saturday. the house will be empty. that's when",
        # A pet "for a while" that is not.
        "asked my sister to take my dog for a bit. it'll be a lot longer than she thinks",
    ],
)
def test_plans_regrets_and_partings_said_without_a_word_of_death(text: str) -> None:
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I've decided to stop the physio, it's pointless",
        "made up my mind. going to ask for an mri",
        "got the date for my op. everything's ready for it",
        "I could sleep forever after that massage",
        "woke up again at 3, unfortunately the pain was back",
        "I'm not around this weekend, away for good weather",
        "I'm gone till monday, wish me luck",
        "after the holidays I won't need the tramadol hopefully",
        "after this box is finished I won't need more, the physio helped",
        "told my husband where the spare key is, he keeps losing his",
        "gave my dog to my sister for the week while I'm in hospital",
        "asked my neighbour to mind the dog while I'm at physio",
        "you can stop the reminders after friday, the course is done",
        "waiting for my husband to leave so I can do my exercises. that's when I get time",
        "won't bother you again today, feeling better",
        "no more options from the surgeon, so it's injections next",
    ],
)
def test_decisions_absences_and_regrets_of_everyday_life_are_not_flagged(text: str) -> None:
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # ... while a parting or a means with "before I go" is still read
        "I've written letters to everyone before I go",
        "saved up all my pills, I'll take them all before I go",
    ],
)
def test_before_i_go_with_a_parting_or_means_is_flagged(text: str) -> None:
    assert "suicidal" in detect_red_flags(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "naproxen 2 at once tonight",
        "taking 2 tramadol at once tonight",
        "took 2 of the oxy at once tonight",
        "had two gabapentin at once this evening",
        "took both at once tonight",
    ],
)
def test_a_few_tablets_taken_together_are_no_means_kept(text: str) -> None:
    """Sandbox: "naproxen 2 at once tonight", a dose told, got the crisis reply."""
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    ["going to take 30 tramadol at once tonight", "saving my oxy to take all at once"],
)
def test_many_tablets_at_once_stay_flagged(text: str) -> None:
    assert flagged(text), text
