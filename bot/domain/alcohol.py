"""What the labels say of alcohol beside the person's medicines, said when they tell of a
drink: a fact with its label, never advice.

Sources (each read; also quoted in bot/knowledge/drugs.yaml beside the pair rules):
- opioids: DailyMed Medication Guide setid 9d76aaf6-e3e0-4ec1-9f20-3d5ab88de630
  (Hydrocodone Bitartrate and Acetaminophen Tablets): "Taking ... with other opioid
  medicines, benzodiazepines, alcohol, or other central nervous system depressants ... can
  cause severe drowsiness, decreased awareness, breathing problems, coma, and death";
- cyclobenzaprine: the Amrix (cyclobenzaprine ER) label, "may enhance the effects of
  alcohol, barbiturates, and other CNS depressants";
- carisoprodol: DailyMed setid 2abd11e4-8ce4-4aeb-87c4-3af94c197714, "Additive sedative
  effects when used with other CNS depressants including alcohol";
- sedating antihistamines: DailyMed setid a1e4781a-6715-461a-9289-94da68129f4a
  (diphenhydramine), "alcohol, sedatives, and tranquilizers may increase drowsiness".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from bot.domain.dose_amounts import drug_for, label_for
from bot.domain.label_limits import ago
from bot.domain.warnings import SafetyWarning, Severity, finish
from bot.domain.wording import and_list

ALCOHOL = "alcohol"

_OPIOID = (
    "Opioid labels warn that taking {meds} with alcohol can cause severe drowsiness, "
    "breathing problems, coma and death."
)
_BY_INGREDIENT = {
    "cyclobenzaprine": "The {meds} label says it may enhance the effects of alcohol.",
    "carisoprodol": "The {meds} label says its sedative effects and alcohol's may add up.",
}
_ANTIHISTAMINE = "The {meds} label says alcohol may increase the drowsiness it causes."


def _label_words(names: Iterable[str]) -> tuple[list[str], tuple[str, ...]]:
    """The labels' sentences on alcohol for the medicines `names`, and the generics they
    are of; both empty when no label of them warns of it."""
    opioids: dict[str, None] = {}
    sentences: dict[str, None] = {}
    involved: dict[str, None] = {}
    for name in names:
        drug = drug_for(None, name)
        if drug is None or drug.generic in involved:
            continue  # (a listed Norco and the message's "norco" are one medicine, said once)
        shown = label_for(name, drug)
        if "opioid" in drug.classes:
            opioids[shown] = None
            involved[drug.generic] = None
        for ingredient, sentence in _BY_INGREDIENT.items():
            if ingredient in drug.ingredients:
                sentences[sentence.format(meds=shown)] = None
                involved[drug.generic] = None
        if "sedating_antihistamine" in drug.classes:
            sentences[_ANTIHISTAMINE.format(meds=shown)] = None
            involved[drug.generic] = None
    if opioids:
        sentences = {_OPIOID.format(meds=and_list(list(opioids))): None} | sentences
    return list(sentences), tuple(involved)


def warned_of(name: str) -> tuple[str, ...]:
    """The generics of the medicine `name` whose labels warn about alcohol (as said
    here); empty when its label says nothing of it."""
    return _label_words([name])[1]


def label_warns(name: str) -> bool:
    """Whether the label of the medicine `name` warns about alcohol (as said here)."""
    return bool(warned_of(name))


def with_alcohol(names: Iterable[str]) -> SafetyWarning | None:
    """The labels' words on alcohol for the medicines `names` (the person's list and any
    the message named); None when none of them is one whose label warns of it."""
    sentences, involved = _label_words(names)
    if not sentences:
        return None
    return SafetyWarning(
        code=ALCOHOL,
        severity=Severity.WARNING,
        text=finish("You mentioned a drink. " + " ".join(sentences), lead="If you have questions,"),
        medications=involved,
    )


#: A dose logged this soon after a drink was told gets its label's words on alcohol. No
#: label gives a time; an evening's drinks and the doses that follow them fit in six
#: hours (Sandbox, New York: tramadol 1.5 h and cyclobenzaprine 3 h after "a couple beers").
DRINK_WITHIN = timedelta(hours=6)
AFTER_A_DRINK = "alcohol_after_drink"


def after_a_drink(name: str, drink_at: datetime, dose_at: datetime) -> SafetyWarning | None:
    """A dose of `name` taken `dose_at`, a drink having been told `drink_at` (before it,
    within :data:`DRINK_WITHIN`): the words of its label on alcohol, as a fact; None when
    its label says none, or the drink is not that near (Sandbox, New York: the drink was
    answered, the tramadol logged 1.5 h later said nothing of it)."""
    if not timedelta(0) <= dose_at - drink_at <= DRINK_WITHIN:
        return None
    sentences, involved = _label_words([name])
    if not sentences:
        return None
    apart = dose_at - drink_at
    when = f"{ago(apart)} before" if apart >= timedelta(minutes=1) else "just before"
    lead = f"You told me of a drink {when} this dose."
    return SafetyWarning(
        code=AFTER_A_DRINK,
        severity=Severity.WARNING,
        text=finish(f"{lead} " + " ".join(sentences), lead="If you have questions,"),
        medications=involved,
    )
