"""Sleepiness or confusion told by someone taking an opioid or a gabapentinoid with
another medicine that slows the brain: the FDA's signs of breathing trouble, said at once.

Sources (read): FDA Drug Safety Communication 2019-12-19, "FDA warns about serious
breathing problems with seizure and nerve pain medicines gabapentin … and pregabalin":
"serious breathing difficulties may occur in patients using gabapentin … or pregabalin …
who have respiratory risk factors. These include the use of opioid pain medicines and
other drugs that depress the central nervous system"; "Patients and caregivers should
seek medical attention immediately if you or someone you are caring for experiences
symptoms of respiratory problems, because these can be life-threatening. Symptoms to
watch for include: Confusion or disorientation; Unusual dizziness or lightheadedness;
Extreme sleepiness or lethargy; Slowed, shallow, or difficult breathing;
Unresponsiveness" (fda.gov DSC page; FDA MedWatch notice, einpresswire reproduction).
FDA Drug Safety Communication 2016-08-31 on opioids with benzodiazepines "or other drugs
that depress the central nervous system": "slowed or difficult breathing and deaths".
The 2019 DSC: "CNS depressants include opioids, anti-anxiety medicines, antidepressants,
and antihistamines"; of the antidepressants, the tricyclics are the ones whose label says
so (ELAVIL, WARNINGS: "may enhance the response to alcohol and the effects of barbiturates
and other CNS depressants", read via druglib.com).
Pure: the medicines' classes in, the kinds of medicine named out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

__all__ = ["SLOWING", "SOURCE", "sedation_pair"]

#: Classes of medicine that slow the brain (the DSCs' "CNS depressants" in this file).
SLOWING: Final[frozenset[str]] = frozenset(
    {
        "opioid",
        "gabapentinoid",
        "benzodiazepine",
        "muscle_relaxant",
        "sedating_antihistamine",
        "tca",
    }
)
#: The report's short citation of the two Drug Safety Communications above.
SOURCE: Final = "FDA 2016, 2019"
#: The signs that make it urgent (the 2019 DSC's list, as patients say them).
_SIGNS: Final[frozenset[str]] = frozenset({"confusion"})


def sedation_pair(
    effects: set[str],
    very_sleepy: bool,
    regimen: Sequence[tuple[str, frozenset[str]]],
    *,
    very_dizzy: bool = False,
) -> tuple[str, str] | None:
    """The two medicines (names as listed) whose taking together makes confusion, extreme
    sleepiness or unusual dizziness (`very_dizzy`: with a fall or a near fall, or said
    strongly) told now a sign to act on, or None: an opioid or a gabapentinoid with
    another medicine that slows the brain."""
    if not (
        effects & _SIGNS
        or ("drowsiness" in effects and very_sleepy)
        or ("dizziness" in effects and very_dizzy)
    ):
        return None
    for i, (name, classes) in enumerate(regimen):
        if not classes & {"opioid", "gabapentinoid"}:
            continue
        for j, (other, other_classes) in enumerate(regimen):
            if i != j and other_classes & SLOWING and other != name:
                return name, other
    return None
