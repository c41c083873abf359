"""Whose the chat's words are: the patient's own ("📋 Your week"), or, in a chat a carer
has said they write in, the person they write for ("📋 Their week"). One switch for the
weekly summary and the replies a carer reads, so the two wordings sit side by side where
they are used (the clinician's PDF has its own words and never reads this)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OWN", "Voice"]


@dataclass(frozen=True, slots=True)
class Voice:
    """`carer`: the reader writes for the patient, so the week, the doctor and the
    medicines are "theirs"; else the patient reads their own ("your")."""

    carer: bool = False

    def says(self, own: str, theirs: str) -> str:
        """The patient's own wording, or the carer's."""
        return theirs if self.carer else own

    @property
    def your(self) -> str:
        """ "your", or "their" in a carer's chat."""
        return self.says("your", "their")

    def who_wrote(self, by_carer: bool) -> str:
        """Who wrote words read back: in the patient's chat "you" or "your carer"; in a
        carer's chat "you" for the carer's words and "they" for the patient's own."""
        if self.carer:
            return "you wrote" if by_carer else "they wrote"
        return "your carer wrote" if by_carer else "you wrote"


#: The patient reading their own week.
OWN = Voice()
