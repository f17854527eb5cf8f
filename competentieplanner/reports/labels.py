"""The words of the reports in Dutch (the source) and English, without Qt.

The PDFs are written outside the user interface (CLI, worker threads), so they cannot use Qt's
translators. A report takes ``language`` and looks its fixed texts up here with
``translator(language)``: Dutch text in, the text of that language out. Names and reference
content (competencies, profiles, indicators, offers) are the organisation's own words and stay.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_ENGLISH: dict[str, str] = {
    # document and page
    "Ontwikkelplan": "Development plan",
    "Persoonlijk ontwikkelplan, peildatum {date}": (
        "Personal development plan, reference date {date}"
    ),
    "Vertrouwelijk": "Confidential",
    "Vertrouwelijk – personeelsdossier": "Confidential – personnel file",
    "pagina {page} van ": "page {page} of ",
    "ontwikkelplan": "development plan",
    "POP": "PDP",
    "competenties": "competencies",
    # details
    " · gericht op {profile}": " · aimed at {profile}",
    "nog geen plan": "no plan yet",
    "Naam": "Name",
    "Personeelsnummer": "Personnel number",
    "Eenheid": "Unit",
    "Functie": "Job title",
    "Teamleider": "Team lead",
    "Peildatum": "Reference date",
    "Gekozen toekomstprofiel": "Chosen future profile",
    "nog niet gekozen": "not chosen yet",
    # fit
    "Geschiktheid voor de profielen": "Fit for the profiles",
    "Er is nog geen profiel te beoordelen: er zijn geen vastgestelde niveaus en er is geen "
    "toekomstprofiel gekozen.": (
        "There is no profile to assess yet: there are no agreed levels and no future profile "
        "has been chosen."
    ),
    "Profiel": "Profile",
    "Geschiktheid": "Fit",
    "Dekking": "Coverage",
    "Gereedheid": "Readiness",
    "  (gekozen)": "  (chosen)",
    "Geschiktheid: hoe ver de huidige niveaus de doelniveaus halen, gewogen; boven het doel telt "
    "niet extra. Dekking: het deel van de competenties waarvan een vastgesteld niveau bekend is. "
    "Zelfbeoordelingen tellen niet mee.": (
        "Fit: how far the current levels reach the target levels, weighted; above the target "
        "does not count extra. Coverage: the share of the competencies with a known agreed "
        "level. Self-assessments do not count."
    ),
    "gekozen · ": "chosen · ",
    "geschiktheid": "fit",
    "Niveaus: {scale}": "Levels: {scale}",
    # gaps
    "Ontwikkelpunten": "Development points",
    "Zonder profiel zijn er geen ontwikkelpunten te bepalen.": (
        "Without a profile there are no development points to determine."
    ),
    "Geen ontwikkelpunten: alle doelniveaus van de profielen zijn gehaald.": (
        "No development points: every target level of the profiles is reached."
    ),
    "Competentie": "Competency",
    "Nu": "Now",
    "Volgende stap": "Next step",
    "Wat je dan laat zien (gedragsindicator)": "What you then show (behavioural indicator)",
    "Doel per profiel": "Target per profile",
    "(kritisch)": "(critical)",
    "eerst beoordelen; doel {level}": "assess first; target {level}",
    "niveau {level}": "level {level}",
    "(geen indicator vastgelegd)": "(no indicator recorded)",
    "Per competentie staat wat het volgende niveau in de praktijk vraagt. Een onbekend niveau is "
    "nog niet door de teamleider vastgesteld.": (
        "Per competency: what the next level asks in practice. An unknown level has not been "
        "agreed by the team lead yet."
    ),
    "onbekend": "unknown",
    # plan
    "Afspraken: leeractiviteiten": "Agreements: learning activities",
    "Er zijn nog geen leeractiviteiten afgesproken.": (
        "No learning activities have been agreed yet."
    ),
    "Ontwikkelplan versie {version} van {date}, status <b>{status}</b>": (
        "Development plan version {version} of {date}, status <b>{status}</b>"
    ),
    "versie {version}, {status} ({date})": "version {version}, {status} ({date})",
    "versie {version}": "version {version}",
    "Registraties en certificaten": "Registrations and certificates",
    "Registratie of certificaat": "Registration or certificate",
    "Nummer": "Number",
    "Geldigheid": "Validity",
    "'{kind}' geldig": "'{kind}' valid",
    "'{kind}' halen of vernieuwen": "obtain or renew '{kind}'",
    "Ontwikkelplan <b>{v}</b>. ": "Development plan <b>{v}</b>. ",
    "Volgend gesprek: nog niet gepland": "Next conversation: not planned yet",
    "Volgend gesprek: <b>{kind}</b> op <b>{date}</b>": (
        "Next conversation: <b>{kind}</b> on <b>{date}</b>"
    ),
    "Opmerkingen van de medewerker": "Comments of the employee",
    "Niveaus vóór en na dit gesprek": "Levels before and after this conversation",
    "Vóór": "Before",
    "Zelf": "Self",
    "Afgesproken": "Agreed",
    "niet gescoord": "not scored",
    "Eindoordeel: <b>{j}</b>": "Overall judgement: <b>{j}</b>",
    "; de medewerker tekent <b>{r}</b>": "; the employee signs <b>{r}</b>",
    "Niet gescoord in dit gesprek ({n}): ": "Not scored in this conversation ({n}): ",
    ", gericht op <b>{p}</b>": ", aimed at <b>{p}</b>",
    ", getekend op {d}": ", signed on {d}",
    "Kwartaal": "Quarter",
    "Activiteit": "Activity",
    "Uren": "Hours",
    "Kosten": "Cost",
    "Financiering": "Funding",
    "Status": "Status",
    "Totaal": "Total",
    "† met studiekostenbeding (terugbetaling bij vertrek binnen de termijn)": (
        "† with a study cost clause (repayment when leaving within the term)"
    ),
    # interview
    "Gesprek": "Interview",
    "Er is nog geen gespreksverslag vastgelegd.": "No interview record has been made yet.",
    "{kind} op {date}": "{kind} on {date}",
    " met {lead}": " with {lead}",
    "Vraag": "Question",
    "Antwoord": "Answer",
    "Score": "Score",
    "Gemaakte afspraken": "Agreements made",
    "Geen afspraken vastgelegd.": "No agreements recorded.",
    # authorities and signatures
    "Verantwoordelijkheden en bevoegdheden": "Responsibilities and authorities",
    "Voor dit competentiekader zijn geen bevoegdheden vastgelegd.": (
        "No authorities are recorded for this competency framework."
    ),
    "Bevoegdheid": "Authority",
    "Voorwaarde": "Condition",
    "Stand": "State",
    "behaald": "attained",
    "binnen bereik: {missing}": "within reach: {missing}",
    "Nog geen bevoegdheden behaald.": "No authorities attained yet.",
    "{name}: niveau {level}": "{name}: level {level}",
    "{name}: niveau onbekend": "{name}: level unknown",
    "{name} van {level} naar {target}": "{name} from {level} to {target}",
    "opleiding '{offer}' afgerond": "training '{offer}' completed",
    "opleiding '{offer}' afronden": "complete training '{offer}'",
    "geen voorwaarden": "no conditions",
    "Naam: {n}": "Name: {n}",
    "Datum: ": "Date: ",
    "Handtekening: ": "Signature: ",
    "Medewerker": "Employee",
    "Ondertekening": "Signatures",
    "Medewerker en teamleider hebben dit ontwikkelplan besproken. Met hun handtekening bevestigen "
    "zij de afspraken; de medewerker ontvangt een kopie.": (
        "Employee and team lead have discussed this development plan. With their signatures "
        "they confirm the agreements; the employee receives a copy."
    ),
    # charts
    "doelniveau": "target level",
    "huidig, doel gehaald": "current, target reached",
    "huidig, onder doel": "current, below target",
    "vet = kritische competentie": "bold = critical competency",
    "doel": "target",
    "huidig": "current",
    "onbekend (als 0)": "unknown (as 0)",
    # values of the domain (the words the screens use too)
    "inzetbaar": "ready",
    "ontwikkelbaar": "developable",
    "ver weg": "far off",
    "onvoldoende gegevens": "insufficient data",
    "concept": "draft",
    "vastgesteld": "agreed",
    "getekend": "signed",
    "gepland": "planned",
    "bezig": "in progress",
    "afgerond": "completed",
    "vervallen": "cancelled",
    "Werkgever": "Employer",
    "A&O fonds": "A&O fund",
    "planningsgesprek": "planning interview",
    "voortgangsgesprek": "progress interview",
    "beoordelingsgesprek": "appraisal interview",
    "ontwikkelgesprek": "development interview",
    "gesprek": "interview",
}

_TABLES: dict[str, dict[str, str]] = {"en": _ENGLISH}

_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_QUARTER = re.compile(r"^(\d{4})-K([1-4])$")


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"onbekende taal {language!r}; kies uit {', '.join(LANGUAGES)}")
    return language


def translator(language: str) -> Callable[[str], str]:
    """``t(dutch)``: the text in ``language``; a text the table lacks (a name) stays as it is."""
    table = _TABLES.get(check_language(language), {})
    return lambda text: table.get(text, text)


def english_table() -> dict[str, str]:
    """Every Dutch text the reports translate, with its English (for the completeness test)."""
    return dict(_ENGLISH)


def quarter(text: str, language: str) -> str:
    """``2027-K1`` (K = kwartaal) in Dutch, ``2027-Q1`` in English."""
    match = _QUARTER.match(text)
    if match is None or language == "nl":
        return text
    return f"{match.group(1)}-Q{match.group(2)}"


def format_date(day: dt.date | None, language: str) -> str:
    """``12 oktober 2026`` / ``12 October 2026``; empty for no date."""
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[check_language(language)][day.month - 1]} {day.year}"
