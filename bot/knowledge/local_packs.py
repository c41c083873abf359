"""Paracetamol as the packs where the person lives carry it. The knowledge file's
acetaminophen row is read from US labels: Regular Strength tablets of 325 mg, and Drug
Facts that stop at 3,000 mg a day. In the UK, Ireland and Australia the tablet sold is
500 mg and the pack's limit is 8 tablets (4,000 mg) in 24 hours. A tablet whose strength
nobody said is counted, as an "at least", at the smallest tablet sold where the person
lives, and the limit is said in their own packs' words. US brand names (Tylenol, Mapap)
keep the US strengths.

Sources (read):
- UK: NHS, "How and when to take paracetamol for adults" (nhs.uk/medicines/
  paracetamol-for-adults): tablets come as "tablet – 500mg or 1g"; "Adults can take two,
  500mg tablets, 4 times in 24 hours. You must wait at least 4 hours between doses. Do
  not take more than 8 tablets in 24 hours." The same on UK packs' directions, e.g.
  Paracetamol 500mg Tablets (onlineukchemists.co.uk, the pack's directions): "Adults and
  children 12 years and over: Take 1-2 tablets with water every 4-6 hours. (Maximum of 8
  tablets in 24 hours)".
- Ireland: HSE, "Paracetamol" (www2.hse.ie/conditions/paracetamol): "Taking 1 or 2 extra
  tablets by accident is unlikely to be harmful, as long as you do not take more than 8
  tablets in 24 hours"; Paracetamol 500 mg Film Coated Tablets (medicines.ie, Haleon
  Ireland, "Supply through general sale").
- Australia: TGA, "Prevent paracetamol poisoning in your home" (tga.gov.au): "For adults,
  this is no more than 1 gram of paracetamol (for example: 2 x 500mg tablets or
  capsules) every 4 to 6 hours and a maximum of 4 grams a day"; Panamax (NPS
  MedicineWise CMI) "Each tablet contains paracetamol 500 mg".
- Elsewhere 500 mg tablets are sold too (drugs.yaml cites India's Calpol, Germany's
  paracetamol-ratiopharm, the Philippines' Biogesic), but no page read says a smaller
  tablet is not: counted at 500 mg there, "at least" could say more than was taken, so
  those people keep the US floor until their formulary is read.
- US: the knowledge file's row (openFDA Regular Strength 325 mg; Drug Facts "more than
  6 caplets in 24 hours, which is the maximum daily amount" for 500 mg caplets).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from bot.knowledge.places import zone_country

__all__ = ["PackLimit", "local_tablet_mg", "pack_limit"]

_INGREDIENT: Final = "acetaminophen"
#: Brands sold in the US (Tylenol Regular 325 mg, Extra Strength 500 mg; Mapap): said by
#: name, the pack was a US one, wherever the person lives now.
_US_BRANDS: Final = ("tylenol", "mapap")
#: Where the smallest adult paracetamol tablet sold is 500 mg (sources above).
_TABLET_500: Final = frozenset({"GB", "IE", "AU"})


@dataclass(frozen=True, slots=True)
class PackLimit:
    """The limit the person's own packs carry: in mg, and in their words."""

    mg: float
    #: Said after the labelled maximum ("UK packs: not more than 8 tablets of 500 mg in
    #: 24 hours").
    words: str


_LIMITS: Final[dict[str, PackLimit]] = {
    "GB": PackLimit(4000, "UK packs: not more than 8 tablets of 500 mg in 24 hours"),
    "IE": PackLimit(4000, "Irish packs: not more than 8 tablets of 500 mg in 24 hours"),
    "AU": PackLimit(4000, "Australian packs: not more than 8 tablets of 500 mg (4 g) a day"),
}


def _us_brand(name: str | None) -> bool:
    low = (name or "").lower()
    return any(brand in low for brand in _US_BRANDS)


def local_tablet_mg(ingredient: str, name: str | None, zone: str | None) -> float | None:
    """The smallest tablet of `ingredient` sold where `zone` is, when it is not the US
    one: 500 mg of paracetamol in London; None in New York, where no country is known,
    and for a US brand said by name."""
    if ingredient != _INGREDIENT or _us_brand(name):
        return None
    return 500.0 if zone_country(zone) in _TABLET_500 else None


def pack_limit(ingredient: str, zone: str | None) -> PackLimit | None:
    """The 24-hour limit on `ingredient`'s over-the-counter packs where `zone` is, when
    they are not the US Drug Facts (None there, or where no country is known)."""
    if ingredient != _INGREDIENT:
        return None
    return _LIMITS.get(zone_country(zone) or "")
