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

from bot.domain.dose_amounts import drug_for, label_for
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


def with_alcohol(names: Iterable[str]) -> SafetyWarning | None:
    """The labels' words on alcohol for the medicines `names` (the person's list and any
    the message named); None when none of them is one whose label warns of it."""
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
    if not sentences:
        return None
    return SafetyWarning(
        code=ALCOHOL,
        severity=Severity.WARNING,
        text=finish("You mentioned a drink. " + " ".join(sentences), lead="If you have questions,"),
        medications=tuple(involved),
    )
