"""What the labels say of pregnancy for the person's medicines (bot.domain.pregnancy):
each fact with its source, the others named for the pharmacist, no advice, and the doctor
or pharmacist soon — never "your next visit"."""

from __future__ import annotations

import re

from bot.domain.pregnancy import labels_on_pregnancy, said_of_pregnancy
from bot.knowledge import pregnancy_facts

_ADVICE = re.compile(r"\b(?:stop|continue|keep taking|it's safe|is safe)\b", re.I)


def test_naproxen_and_pregabalin_get_their_labels_facts_with_sources() -> None:
    labels = labels_on_pregnancy(["Naproxen", "Lyrica"])
    assert [f.code for f in labels.facts] == ["nsaid_20_weeks", "pregabalin_label"]
    said = said_of_pregnancy(labels)
    assert "20 weeks" in said and "amniotic fluid" in said
    assert "(Source: FDA NSAID labelling change, October 2020)" in said
    assert "Lyrica (pregabalin)" in said and "§8.1" in said
    assert labels.unread == ()


def test_thiocolchicoside_without_a_row_is_read_by_its_name() -> None:
    labels = labels_on_pregnancy(["Thiocolchicoside 4 mg", "Dolfenal", "Pan 40"])
    assert [f.code for f in labels.facts] == ["thiocolchicoside_ema"]
    said = said_of_pregnancy(labels)
    assert "European Medicines Agency" in said and "contraception" in said
    assert "Dolfenal and Pan 40: please ask your pharmacist to check their labels" in said


def test_zerodol_sp_gets_the_nsaid_and_the_paracetamol_facts() -> None:
    # aceclofenac is in the knowledge file: Zerodol-SP is no longer a label left unread
    labels = labels_on_pregnancy(["Zerodol-SP"])
    codes = [f.code for f in labels.facts]
    assert "nsaid_20_weeks" in codes and "acetaminophen_drug_facts" in codes
    assert labels.unread == ()


def test_one_fact_names_every_medicine_it_is_said_of_and_a_combination_gets_each() -> None:
    labels = labels_on_pregnancy(["norco", "tylenol"])
    by_code = {f.code: f.shown for f in labels.facts}
    assert by_code["opioid_nows"] == ("Norco (hydrocodone/acetaminophen)",)
    assert len(by_code["acetaminophen_drug_facts"]) == 2
    assert "neonatal opioid withdrawal syndrome" in said_of_pregnancy(labels)


def test_low_dose_aspirin_gets_the_exception_not_the_plain_nsaid_wording() -> None:
    labels = labels_on_pregnancy(["aspirin"])
    assert [f.code for f in labels.facts] == ["aspirin_20_weeks"]
    assert "81 mg" in said_of_pregnancy(labels)


def test_the_reply_asks_soon_and_never_advises() -> None:
    said = said_of_pregnancy(labels_on_pregnancy(["ibuprofen", "gabapentin", "oxycodone"]))
    assert "your next visit" not in said and not _ADVICE.search(said)
    last = said.rsplit("\n\n", 1)[-1]
    assert "kept this in your notes for your report" in last
    assert last.endswith("talk to your doctor or pharmacist about your medicines soon.")


def test_no_medicines_says_so_and_still_points_to_the_doctor_or_pharmacist() -> None:
    said = said_of_pregnancy(labels_on_pregnancy([]), kept=False, offer=False)
    assert said.startswith("🤰 You haven't told me of any medicines yet")
    assert "Tap below" not in said and "doctor or pharmacist" in said


def test_every_pregnancy_fact_has_a_cited_source_and_names_the_medicines() -> None:
    for fact in pregnancy_facts():
        assert fact.cite.strip() and fact.source.strip()
        assert "{meds}" in fact.text and not _ADVICE.search(fact.text)
