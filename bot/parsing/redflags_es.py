"""Red flags said in Spanish (and the Spanglish of bilingual patients): the same signs as
:mod:`bot.parsing.redflags` reads in English, in the words people text them with.

Patterns only; :mod:`bot.parsing.redflags` joins them to its own, so the same checks
(negation "no tengo fiebre", resolution, someone else's symptom) judge them. Accents are
optional: people type "vomite", "orine", "popo" as often as "vomité", "oriné", "popó".
Texts read here are normalised (lower-cased; "mi" is already read "i" by then).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "SPANISH_FIRST_PERSON",
    "SPANISH_HEARTBURN",
    "SPANISH_KIN",
    "SPANISH_NEGATION",
    "SPANISH_NOT_INSIDE",
    "SPANISH_PATTERNS",
    "SPANISH_PREFILTER",
    "SPANISH_RESOLVED",
    "SPANISH_TERMINATOR",
    "SPANISH_TOO_MUCH",
]

_ACCENTS = {"á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]", "ñ": "[nñ]"}


def _es(pattern: str) -> str:
    """`pattern` with every accented letter optional ("oriné" also matches "orine").
    Accented letters are written outside character classes only."""
    return "".join(_ACCENTS.get(ch, ch) for ch in pattern)


# "mi" is read "i" by the normaliser (Jamaican "mi"), so both stand for "my"
_MY = r"(?:mis?|i|las?|los|el|tus?|sus?)\s+"
_LEGS = r"(?:piernas?|rodillas?|pies|pie|tobillos?|muslos?)\b"
# Where one sits: groin, genitals, perineum, between the legs, the buttocks
_SADDLE_CORE = (
    r"(?:entrepierna|entre\s+(?:las|mis|i)\s+piernas|ahí\s+abajo|allá\s+abajo|acá\s+abajo|"
    r"partes\s+(?:íntimas|privadas|nobles)|zona\s+(?:íntima|genital|de\s+abajo)|genitales|"
    r"ingle\b|perineo|mis\s+partes|donde\s+me\s+siento)"
)
_BUTTOCKS = r"(?:nalgas?|pompis|pompas|sentaderas|asentaderas|trasero|glúteos?)"
_SADDLE_AREA = r"(?:" + _SADDLE_CORE + "|" + _BUTTOCKS + ")"
# Numb, asleep, no feeling (never "me quedé dormido": fallen asleep, the writer)
_NUMB = (
    r"(?:se\s+me\s+(?:durmió|durmieron|duerme|duermen|entumió|entumieron|entume|entumen|"
    r"adormeció|adormecieron|entumeció|entumecieron|adormece|adormecen)|"
    r"(?<!quedé\s)(?<!quede\s)(?<!quedo\s)(?<!quedó\s)(?<!estaba\s)(?<!estoy\s)(?<!sigo\s)"
    r"(?:dormid|entumid|adormecid|entumecid|acalambrad)[oa]s?\b|"
    r"sin\s+sensibilidad|sin\s+sentir\s+nada|no\s+tengo\s+sensibilidad|"
    # (never "no me siento bien": how the writer feels; nor "no siento dolor", "no siento
    # mejoría")
    r"no\s+(?:siento|sentía|sentí|se\s+siente)(?:\s+nada)?(?!\s+(?:de\s+)?(?:dolor|mejor|bien))|"
    r"(?:como\s+)?(?:anestesiad[oa]s?|con\s+anestesia))"
)
_TINGLE = r"(?:hormigue\w*|cosquille\w*|piquetitos)"
_WET = (
    r"(?:me\s+(?:oriné|orino|orinaba|estoy\s+orinando|hice|hago|hacía|estoy\s+haciendo|mié|meé|meo|"
    r"cagué|zurré)(?:\s+(?:pipí|pis|pee|popó|caca|del\s+baño))?)"
)
_WHERE_WET = (
    r"(?:encima|en\s+(?:la\s+cama|la\s+ropa|los\s+(?:pantalones|calzones|chones)|el\s+pantalón)|"
    r"sin\s+(?:darme\s+cuenta|sentir(?:lo)?|querer|poder\s+(?:evitarlo|aguantar(?:me)?)|sentir\s+nada))"
)
_URINE = (
    r"(?:la\s+orina|el\s+pipí|el\s+pis|la\s+pee|el\s+pee|los\s+orines|el\s+popó|la\s+caca|"
    r"el\s+excremento)"
)
_HOLD = r"(?:aguantar|controlar|detener|retener|aguanto|controlo|detengo|retengo)"

#: An overdose said by name: "sobredosis"
SPANISH_TOO_MUCH: Final[str] = r"sobredosis"

SPANISH_PATTERNS: Final[dict[str, tuple[str, ...]]] = {
    "bladder_bowel": tuple(
        _es(p)
        for p in (
            # "me oriné encima sin darme cuenta", "me hice pipí en la cama", "me hice popó encima"
            _WET + r"\s+(?:\w+\s+){0,2}?" + _WHERE_WET,
            # "se me sale la orina", "se me salió el popó"
            r"se\s+me\s+(?:sale|salen|salió|salieron|escapa|escapan|escapó|fue|va)\s+" + _URINE,
            # "no aguanto la orina", "no puedo controlar la vejiga"
            r"no\s+(?:puedo\s+|pude\s+|logro\s+)?" + _HOLD + r"\s+(?:" + _URINE[3:-1] + r"|"
            r"la\s+vejiga|el\s+intestino|los\s+esfínteres|mis\s+esfínteres|las\s+ganas\s+de\s+"
            r"(?:orinar|hacer\s+(?:pipí|pis|pee|popó)|ir\s+al\s+baño))",
            r"(?:perdí|he\s+perdido|estoy\s+perdiendo|sin|no\s+tengo)\s+(?:el\s+)?control\s+de\s+"
            r"(?:la\s+vejiga|la\s+orina|los\s+esfínteres|el\s+intestino|mis\s+esfínteres)",
            # retention: "no puedo orinar", "no me sale la orina", "no he orinado desde ayer"
            r"no\s+(?:puedo|pude|he\s+podido|podía|logro)\s+(?:orinar|hacer\s+(?:pipí|pis|pee|del\s+baño)|mear)",
            r"no\s+me\s+sale\s+(?:nada\s+de\s+)?(?:la\s+)?(?:orina|pipí|pis|pee)|"
            r"no\s+he\s+(?:orinado|hecho\s+(?:pipí|pis|pee))\s+(?:desde|en\s+todo\s+el\s+día|en\s+\d+\s+horas)",
            # "no siento cuando tengo que orinar", "no siento las ganas de orinar"
            r"no\s+(?:siento|sentía|sentí)\s+(?:cuando|las\s+ganas|si|que)\s+(?:\w+\s+){0,3}?"
            r"(?:orinar|pipí|pis|pee|baño)",
        )
    ),
    "saddle_numbness": tuple(
        _es(p)
        for p in (
            # "se me durmió la entrepierna", "tengo entumida la entrepierna", "no siento nada
            # ahí abajo, entre las piernas", "nalgas dormidas"
            r"(?:" + _NUMB + r")\W+(?:\w+\W+){0,6}?" + _SADDLE_AREA,
            _SADDLE_AREA + r"\W+(?:\w+\W+){0,4}?(?:" + _NUMB + r")",
            # tingling where one sits (never the buttock alone: sciatica's)
            _TINGLE + r"\W+(?:\w+\W+){0,5}?" + _SADDLE_CORE,
            _SADDLE_CORE + r"\W+(?:\w+\W+){0,4}?" + _TINGLE,
            # "al limpiarme no siento nada", "no siento el asiento del baño"
            r"(?:al\s+limpiarme|cuando\s+me\s+limpio)\W+(?:\w+\W+){0,4}?no\s+(?:siento|sentí)|"
            r"no\s+(?:siento|sentí)\s+(?:\w+\s+){0,3}?(?:al\s+limpiarme|cuando\s+me\s+limpio)|"
            r"no\s+(?:siento|sentí)\s+(?:el\s+)?(?:asiento|excusado|inodoro|taza)",
        )
    ),
    "leg_weakness": tuple(
        _es(p)
        for p in (
            # "se me debilitan las piernas", "se me doblan las rodillas"
            r"se\s+me\s+(?:debilita|debilitan|debilitó|debilitaron|están\s+debilitando|doblan|dobla|"
            r"doblaron|dobló|vence|vencen|venció|vencieron|aflojan|afloja)\s+"
            + _MY
            + r"(?:\w+\s+)?"
            + _LEGS,
            # "no tengo fuerza en las piernas", "estoy perdiendo la fuerza en la pierna"
            r"(?:no\s+tengo|ya\s+no\s+tengo|sin|me\s+falta|perdí|estoy\s+perdiendo|pierdo|he\s+perdido)\s+"
            r"(?:\w+\s+)?fuerza\s+en\s+(?:" + _MY + r")?(?:\w+\s+)?" + _LEGS,
            # weak, and worse each day: "la pierna está débil, cada vez peor"
            _LEGS + r"\W+(?:\w+\W+){0,4}?(?:débil|débiles|flojas?|sin\s+fuerza)\b[^.;]{0,40}?"
            r"(?:cada\s+vez|empeor\w*|más\s+y\s+más|día\s+con\s+día|cada\s+día)",
            r"(?:cada\s+vez|día\s+con\s+día|cada\s+día)\s+(?:más\s+)?(?:débil|débiles|flojas?)\b[^.;]{0,30}?"
            + _LEGS,
            # a foot that drops or drags
            r"arrastr\w*\s+" + _MY + r"(?:pie|pierna)|se\s+me\s+cae\s+el\s+pie|"
            r"no\s+(?:puedo|pude)\s+(?:levantar|subir|mover)\s+" + _MY + r"(?:punta\s+del\s+)?"
            r"(?:pie|pies|pierna|piernas|dedos\s+del\s+pie)",
        )
    ),
    "fever": tuple(
        _es(p)
        for p in (
            r"\b(?:fiebre|calentura|febril|escalofríos?|temperatura\s+alta)\b",
            r"\btengo\s+temperatura\b|\btemperatura\s+(?:de\s+|en\s+)?(?:3[89]|4[01]|10[0-5])\b",
        )
    ),
    "gi_bleeding": tuple(
        _es(p)
        for p in (
            # "vomité sangre", "vómito con sangre", "vomité como café molido", "he vomitado
            # sangre" (the spelling reader may have made "vomito" "vomit", "vomitado"
            # "vomited" by then: any form of the verb)
            r"(?:vómit\w*|devolví|devuelto|arrojé)\s+(?:\w+\s+){0,4}?"
            r"(?:sangre|café\s+molido|asientos\s+de\s+café|posos\s+de\s+café)",
            r"sangre\s+(?:\w+\s+){0,2}?(?:en\s+(?:el\s+|los\s+|la\s+|las\s+|mis?\s+|i\s+)?)?"
            r"(?:vómito|heces|popó|excremento|caca|evacuaci\w+|deposici\w+)",
            r"sangre\s+(?:\w+\s+){0,2}?(?:al\s+(?:ir\s+al\s+baño|hacer\s+(?:popó|caca|del\s+baño)|evacuar)|"
            r"(?:del|por\s+el)\s+recto)",
            # "popó negra", "heces negras", "hice popó negra"
            r"(?:popó|heces|caca|excremento|evacuaci\w+|deposici\w+)\s+(?:\w+\s+){0,3}?"
            r"(?:negr[oa]s?|con\s+sangre|sangr\w+|como\s+(?:chapopote|alquitrán|brea|petróleo))",
            r"(?:cago|cagué|cagando)\s+(?:\w+\s+)?(?:negro|sangre)",
            r"sangrado\s+(?:rectal|del\s+recto|digestivo|intestinal|del\s+estómago)",
        )
    ),
    "chest_pain": tuple(
        _es(p)
        for p in (
            # "me duele el pecho", "me aprieta el pecho"
            r"me\s+(?:duele|dolía|arde|aprieta|apretaba|oprime|pesa|punza)\s+(?:\w+\s+)?(?:el|i|mi)\s+pecho",
            # the chest named after another place: "me duelen la espalda y el pecho"
            r"me\s+(?:duele|duelen|dolía|dolían)\s+(?:\w+\s+){1,5}?(?:y|e)\s+(?:el|i|mi)\s+pecho",
            r"dolor\s+(?:\w+\s+){0,2}?(?:de|en\s+el|del)\s+pecho",
            r"(?:opresión|presión|apretón|peso|punzada|piquete|ardor)\s+(?:\w+\s+)?(?:en\s+el|del)\s+pecho",
            r"pecho\s+(?:\w+\s+){0,2}?(?:apretado|oprimido|adolorido|me\s+duele|me\s+aprieta)",
            r"\binfarto\b|ataque\s+al\s+corazón",
        )
    ),
    "overdose_signs": tuple(
        _es(p)
        for p in (
            # seen by someone else: "mi esposa no me podía despertar", "no lo puedo despertar"
            r"no\s+(?:me|lo|la|le|los|las)\s+(?:podía|pudo|podían|pudieron|podíamos|pudimos|puede|pueden|"
            r"podemos|puedo|logr\w+)\s+despertar",
            r"no\s+(?:puedo|pude|podía|podemos|pudimos|logro|logré)\s+despertarl[oae]s?",
            r"(?<!\bme\s)no\s+(?:se\s+)?despierta(?:ba)?\b",
            # (never "me cuesta despertarme en la mañana": a habit)
            r"(?:costó|costaba)\s+(?:mucho\s+)?(?:trabajo\s+)?despertar(?:me|lo|la|le)\b",
            r"no\s+(?:reacciona|reaccionaba|responde|respondía)\b(?=\s*(?:$|[,.;!?]|y\b|a\s+nada|nada|bien))",
            # breathing slow or stopped, blue lips
            r"respir\w*\s+(?:\w+\s+){0,2}?(?:muy\s+|bien\s+|super\s+|re\s+)?(?:lento|lenta|despacito|despacio|"
            r"poquito|raro|extraño|entrecortad[oa])\b",
            r"(?:casi\s+)?no\s+respira(?:ba)?\b|(?:dejó|deja|dejaba)\s+de\s+respirar",
            r"labios\s+(?:\w+\s+){0,2}?(?:morados|azules|moraditos|azulados)|"
            r"(?:se\s+puso|se\s+está\s+poniendo|se\s+ponía|me\s+puse)\s+(?:tod[oa]\s+)?(?:morad[oa]|azul)",
            r"pupilas\s+(?:\w+\s+){0,2}?(?:chiquitas|muy\s+pequeñas|como\s+(?:puntitos|alfileres|puntos))",
            r"me\s+desmayé|se\s+desmayó|perdió\s+el\s+conocimiento|perdí\s+el\s+conocimiento|"
            r"inconsciente",
            # more taken than meant, said without a sign (answered as the English is)
            SPANISH_TOO_MUCH,
        )
    ),
}

SPANISH_PREFILTER: Final[dict[str, str]] = {
    flag: _es(words)
    for flag, words in {
        "bladder_bowel": r"orin|pipí|pis\b|pee|popó|caca|mié|meé|meo|cagué|zurré|vejiga|esfínter|"
        r"intestino|mear",
        "saddle_numbness": r"entrepierna|piernas|abajo|íntima|privadas|nobles|genital|ingle|"
        r"perineo|partes|siento|nalga|pomp|sentadera|trasero|glúteo|limpi",
        "leg_weakness": r"pierna|rodilla|pie\b|pies|tobillo|muslo",
        "fever": r"fiebre|calentura|febril|escalofr|temperatura",
        "gi_bleeding": r"sangr|negr|café|chapopote|alquitrán",
        "chest_pain": r"pecho|infarto|corazón",
        "overdose_signs": r"despert|despiert|reacciona|respond|respir|labios|morad|azul|pupilas|"
        r"desmay|conocimiento|inconsciente|sobredosis",
    }.items()
}

#: Spanish words that deny what follows ("sin fiebre", "ni fiebre ni escalofríos",
#: "nunca", "tampoco"); "no" is already one of the English triggers.
SPANISH_NEGATION: Final[str] = r"sin|nunca|ni|tampoco|nada\s+de"
#: A negation ends at the writer's next clause: "no puedo dormir y tengo fiebre"
SPANISH_TERMINATOR: Final[str] = _es(
    r"pero|ahora|todavía|aún|sigo|sigue|y\s+(?:me|se|tengo|estoy|ando|ya|ahora|también|mi|i|el|la|"
    r"las|los|siento|hice|vomité)"
)
#: Inside a match, the thing denied: "vomité pero sin sangre"
SPANISH_NOT_INSIDE: Final[str] = r"sin|ni|nada\s+de"
#: Said to have passed: "la fiebre ya se me quitó", "ya se fue", "ya estoy bien"
SPANISH_RESOLVED: Final[str] = _es(
    r"\bya\s+(?:se\s+(?:me\s+)?(?:quitó|fue|pasó)|(?:estoy|está)\s+bien)\b|"
    r"\bse\s+(?:me\s+)?(?:quitó|pasó)\b"
)
#: Heartburn's Spanish names: "ardor en el pecho" with "agruras" is heartburn
SPANISH_HEARTBURN: Final[str] = r"agruras|acidez|reflujo|gastritis"
#: Family and friends, as a Spanish speaker names them ("mi esposa", "mi hijo")
SPANISH_KIN: Final[str] = _es(
    r"esposa|esposo|marido|mujer|hij[oa]s?|niñ[oa]s?|bebé|mamá|madre|papá|padre|herman[oa]s?|"
    r"abuel[oa]s?|amig[oa]s?|vecin[oa]s?|novi[oa]|tí[oa]s?|prim[oa]s?|compañer[oa]s?|suegr[oa]s?|"
    r"perr[oa]s?|gat[oa]s?"
)
#: The writer in Spanish verbs and pronouns ("mi esposa dice que tengo fiebre": the writer's)
SPANISH_FIRST_PERSON: Final[str] = _es(r"yo|tengo|estoy|siento|ando|puedo|mí|sentí|tuve")
