"""Pure text understanding: free-text replies -> intents, the one-line /add grammar.

No Telegram, no database, no clock reads: callers pass ``now`` and the user's zone.
"""

from bot.parsing.addline import AddRequest, parse_add_line
from bot.parsing.intents import (
    ActivityIntent,
    DoseIntent,
    Intent,
    MoodIntent,
    NoteIntent,
    PainIntent,
    RedFlagIntent,
    SideEffectIntent,
    SleepIntent,
    intent_to_dict,
    to_json,
)
from bot.parsing.parser import parse
from bot.parsing.timephrases import parse_clock_time, resolve_when
from bot.parsing.vocabulary import Resolve, knowledge_resolver, resolve_name

__all__ = [
    "ActivityIntent",
    "AddRequest",
    "DoseIntent",
    "Intent",
    "MoodIntent",
    "NoteIntent",
    "PainIntent",
    "RedFlagIntent",
    "Resolve",
    "SideEffectIntent",
    "SleepIntent",
    "intent_to_dict",
    "knowledge_resolver",
    "parse",
    "parse_add_line",
    "parse_clock_time",
    "resolve_name",
    "resolve_when",
    "to_json",
]
