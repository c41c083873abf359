"""Spanish said in the English the parser reads: a bilingual patient's doses, times, sleep
and side effects ("me tomé una norco a las 4", "ya me la tomé", "olvidé la meloxicam",
"no dormí nada", "me siento mareado"), where it hurts ("me duele la espalda baja", "me
baja por la pierna izquierda"), urgent care already sought ("fui a urgencias") and a
medicine switched ("el doctor me cambió el tramadol por tapentadol").

Run by the normaliser on lower-cased text, before anything else reads it, so every reader
(the parser, the answers to a pending question, the already-seen-to and list-change
readers) sees the same words. Only phrases that are Spanish are rewritten — a taking or
forgetting verb and the words after it, a clock time, a night's sleep, a side effect, a
place that hurts after a pain or spreading verb, a visit to urgent care, a switch — so an
English message is left as it is. Red flags are read in Spanish by
:mod:`bot.parsing.redflags_es`; their words are not touched here (a message with a sign's
words keeps its places in Spanish).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["spanish_said"]

_ACCENTS = {"á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]", "ñ": "[nñ]"}


def _es(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled with every accented letter optional ("tomé" also "tome")."""
    return re.compile("".join(_ACCENTS.get(ch, ch) for ch in pattern))


# A cheap test before the rewrites: a Spanish word they could apply to (one search for an
# English message; each group of rewrites below has its own narrower test after it)
_MAYBE: Final = _es(
    r"\b(?:tomé|tome|tomado|tomar|olvid\w*|las?|dormí|dormir|mareo|maread\w*|sueño|somnolient\w*|"
    r"adormilad\w*|estreñ\w*|náusea\w*|asco|vomitar|anoche|ayer|hoy|ahorita|ahora|hace|esta|"
    r"todavía|aún|duelen?|dolor\w*|dolía|dolió|ciátic\w*|espalda|cintura|caderas?|nalgas?|piernas?|"
    r"pies?|izquierd\w*|derech\w*|urgencias|emergencias?|fui|fuimos|estuve|llev\w+|internaron|"
    r"hospitalizaron|ingresaron|salí|vengo|mandaron|atendieron|llamé|alta|cambi\w*|vez|lugar|dosis|"
    r"estómago|barriga|tripa|panza|vientre|abdomen|abdominal|acidez|ardor|agruras|reflujo|"
    r"revuelve|revuelto|cae|caen|cayó|sienta|sientan|sentó|cayendo|sentando|mañana|semana|"
    r"próximo)\b"
)

# ---- where it hurts ---------------------------------------------------------------------

# A place, as English names it (and its plural): the longer Spanish names first, so "la
# parte baja de la espalda" is the lower back before "espalda" is the back.
_PARTS: Final[tuple[tuple[str, str, str], ...]] = (
    (r"(?:parte|zona|región)\s+(?:baja|de\s+abajo|inferior)\s+de\s+(?:la|mi)\s+espalda|"
     r"espalda\s+(?:baja|de\s+abajo|inferior)|baja\s+espalda|(?:zona|región|parte)\s+lumbar|"
     r"lumbares|cintura", "lower back", "lower back"),
    (r"rabadilla|cóccix|coxis", "tailbone", "tailbone"),
    (r"(?:parte|zona)\s+(?:media|de\s+en\s+medio)\s+de\s+(?:la|mi)\s+espalda|"
     r"(?:mitad|medio)\s+de\s+(?:la|mi)\s+espalda|espalda\s+media|media\s+espalda", "mid back",
     "mid back"),
    (r"(?:parte|zona)\s+(?:alta|de\s+arriba|superior)\s+de\s+(?:la|mi)\s+espalda|"
     r"espalda\s+(?:alta|de\s+arriba|superior)", "upper back", "upper back"),
    (r"omóplatos?|paletas", "shoulder blades", "shoulder blades"),
    (r"espalda", "back", "back"),
    (r"cuello|nuca", "neck", "neck"),
    (r"hombros?", "shoulder", "shoulders"),
    (r"caderas?", "hip", "hips"),
    (r"nalgas?|glúteos?|pompis|pompas?|sentaderas?", "buttock", "buttocks"),
    (r"dedos\s+del\s+pie", "toes", "toes"),
    (r"piernas?", "leg", "legs"),
    (r"muslos?", "thigh", "thighs"),
    (r"pantorrillas?|chamorros?", "calf", "calves"),
    (r"rodillas?", "knee", "knees"),
    (r"pies?", "foot", "feet"),
    (r"tobillos?", "ankle", "ankles"),
    (r"espinillas?", "shin", "shins"),
    (r"brazos?", "arm", "arms"),
    (r"manos?", "hand", "hands"),
    (r"codos?", "elbow", "elbows"),
)  # fmt: skip
_PART_RES: Final = tuple((_es(rf"(?:{sp})"), one, many) for sp, one, many in _PARTS)
# The leg's parts: down the left leg to the foot is the left foot
_LEG_PARTS: Final = frozenset({"leg", "thigh", "calf", "knee", "foot", "ankle", "shin", "toes"})
_DET = (
    r"(?:(?:la|el|las|los|mis?|tus?|una|un|toda\s+la|todo\s+el|"
    r"(?P<both>ambas|ambos|las\s+dos|los\s+dos))\s+)?"
)
_SIDE = (
    r"(?:\s+(?:(?:del|en\s+el|de\s+el)\s+lado\s+|de\s+la\s+|del\s+)?"
    r"(?P<side>izquierd[oa]s?|derech[oa]s?))?"
)
_PART = "|".join(sp for sp, _, _ in _PARTS)
_PLACE_ONE = _DET + r"(?P<part>" + _PART + r")\b" + _SIDE
# One place, or a few ("la cadera y la nalga derecha", "la espalda, el cuello y los hombros")
_A_PLACE = _DET.replace("?P<both>", "?:") + rf"(?:{_PART})\b" + _SIDE.replace("?P<side>", "?:")
_PLACE_LIST = rf"(?:{_A_PLACE})(?:\s*(?:,|\by\b|\be\b)\s*(?:(?:en|a)\s+)?{_A_PLACE})*"
_ONE_PLACE: Final = _es(_PLACE_ONE)


def _place(m: re.Match[str], side: str = "") -> tuple[str, str, str]:
    """One place matched by _PLACE_ONE in English ("la pierna izquierda" → "my left leg"),
    with its part and side; `side` is the one it takes from a place before it."""
    part = m["part"]
    both = m["both"] is not None
    said = m["side"] or ""
    side = "left" if said.startswith("izq") else "right" if said.startswith("der") else side
    one, many = next((o, n) for r, o, n in _PART_RES if r.fullmatch(part))
    plural = both or part.endswith("s") and many != one
    name = many if plural else one
    if both:
        return f"both my {name}", one, ""
    if side and name == "lower back":
        return f"my lower {side} back", one, side  # "lower left back": of the back
    return f"my {side + ' ' if side else ''}{name}", one, side


def _places(text: str, after: str = "") -> str:
    """A list of places in English: "la cadera y la nalga derecha" → "my hip and my right
    buttock"; a leg's part after a leg with its side takes that side ("por la pierna
    izquierda hasta el pie": the left foot)."""
    said: list[str] = []
    side, limb = "", ""
    for m in _ONE_PLACE.finditer(text):
        inherit = side if limb in _LEG_PARTS else ""
        words, part, own = _place(m, inherit)
        if inherit and part in _LEG_PARTS and not m["side"] and said:
            continue  # down the left leg to the foot: already the left leg
        said.append(words)
        side, limb = own, part
    return after.join(said) if after else " and ".join(said)


_HURT_VERB = (
    r"(?:duele|duelen|dolía|dolían|dolió|dolieron|está\s+doliendo|están\s+doliendo|"
    r"estaba\s+doliendo|ha\s+estado\s+doliendo|molesta|molestan|molestaba|molestaban)"
)
_HOW_MUCH = (
    r"(?:\s+(?:mucho|muchísimo|bastante|un\s+poco|poquito|horrible|todavía|aún|otra\s+vez|"
    r"demasiado|más))*"
)
# "me duele la espalda baja", "no me duele la pierna", "tengo dolor en la cadera",
# "dolor de espalda": pain in the places after it
_HURTS: Final = _es(
    r"\b(?:(?P<neg>(?:ya\s+)?no)\s+(?:me|nos)\s+" + _HURT_VERB + _HOW_MUCH + r"|"
    r"(?:me|nos)\s+" + _HURT_VERB + _HOW_MUCH + r"|"
    r"(?:(?:tengo|traigo|siento|con)\s+|el\s+)?(?:(?:un|mucho|muchísimo|algo\s+de)\s+)?dolor(?:es)?"
    r"(?:\s+(?:muy\s+)?(?:fuerte|intenso|horrible|leve|sordo))?\s+(?:en|de))"
    r"\s+(?P<places>" + _PLACE_LIST + r")"
)
# "la espalda baja me duele": the places, then the verb
_HURTS_AFTER: Final = _es(
    r"\b(?P<places>" + _PLACE_LIST + r")\s+(?:me|nos)\s+" + _HURT_VERB + _HOW_MUCH + r"\b"
)
# "que me baja por la pierna izquierda", "me corre hasta el pie derecho", "se me va a la
# nalga", "el dolor baja hasta la rodilla", "no me baja a la pierna": the pain spreading,
# down to where it goes (never "le baja": someone else's; "baja" alone may be the back's)
_SPREADS: Final = _es(
    r"(?:\b(?P<lead>que|y)\s+|\b(?P<pain>(?:el|ese|este|la)\s+(?:dolor|ciática))\s+)?(?P<neg>no\s+)?"
    r"(?:\b(?:se\s+)?me\s+|\bse\s+|(?<=que\s)|(?<=dolor\s)|(?<=ciática\s))"
    r"(?:baja|bajaba|bajó|corre|corría|recorre|va|iba|pasa|pasaba|llega|llegaba|extiende|"
    r"irradia|jala|tira)\s+(?:todo\s+|toda\s+)?(?P<prep>por|hasta|a|al|hacia|para)\s+"
    r"(?:(?:todo|toda)\s+)?(?P<places>"
    + _PLACE_LIST
    + r"(?:\s+(?:hasta|a|al)\s+"
    + _PLACE_LIST
    + r")*)"
)
# "ciática del lado izquierdo", "ciática en la pierna derecha", "ciática izquierda"
_SCIATICA: Final = _es(
    r"\bciática(?:\s+(?:(?:del|en\s+el)\s+lado|de\s+la\s+pierna|en\s+la\s+pierna|de\s+la|a\s+la)?\s*"
    r"(?P<side>izquierd[oa]|derech[oa]))?"
)
# A message of places alone, perhaps with a score: "espalda baja y pierna izquierda, 7"
_ONLY_PLACES: Final = _es(
    r"^\s*(?P<places>"
    + _PLACE_LIST
    + r")(?P<rest>\s*[,.:-]?\s*(?:\d{1,2}(?:\s*(?:/|de)\s*10)?)?\s*[.!]?\s*)$"
)
_OUT_OF_TEN: Final = re.compile(r"\b(\d{1,2})\s+de\s+10\b")
# Someone else's pain ("a mi hija le duele la pierna"), or a sign whose Spanish words the
# red flags read ("me duele la nalga y la tengo dormida", "me duele la espalda y el pecho"):
# the places stay in Spanish
_NOT_MINE: Final = _es(
    r"\b(?:le|les)\s+(?:duele|duelen|dolía|baja|corre)\b|\ba\s+(?:él|ella|ellos)\b|"
    r"\b(?:esposa|esposo|marido|hij[oa]s?|niñ[oa]s?|bebé|mamá|madre|papá|padre|herman[oa]s?|"
    r"abuel[oa]s?|amig[oa]s?|novi[oa]|suegr[oa]s?)\b|"
    r"pecho|coraz|dormid|durmi|duerm|entum|adormec|anestesi|hormigue|cosquill|débil|debil|"
    r"fuerza|dobla|vence|arrastr|sensibilidad|no\s+(?:siento|sentía|sentí)|orin|pipí|popó|"
    r"caca|vejiga|entrepierna|ingle|genital|íntima"
)


def _hurts(m: re.Match[str]) -> str:
    no = "no " if m["neg"] else ""
    return f"{no}pain in {_places(m['places'])}"


def _spreads(m: re.Match[str]) -> str:
    lead = {"que": "that ", "y": "and it "}.get(m["lead"] or "", "it ")
    if m["pain"]:
        lead = "sciatica " if "ci" in m["pain"] else "the pain "
    verb = "doesn't go down" if m["neg"] else "goes down"
    # ("doesn't go down my leg": the leg denied; "… down to my leg" would name it)
    to = "" if m["prep"] == "por" or m["neg"] else " to"
    return f"{lead}{verb}{to} {_places(m['places'], ' to ')}"


def _sciatica(m: re.Match[str]) -> str:
    side = m["side"] or ""
    if not side:
        return "sciatica"
    return f"sciatica down my {'left' if side.startswith('izq') else 'right'} leg"


def _where_it_hurts(low: str) -> str:
    """The places a pain is felt or spreads to, in English."""
    if _NOT_MINE.search(low):
        return low
    if only := _ONLY_PLACES.match(low):
        rest = _OUT_OF_TEN.sub(r"\1/10", only["rest"])
        return _places(only["places"]) + rest
    low = _HURTS.sub(_hurts, low)
    low = _HURTS_AFTER.sub(lambda m: f"{_places(m['places'])} hurts", low)
    low = _SPREADS.sub(_spreads, low)
    low = _SCIATICA.sub(_sciatica, low)
    return _OUT_OF_TEN.sub(r"\1/10", low)


# ---- urgent care sought ------------------------------------------------------------------

# Where care is had: "urgencias", "la sala de emergencias", "el hospital", "la clínica"
_CARE = (
    r"(?:(?:la\s+)?sala\s+de\s+)?(?P<er>urgencias|emergencias?)|(?:el\s+)?(?P<hosp>hospital)|"
    r"(?:la\s+)?(?P<clinic>clínica)|(?:el\s+|la\s+)?(?P<doc>doctora?|médic[oa])"
)
_TO = r"(?:a\s+(?:la\s+|el\s+)?|al\s+|para\s+(?:la\s+|el\s+)?|pa'?\s+(?:la\s+|el\s+)?)"
_FROM = r"(?:de\s+(?:la\s+|el\s+)?|del\s+)"
# Neither asked ("¿voy a urgencias?") nor another day ("voy al hospital el viernes")
_NOT_LATER = (
    r"(?![^\n]*(?:\?|\b(?:mañana|lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|cita|"
    r"consulta)\b))"
)
_AT = r"(?:" + _CARE + r")"
_CARE_SAID: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # "no fui a urgencias": not gone; "no voy a ir al hospital": care declined
    (_es(r"\bno\s+(?:fui|fuimos|me\s+fui)\s+" + _TO + _AT), "didn't go to {care}"),
    (_es(r"\bno\s+(?:voy|vamos|pienso|quiero|me\s+da\s+la\s+gana)\s+(?:a\s+)?ir\s+" + _TO + _AT),
     "not going to go to {care}"),
    # "fui a urgencias", "tuve que ir al hospital": gone
    (_es(r"\b(?:fui|fuimos|me\s+fui|tuve\s+que\s+ir|tuvimos\s+que\s+ir)\s+" + _TO + _AT),
     "went to {care}"),
    # "estuve en emergencias anoche", "pasé la noche en el hospital"
    (_es(r"\b(?:estuve|estuvimos|pasé\s+la\s+noche|pasamos\s+la\s+noche)\s+en\s+(?:la\s+|el\s+)?"
         + _AT), "been in {care}"),
    # "me llevaron al hospital", "me mandaron a urgencias"
    (_es(r"\bme\s+(?:llevaron|llevó|trajeron|trajo)\s+" + _TO + _AT), "was taken to {care}"),
    (_es(r"\bme\s+(?:mandaron|mandó|enviaron|envió)\s+" + _TO + _AT), "they sent me to {care}"),
    # "me internaron", "me dieron de alta": admitted, discharged
    (_es(r"\bme\s+(?:internaron|hospitalizaron|ingresaron|dejaron\s+internad[oa])\b"),
     "was admitted"),
    (_es(r"\bme\s+dieron\s+de\s+alta\s+" + _FROM + _AT), "discharged from {care}"),
    (_es(r"\bme\s+dieron\s+de\s+alta\b"), "discharged from the hospital"),
    # "me atendieron en urgencias", "me revisaron en el hospital"
    (_es(r"\bme\s+(?:atendieron|revisaron|checaron|examinaron)\s+en\s+(?:la\s+|el\s+)?" + _AT),
     "was seen in {care}"),
    # "vengo de urgencias", "ya salí del hospital"
    (_es(r"\b(?:ya\s+)?(?:vengo|venimos|regresé|regresamos|volví|volvimos|salí|salimos|"
         r"acabo\s+de\s+salir)\s+" + _FROM + _AT), "back from {care}"),
    # "llamé al 911", "ya llamé a la ambulancia" (never "llame al 911": "call 911")
    (re.compile(r"\b(?:llamé|ya\s+llam[eé])\s+(?:al|a\s+la|a\s+una)\s+(?:911|ambulancia)\b"),
     "called 911"),
    # "voy camino a urgencias", "me llevan al hospital": on the way (never "¿voy a urgencias?")
    (_es(r"\b(?:ya\s+)?(?:voy|vamos|nos\s+vamos|voy\s+a\s+ir|vamos\s+a\s+ir)\s+"
         r"(?:camino\s+|rumbo\s+)?" + _TO + _AT + _NOT_LATER), "on my way to {care}"),
    (_es(r"\bme\s+(?:lleva|llevan|está\s+llevando|están\s+llevando|va\s+a\s+llevar|"
         r"van\s+a\s+llevar)\s+" + _TO + _AT + _NOT_LATER), "taking me to {care}"),
)  # fmt: skip
_MAYBE_CARE: Final = _es(
    r"urgencias|emergencia|hospital|clínica|doctor|médic|911|ambulancia|intern|ingres|alta"
)


def _care(repl: str) -> Callable[[re.Match[str]], str]:
    """The visit in English, naming where it was had."""

    def said(m: re.Match[str]) -> str:
        where = next(
            (w for g, w in (("er", "the er"), ("hosp", "the hospital"), ("clinic", "the clinic"),
                            ("doc", "the doctor")) if g in m.re.groupindex and m[g]),
            "",
        )  # fmt: skip
        return repl.format(care=where)

    return said


# ---- a medicine switched -------------------------------------------------------------------

_WHO = (
    r"(?:(?P<who>(?:el|la|mi)\s+(?:doctora?|doc|dra?\.?|médic[oa]|especialista|enfermer[oa]))"
    r"(?:\s+\w+)?\s+)?"
)
_THE = r"(?:(?:el|la|los|las|mis?|una?)\s+)?"
# Not a medicine: the dose, the time, the patch ("cambié el parche": a patch put on)
_NAME = r"(?!(?:dosis|horario|hora|parche|cita|receta|pastilla)\b)(?P<{g}>[a-z][\w-]*)"
_STRENGTH = r"(?:\s+(?:de\s+)?\d+(?:\.\d+)?\s*(?:mg|mcg)?)?"
_X = _THE + _NAME.format(g="x")
_Y = _THE + r"(?P<y>" + _NAME.format(g="y0") + _STRENGTH + r")"
_SWITCHED: Final[tuple[re.Pattern[str], ...]] = (
    # "el doctor me cambió el tramadol por tapentadol", "me cambiaron de tramadol a tapentadol"
    _es(
        r"\b" + _WHO + r"(?:me\s+(?P<verb>cambió|cambio|cambiaron|pasó|pasaron)|cambié)\s+"
        r"(?:(?P<from>de|del)\s+)?" + _X + _STRENGTH + r"\s+(?(from)(?:a|al)|(?:por|a|al))\s+" + _Y
    ),
    # "ahora tomo tapentadol en vez de tramadol", "me pusieron tapentadol en lugar del tramadol"
    _es(
        r"\b(?:(?:ahora|ya|desde\s+(?:hoy|ayer))\s+(?:tomo|me\s+tomo|estoy\s+tomando|uso)|"
        + _WHO + r"me\s+(?P<verb>pusieron|puso|dieron|dio|recetaron|recetó))\s+"
        + _Y + r"\s+en\s+(?:vez|lugar)\s+(?:de\s+|del\s+)" + _X + r"\b"
    ),
)  # fmt: skip
# "me subieron la dosis del tramadol", "el doctor me cambió la dosis de la gabapentina"
_DOSE_MOVED: Final = _es(
    r"\b" + _WHO + r"me\s+(?P<verb>cambió|cambio|cambiaron|subió|subieron|aumentó|aumentaron|bajó|"
    r"bajaron|redujo|redujeron|disminuyó|disminuyeron)\s+la\s+dosis\s+(?:del|de\s+la|de\s+mi|de)\s+"
    + _NAME.format(g="x")
    + r"\b(?P<to>\s+a\s+(?=\d))?"
)
_MOVED: Final = {"cambi": "changed", "sub": "increased", "aument": "increased"}
_MAYBE_SWITCH: Final = _es(r"cambi|pas[oó]|pasaron|vez|lugar|dosis")


def _dose_moved(m: re.Match[str]) -> str:
    """ "they increased my tramadol dose": a prescribed dose changed, never one taken."""
    verb = m["verb"]
    how = next((e for s, e in _MOVED.items() if verb.startswith(s)), "reduced")
    who = "the doctor " if m["who"] else "they " if verb.endswith("ron") else ""
    return f"{who}{how} my {m['x']} dose{' to ' if m['to'] else ''}"


def _switched(m: re.Match[str]) -> str:
    """ "changed my tramadol to tapentadol": the switch as the list-change reader reads it,
    never a dose taken."""
    y = re.sub(r"\s+de\s+(?=\d)", " ", m["y"])
    if m["who"]:
        who = "the doctor "
    elif (m["verb"] or "").endswith("ron"):
        who = "they "
    else:
        who = ""
    return f"{who}changed my {m['x']} to {y}"


# ---- times ------------------------------------------------------------------------------

_CLOCK = r"(\d{1,2}(?::\d\d)?)"
_DAYS: Final[dict[str, str]] = {
    "lunes": "monday", "martes": "tuesday", "miercoles": "wednesday", "jueves": "thursday",
    "viernes": "friday", "sabado": "saturday", "domingo": "sunday",
}  # fmt: skip


def _next_day(m: re.Match[str]) -> str:
    """ "el próximo viernes" → "next friday"."""
    bare = m.group(1).translate(str.maketrans("áéíóú", "aeiou"))
    return f"next {_DAYS[bare]}"


_TIMES: Final[tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]] = (
    # "a las 4 y media", "a las 8 y cuarto": half and quarter past
    (_es(r"\b(?:como\s+)?a\s+las?\s+(\d{1,2})\s+y\s+media\b"), r"at \1:30"),
    (_es(r"\b(?:como\s+)?a\s+las?\s+(\d{1,2})\s+y\s+cuarto\b"), r"at \1:15"),
    # "a las 7 de la mañana", "a las 4 de la tarde", "a las 10 de la noche"
    (_es(r"\ba\s+las?\s+" + _CLOCK + r"\s+de\s+la\s+(?:mañana|madrugada)\b"), r"at \1am"),
    (_es(r"\ba\s+las?\s+" + _CLOCK + r"\s+de\s+la\s+(?:tarde|noche)\b"), r"at \1pm"),
    # "como a las 4": about then; "a las 4", "a la 1": then
    (_es(r"\bcomo\s+a\s+las?\s+(?=\d)"), "around "),
    (_es(r"\ba\s+las?\s+(?=\d)"), "at "),
    # "hace 2 horas", "hace media hora", "hace un rato"
    (_es(r"\bhace\s+(\d{1,2}|una|un|dos|tres)\s+horas?\b"), r"\1 hours ago"),
    (_es(r"\bhace\s+(\d{1,2}|una|un|dos|tres)\s+minutos?\b"), r"\1 minutes ago"),
    (_es(r"\bhace\s+media\s+hora\b"), "half an hour ago"),
    (_es(r"\bhace\s+(?:un\s+)?rato\b"), "a while ago"),
    # "mañana" alone is tomorrow (a plan, as English reads "tomorrow"); "esta mañana", "en
    # la mañana", "de la mañana" are a morning, read below and above
    (_es(r"\bpasado\s+mañana\b"), "the day after tomorrow"),
    (_es(r"\bmañana\s+(?:en|por)\s+la\s+mañana\b"), "tomorrow morning"),
    (_es(r"\bmañana\s+(?:en|por)\s+la\s+(?:tarde|noche)\b"), "tomorrow evening"),
    (
        _es(
            r"(?<!\bla\s)(?<!\besta\s)(?<!\bcada\s)(?<!\btoda\s)(?<!\blas\s)(?<!\bmedia\s)\bmañana\b"
        ),
        "tomorrow",
    ),
    (_es(r"\b(?:la\s+)?(?:próxima\s+semana|semana\s+que\s+viene|otra\s+semana)\b"), "next week"),
    (
        _es(r"\b(?:el\s+)?próximo\s+(lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b"),
        _next_day,
    ),
    (_es(r"\banoche\b"), "last night"),
    (_es(r"\bayer\s+en\s+la\s+noche\b"), "last night"),
    (_es(r"\b(?:hoy\s+)?(?:en\s+la|esta)\s+mañana\b"), "this morning"),
    (_es(r"\b(?:hoy\s+)?(?:en\s+la|esta)\s+tarde\b"), "this afternoon"),
    (_es(r"\besta\s+noche\b"), "tonight"),
    (_es(r"\bayer\b"), "yesterday"),
    # "hoy no, me deja muy mareada": not today (a reply opening with it)
    (_es(r"^\W*hoy\s+no\b"), "not today"),
    (_es(r"\bhoy\b"), "today"),
    (_es(r"\b(?:ahorita|ahora\s+mismo|recién|recien)\b"), "just now"),
)

# ---- doses ------------------------------------------------------------------------------

# The dose verbs, longest first: not taken, not yet, already, taken, forgotten
_IT = r"(?:la|lo|las|los)"
_TOOK = r"(?:tomé|me\s+tome|he\s+tomado)"
_VERBS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # "todavía no me la tomo": not yet
    (
        _es(r"\b(?:todavía|aún)\s+no\s+(?:me\s+)?" + _IT + r"?\s*(?:tomo|he\s+tomado|tomé)\b"),
        "not yet taken",
    ),
    # "no me la tomé", "no me tomé la flexeril", "no tomé"
    (_es(r"\bno\s+(?:me\s+)?" + _IT + r"\s+(?:tomé|tome|he\s+tomado)\b"), "didn't take it"),
    (_es(r"\bno\s+(?:me\s+)?(?:tomé|tome|he\s+tomado)\b"), "didn't take"),
    # "ya me la tomé", "ya la tomé": already taken (before now)
    (_es(r"\bya\s+(?:me\s+)?" + _IT + r"\s+(?:tomé|tome|he\s+tomado)\b"), "already took it"),
    (_es(r"\bya\s+(?:me\s+)?(?:tomé|tome|he\s+tomado)\b"), "already took"),
    (_es(r"\bme\s+" + _IT + r"\s+(?:tomé|tome|he\s+tomado|acabo\s+de\s+tomar)\b"), "took it"),
    (_es(r"\b(?:me\s+acabo\s+de\s+tomar|acabo\s+de\s+tomar(?:me)?)\b"), "just took"),
    # "me tomé", "tomé" (a bare "tome" may be "take!", so only with "me" or its accent)
    (re.compile(r"\bme\s+tom[eé]\b|\btomé\b|\b(?:me\s+)?he\s+tomado\b"), "took"),
    # "olvidé la meloxicam", "se me olvidó tomar la pastilla", "me olvidé de la flexeril"
    (
        _es(
            r"\b(?:se\s+me\s+olvidó|me\s+olvidé\s+de|olvidé|olvide)(?:\s+tomar(?:me|la|lo|las|los)?)?\b"
        ),
        "forgot",
    ),
)
# "tome el omeprazol", "tome mi omeprazol", "la tome a las 8": "tomé" as nearly everyone
# texts it. Unaccented, "tome" is also "take!" and "that I take", so it is read as taken
# only before a medicine or a pill word, and never where the sentence asks or instructs
# (see _ASKED_OR_TOLD, _WHEN_OR_THAT).
_PILL_WORDS = (
    r"pastillas?|pastillitas?|tabletas?|comprimidos?|cápsulas?|capsulas?|medicinas?|"
    r"medicamentos?|sobres?|dosis|gotas"
)
_COUNT = r"(?:\d+(?:[.,]\d+)?|una|un|uno|dos|tres|media|medio)"
_BARE_TOME: Final = _es(
    r"\b(?:(?P<it>la|lo|las|los)\s+tome\b|tome(?=\s+(?:(?:el|la|los|las|mi|mis|otra|otro)\s+)?"
    r"(?:" + _COUNT + r"\s+)?(?:de\s+)?(?P<next>[^\W\d_][\w-]*)))"
)
# Asked ("¿tome el ibuprofeno?", "debo tomar…"), or an instruction ("…cada 8 horas")
_ASKED_OR_TOLD: Final = _es(
    r"[?¿]|\b(?:debo|debería|puedo|podría|tengo\s+que|hay\s+que|necesito|usted|cada)\b"
)
# The subjunctive's lead ("cuando tome el omeprazol te aviso", "dice que tome…",
# "no sé si tome…"): not yet taken, or not known
_WHEN_OR_THAT: Final = _es(r"\b(?:que|cuando|hasta|para|ojalá|antes|después|mientras|\w+\s+si)\s+$")
_SENTENCE_END = re.compile(r"[.;!\n]")


def _asked_or_told(low: str, m: re.Match[str]) -> bool:
    """Whether the sentence of `m` asks or instructs, or `m` follows the subjunctive's lead:
    an unaccented "tome" there is "take", not "took"."""
    start = max((e.end() for e in _SENTENCE_END.finditer(low, 0, m.start())), default=0)
    end = next((e.start() for e in _SENTENCE_END.finditer(low, m.end())), len(low))
    before, sentence = low[start : m.start()], low[start:end]
    return bool(_ASKED_OR_TOLD.search(sentence) or _WHEN_OR_THAT.search(before))


def _unaccented_took(low: str, is_medicine: Callable[[str], bool] | None) -> tuple[str, int]:
    """`low` with "tome" read "took" where it is a dose taken, and how many were."""
    said = 0

    def took(m: re.Match[str]) -> str:
        nonlocal said
        if _asked_or_told(low, m):
            return m.group()
        if m["it"] is None:
            name = m["next"]
            pill = re.fullmatch(_es(_PILL_WORDS), name) is not None
            if not pill and not (is_medicine is not None and is_medicine(name)):
                return m.group()
        said += 1
        return "took it" if m["it"] else "took"

    return _BARE_TOME.sub(took, low), said


# "tomé la de las 8", "ya me tomé la de la mañana", "se me olvidó la de la noche": the
# dose of that time, as English says "took the 8 o'clock one" (never a pain score of 8).
# "la de las 8", "las dos pastillas de las 8": the dose of that time, and how it is called
_THE_ONE_OF = (
    r"(?P<art>la|el|las|los)\s+(?:(?P<both>dos|ambas|ambos)\s+)?"
    r"(?:(?P<pill>pastillas?|pastillitas?|tabletas?|cápsulas?|dosis|medicinas?)\s+)?de\s*"
    r"(?:las?\s+(?P<h>\d{1,2})(?::(?P<mm>\d\d))?(?:\s+y\s+(?P<frac>media|cuarto))?"
    r"(?:\s+de\s+la\s+(?P<half>mañana|madrugada|tarde|noche))?|"
    r"la\s+(?P<part>mañana|madrugada|tarde|noche)|l\s+(?P<noon>mediodía))\b"
)
_TIMED_ONE: Final = _es(
    r"\b(?P<verb>(?:(?P<no>no)\s+|(?P<ya>ya)\s+)?(?:me\s+)?(?P<bare>tomé|tome|he\s+tomado|"
    r"acabo\s+de\s+tomar)|(?P<forgot>se\s+me\s+olvidó|me\s+olvidé\s+de|olvidé|olvide)|"
    r"(?P<take>tomar(?:me)?|tomo|toma))\s+" + _THE_ONE_OF
)
# One more of them, listed after the first ("tomé la de las 8 y la de las 2"), or one said
# of with no verb ("la de las 8 no me hace nada"): still that time's dose, never a score —
# a number after "la de las" is always a clock
_ONE_OF_A_TIME: Final = _es(
    r"(?P<join>(?:\s*,\s*|\s+)(?:y|e)\s+(?:también\s+)?|\s*,\s*)?\b" + _THE_ONE_OF
)
_PART_ONE: Final[dict[str, str]] = {
    "mañana": "morning", "manana": "morning", "madrugada": "morning", "tarde": "afternoon",
    "noche": "night",
}  # fmt: skip


def _the_one(m: re.Match[str]) -> str:
    """The dose of a time, as English names it: "la de las 8" → "the 8 o'clock one", "las
    de la noche" → "the night ones", "las dos pastillas de las 8" → "both 8 o'clock
    pills" (each medicine's of that time, never two tablets of one)."""
    pill = m["pill"] or ""
    plural = m["art"] in ("las", "los") or (pill.endswith("s") and pill != "dosis")
    if m["noon"]:
        when = "noon"
    elif m["part"]:
        when = _PART_ONE[m["part"]]
    else:
        minutes = {"media": "30", "cuarto": "15"}.get(m["frac"] or "", m["mm"])
        clock = m["h"] + (f":{minutes}" if minutes else "")
        if m["half"]:
            when = clock + ("am" if _PART_ONE[m["half"]] == "morning" else "pm")
        else:
            when = clock if minutes else f"{clock} o'clock"
    if m["both"]:
        return f"both {when} pills"
    return f"the {when} {'ones' if plural else 'one'}"


def _timed_one(m: re.Match[str]) -> str:
    """ "tomé la de las 8" → "took the 8 o'clock one"; "no me tomé la de la noche" →
    "didn't take the night one"."""
    if m["take"]:
        verb = "take"  # "debo tomar la de las 8?", "tomo la de la noche": asked, or a habit
    elif m["forgot"]:
        verb = "forgot"
    elif m["no"]:
        verb = "didn't take"
    else:
        verb = "already took" if m["ya"] else "took"
    return f"{verb} {_the_one(m)}"


def _one_of_a_time(m: re.Match[str]) -> str:
    """ "… y la de las 2" → "… and the 2 o'clock one"."""
    join = m["join"] or ""
    if join.strip(" ,"):
        join = " and "
    return join + _the_one(m)


def _timed_ones(low: str) -> str:
    """`low` with "tomé la de las 8" read as English; a bare "tome" there that may be
    "take!" or asked ("¿tome la de las 8?", "cuando tome la de la noche…") is "take"."""

    def said(m: re.Match[str]) -> str:
        bare = m["bare"] and not m["bare"].startswith(("tomé", "he", "acabo"))
        alone = not (m["ya"] or m["no"] or m.group().startswith("me"))
        if bare and alone and _asked_or_told(low, m):
            # still that time's dose, asked of or to come: never a score
            return "take " + _timed_one(m).removeprefix("took ")
        return _timed_one(m)

    return _ONE_OF_A_TIME.sub(_one_of_a_time, _TIMED_ONE.sub(said, low))


# Words after a dose verb, up to the sentence's end: "una norco y la flexeril"
_AFTER_VERB = re.compile(
    r"\b(?:took|didn't\s+take|forgot|not\s+yet\s+taken)\b(?:\s+it\b)?([^.;!?\n]*)"
)
_WORDS: Final[dict[str, str]] = {
    "una": "a", "un": "a", "uno": "one", "la": "the", "el": "the", "las": "the", "los": "the",
    "mi": "my", "mis": "my", "otra": "another", "otro": "another", "dos": "2", "tres": "3",
    "media": "half", "y": "and", "con": "with", "comida": "food", "de": "of",
    "pastilla": "pill", "pastillas": "pills", "pastillita": "pill", "tableta": "tablet",
    "tabletas": "tablets", "medicina": "medicine", "medicinas": "medicines",
    "medicamento": "medicine", "demasiadas": "too many", "demasiados": "too many",
    "cerveza": "beer", "cervezas": "beers", "desayuno": "breakfast", "cena": "dinner",
}  # fmt: skip
_WORD = re.compile(r"\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b")


def _after_verb(m: re.Match[str]) -> str:
    """The dose verb's object in English: "una norco y la flexeril" → "a norco and the
    flexeril", "la pastilla con la comida" → "the pill with the food"."""
    rest = _WORD.sub(lambda w: _WORDS[w.group()], m.group(1))
    return m.group()[: m.start(1) - m.start()] + rest


# ---- sleep and side effects -------------------------------------------------------------

_HOURS = r"(\d{1,2}(?:[.,]\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
_SPOKEN = {
    "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "diez": "10",
}  # fmt: skip


def _slept(m: re.Match[str]) -> str:
    """ "dormí como 4 horas" → "slept about 4 hours"."""
    n = _SPOKEN.get(m.group(2), m.group(2))
    how = {"como": "about ", "unas": "about ", "apenas": "only ", "solo": "only ", "sólo": "only "}
    return f"slept {how.get(m.group(1) or '', '')}{n} hours"


_SLEEP: Final[tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]] = (
    (
        _es(r"\bno\s+(?:dormí|he\s+dormido|pegué\s+el\s+ojo)\s+(?:nada|casi\s+nada)\b"),
        "didn't sleep at all",
    ),
    (_es(r"\bcasi\s+no\s+(?:dormí|pude\s+dormir)\b"), "barely slept"),
    (_es(r"\bno\s+(?:pude|podía|puedo)\s+dormir\b"), "couldn't sleep"),
    (_es(r"\bno\s+dormí\s+bien\b"), "didn't sleep well"),
    (_es(r"\bno\s+dormí\b"), "didn't sleep"),
    (_es(r"\bdormí\s+(?:(como|unas|apenas|solo|sólo)\s+)?" + _HOURS + r"\s+horas?\b"), _slept),
    (_es(r"\bdormí\s+(?:muy\s+)?bien\b"), "slept well"),
    (_es(r"\bdormí\s+(?:muy\s+|bien\s+)?(?:mal|poco|fatal|feo)\b"), "slept badly"),
)
_EFFECTS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (_es(r"\bme\s+siento\s+(?=(?:muy\s+|bien\s+|algo\s+|un\s+poco\s+)?(?:maread|con\s+sueño|somnolient|"
         r"adormilad|estreñ|con\s+náusea|con\s+asco))"), "feeling "),
    (_es(r"\b(?:me\s+(?:deja|pone)\s+(?:muy\s+)?)?"
         r"(?:maread[oa]s?|mareos?|me\s+mareo|me\s+da\s+mareo)\b"), "dizzy"),
    (_es(r"\b(?:con\s+(?:mucho\s+)?sueño|somnolient[oa]s?|adormilad[oa]s?|me\s+(?:da|dio)\s+(?:mucho\s+)?sueño)"),
     "sleepy"),
    (_es(r"\b(?:estreñid[oa]s?|estreñimiento)\b"), "constipated"),
    (_es(r"\b(?:con\s+)?(?:náuseas?|asco|ganas\s+de\s+vomitar)\b"), "nauseous"),
)  # fmt: skip


# ---- the stomach ---------------------------------------------------------------------------

# The belly, as Spain and the Americas name it
_BELLY = (
    r"(?:(?:el|la|las|mi|mis)\s+)?(?:estómago|barriga|barriguita|tripas?|panza|pancita|vientre|"
    r"abdomen)\b"
)
_SO = r"(?:(?:muy|mucho|bastante|un\s+poco|algo|super|todo)\s+)?"
# "me cae mal", "me sienta fatal": a food or a medicine not digested well (the Spanish
# idiom is the stomach's: RAE "sentar", "caer"); of a person it is a dislike, so without
# the stomach named it is kept only when a medicine is its subject (see _upsets)
_SITS_BADLY: Final = _es(
    r"\b(?P<neg>no\s+)?me\s+(?:está\s+|están\s+|ha\s+|han\s+|había\s+)?(?:cae|caen|cayó|cayeron|caía|"
    r"cayendo|caído|sienta|sientan|sentó|sentaron|sentaba|sentando|sentado)\s+" + _SO
    + r"(?:mal|fatal|malísimo|como\s+una\s+patada)\b"
    r"(?P<belly>\s+(?:a\s+|al\s+|en\s+|de\s+|del\s+)?" + _BELLY + r")?"
)  # fmt: skip
_STOMACH_SAID: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = (
    # heartburn: "acidez", "agruras", "ardor de estómago" (never "ardor en el pecho": the
    # red flags read a burning chest), "me arde el estómago", "reflujo"
    (_es(r"\b(?:(?P<neg>no\s+(?:tengo|siento|he\s+tenido)|sin|ni)\s+)?(?:(?:tengo|siento|con|me\s+da|"
         r"me\s+dio|me\s+está\s+dando|me\s+provoca|me\s+causa)\s+)?(?:(?:mucha|un\s+poco\s+de|algo\s+de|"
         r"tanta)\s+)?(?:acidez|agruras|ardor(?:es)?\s+(?:de|en|del)\s+" + _BELLY + r")"
         r"(?:\s+(?:de|en|del)\s+" + _BELLY + r")?"), "heartburn", "no heartburn"),
    (_es(r"\b(?P<neg>no\s+)?me\s+(?:arde|ardía|ardió|quema|quemaba)\s+" + _SO + _BELLY),
     "my stomach burns", "no heartburn"),
    (_es(r"\breflujo\b(?P<neg>)"), "reflux", "reflux"),
    # "me duele el estómago", "la barriga me duele", "dolor de tripa", "molestias en el
    # estómago", "dolor abdominal"
    (_es(r"\b(?P<neg>no\s+)?(?:me|nos)\s+" + _HURT_VERB + _HOW_MUCH + r"\s+" + _BELLY),
     "my stomach hurts", "no stomach pain"),
    (_es(r"\b" + _BELLY + r"\s+(?P<neg>no\s+)?me\s+" + _HURT_VERB + _HOW_MUCH + r"\b"),
     "my stomach hurts", "no stomach pain"),
    (_es(r"\b(?:(?P<neg>no\s+tengo|sin|ni)\s+|(?:tengo|traigo|siento|con)\s+)?(?:(?:un|mucho|algo\s+de|"
         r"unos|unas)\s+)?(?:(?:dolor(?:es)?|molestias?|retortijones|cólicos?)\s+(?:muy\s+)?(?:fuertes?\s+)?"
         r"(?:de|en|del)\s+" + _BELLY + r"|dolor(?:es)?\s+abdominal(?:es)?)"),
     "stomach ache", "no stomach ache"),
    # "tengo el estómago revuelto", "se me revuelve el estómago", "la tripa fatal"
    (_es(r"\b(?:(?P<neg>no\s+tengo)\s+|(?:tengo|traigo|ando\s+con|con)\s+)?" + _BELLY + r"\s+"
         r"(?:(?:está|estaba|anda|lo\s+tengo|la\s+tengo)\s+)?" + _SO
         + r"(?:revuelt[oa]s?|mal|fatal|delicad[oa]|hech[oa]\s+polvo|raro|rara)\b"),
     "upset stomach", "no upset stomach"),
    (_es(r"\b(?:se\s+me\s+(?:revuelve|revolvió|revuelven|está\s+revolviendo)|me\s+revuelve)\s+"
         + _BELLY + r"(?P<neg>)"), "upset stomach", "upset stomach"),
)  # fmt: skip
# Each with the "si" that may make it a condition
_STOMACH: Final = tuple(
    (re.compile(r"(?P<if>\bsi\s+)?" + p.pattern), repl, denied) for p, repl, denied in _STOMACH_SAID
)
# Words a medicine's "me cae mal" may come with, besides its name: "no, es que me sienta
# mal" (the reminder's medicine), "la pastilla me cae mal"
_ONLY_LEAD: Final = _es(
    r"^(?:\s|[,:]|\b(?:no|sí|si|es|que|porque|pues|ya|la|lo|las|los|el|me|creo|siempre|a|veces|"
    r"y|pero|también|además|un|poco|ahora|hoy|ayer|anoche|otra|vez|todavía|aún)\b)*$"
)
_A_WORD = re.compile(r"[^\W\d_][\w-]*")
# Where the clause "me cae mal" is said in begins ("no la tomé, me sienta fatal")
_CLAUSE_START: Final = re.compile(r",|\b(?:y|pero|porque|que|pues)\b")


# "si me duele el estómago, ¿qué hago?": an "if", not a "yes" (a "si" opening a plain
# sentence may be either, and is left as the answer it most often is: "si, me duele")
_IF_ASKED: Final = _es(r"[?¿]|\b(?:qué\s+hago|debo|puedo|tengo\s+que)\b")


def _stomach(repl: str, denied: str) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        words = denied if m["neg"] else repl
        if not m["if"]:
            return words
        text = m.string
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        end = next((e.start() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
        opens = not text[start : m.start()].strip()
        if opens and not _IF_ASKED.search(text[start:end]):
            return m["if"] + words
        return "if " + words

    return said


def _upsets(low: str, is_medicine: Callable[[str], bool] | None) -> str:
    """ "el ibuprofeno me cae mal (al estómago)" → "… upsets my stomach": said of the
    stomach, or of a medicine (named, a pill, or the one a reply is about)."""

    def said(m: re.Match[str]) -> str:
        start = max((e.end() for e in _SENTENCE_END.finditer(low, 0, m.start())), default=0)
        end = next((e.start() for e in _SENTENCE_END.finditer(low, m.end())), len(low))
        around = low[start : m.start()] + " " + low[m.end() : end]
        lead = _CLAUSE_START.split(low[start : m.start()])[-1]
        if not m["belly"] and not _ONLY_LEAD.match(lead):
            named = (w.group() for w in _A_WORD.finditer(around))
            pill = re.compile(_es(rf"(?:{_PILL_WORDS})"))
            if not any(pill.fullmatch(w) or (is_medicine and is_medicine(w)) for w in named):
                return m.group()  # "mi jefe me cae mal": a dislike
        return "doesn't upset my stomach" if m["neg"] else "upsets my stomach"

    return _SITS_BADLY.sub(said, low)


# One hurting verb over a list that names the belly beside another place ("me duele la
# espalda y el estómago", "me duelen el estómago y la cabeza"): the belly's pain is a side
# effect, the others where it hurts, so the verb is said again before each
_AN_ITEM = rf"(?:{_BELLY}|{_A_PLACE})"
_HURT_LIST: Final = _es(
    r"\b(?P<lead>(?:me|nos)\s+" + _HURT_VERB + _HOW_MUCH + r")\s+(?P<items>" + _AN_ITEM
    + r"(?:\s*(?:,|\by\b|\be\b)\s*" + _AN_ITEM + r")+)"
)  # fmt: skip
_ITEM_JOIN: Final = re.compile(r"\s*(?:,|\by\b|\be\b)\s*")
_A_BELLY: Final = _es(rf"^{_BELLY}$")


def _each_hurts(m: re.Match[str]) -> str:
    """ "me duele la espalda y el estómago" → "me duele la espalda, me duele el estómago"
    (unchanged when the belly is not in the list)."""
    items = [i for i in _ITEM_JOIN.split(m["items"]) if i]
    if not any(_A_BELLY.match(i) for i in items):
        return m.group()
    return ", ".join(f"{m['lead']} {i}" for i in items)


def _stomach_said(low: str, is_medicine: Callable[[str], bool] | None) -> str:
    """The stomach's side effects in English: heartburn, a pain, an upset."""
    low = _HURT_LIST.sub(_each_hurts, low)
    low = _upsets(low, is_medicine)
    for pattern, repl, denied in _STOMACH:
        low = pattern.sub(_stomach(repl, denied), low)
    return low


_MAYBE_STOMACH: Final = _es(
    r"estómago|barriga|tripa|panza|pancita|vientre|abdom|acidez|agruras|ardor|reflujo|"
    r"\bca[eiy]|\bsent|\bsient"
)


def spanish_said(low: str, is_medicine: Callable[[str], bool] | None = None) -> str:
    """`low` (lower-cased) with its Spanish dose, time, sleep, side-effect, pain-place,
    urgent-care and switch phrases in the English the parser reads; unchanged when it has
    none. `is_medicine` tells a medicine's name ("tome el omeprazol": a dose taken; "el
    ibuprofeno me cae mal": its side effect); without it only pill words are."""
    if not _MAYBE.search(low):
        return low
    if _MAYBE_SWITCH.search(low):
        for pattern in _SWITCHED:
            low = pattern.sub(_switched, low)
        low = _DOSE_MOVED.sub(_dose_moved, low)
    if _MAYBE_CARE.search(low):
        for pattern, repl in _CARE_SAID:
            low = pattern.sub(_care(repl), low)
    if _MAYBE_STOMACH.search(low):
        low = _stomach_said(low, is_medicine)
    if _ONE_PLACE.search(low) or "ciát" in low or "ciat" in low:
        low = _where_it_hurts(low)
    low = _timed_ones(low)  # (before the times: "de la mañana" is the dose's here)
    for pattern, said in _TIMES:
        low = pattern.sub(said, low)
    verbs = False
    for pattern, repl in _VERBS:
        low, n = pattern.subn(repl, low)
        verbs = verbs or n > 0
    if "tome" in low:
        low, n = _unaccented_took(low, is_medicine)
        verbs = verbs or n > 0
    if verbs:
        low = _AFTER_VERB.sub(_after_verb, low)
    for pattern, repl_or_call in _SLEEP:
        low = pattern.sub(repl_or_call, low)
    for pattern, repl in _EFFECTS:
        low = pattern.sub(repl, low)
    return low
