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
    "Voorbereiding medewerker": "Employee's preparation",
    "Antwoord in het gesprek": "Answer in the conversation",
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
    "afdeling": "department",
    # the development plan's computed words
    " (vervangt versie {v})": " (replaces version {v})",
    "{hours} uur": "{hours} hours",
    "resultaat: {result}": "result: {result}",
    "trekker: {owner}": "owner: {owner}",
    "uiterlijk {date}": "by {date}",
    "geen einddatum": "no end date",
    "geldig tot {date}": "valid until {date}",
    "verlopen op {date}": "expired on {date}",
    "één persoon": "one person",
    "niet gedekt": "not covered",
    # Teamoverzicht
    "Teamoverzicht": "Team overview",
    " met de ontwikkelplannen van de medewerkers": " with the development plans of the employees",
    ", peildatum {date}": ", reference date {date}",
    "Vertrouwelijk – alleen voor teamleider en HR": "Confidential – team lead and HR only",
    "teamoverzicht": "team overview",
    "Soort": "Kind",
    "Onderdeel van": "Part of",
    "Medewerkers": "Employees",
    "profiel van de eenheid": "profile of the unit",
    "relevant voor {count} medewerkers, {chosen} daarvan gekozen": (
        "relevant for {count} employees, chosen by {chosen} of them"
    ),
    "Gereedheid per profiel": "Readiness per profile",
    "Er is geen profiel om het team aan te meten: de eenheid heeft geen teamprofiel en geen "
    "medewerker heeft een toekomstprofiel gekozen of vastgestelde niveaus.": (
        "There is no profile to measure the team against: the unit has no team profile and no "
        "employee has chosen a future profile or has agreed levels."
    ),
    "Zonder vastgestelde niveaus (niet in de tabellen): {names}.": (
        "Without agreed levels (not in the tables): {names}."
    ),
    "Competenties tegen het profiel {name}": "Competencies against the profile {name}",
    "Doel": "Target",
    "Aantal": "Count",
    "Gehaald door": "Reached by",
    "Let op": "Attention",
    "niemand": "nobody",
    " en {count} anderen": " and {count} others",
    "Dekking per competentie": "Coverage per competency",
    "Dekking: wie het doelniveau haalt. Eén persoon is een continuïteitsrisico (wie vertrekt, "
    "neemt de kennis mee); niet gedekt betekent dat niemand in het team het doel haalt.": (
        "Coverage: who reaches the target level. One person is a continuity risk (whoever "
        "leaves takes the knowledge along); not covered means that nobody in the team reaches "
        "the target."
    ),
    "Opleidingsplan van het team": "Training plan of the team",
    "Er zijn geen leeractiviteiten gepland.": "No learning activities are planned.",
    "Uit de huidige (laatste) ontwikkelplannen; vervallen activiteiten tellen niet mee.": (
        "From the current (latest) development plans; cancelled activities do not count."
    ),
    "Budget": "Budget",
    "Er is geen opleidingsbudget vastgelegd en niets gepland.": (
        "No training budget is recorded and nothing is planned."
    ),
    "Jaar": "Year",
    "Beschikbaar": "Available",
    "Gepland (werkgever)": "Planned (employer)",
    "Resterend": "Remaining",
    "Overige financiering (IKB, A&O fonds)": "Other funding (IKB, A&O fund)",
    "niet vastgelegd": "not recorded",
    "Het opleidingsbudget draagt de kosten die de werkgever betaalt; activiteiten uit het IKB of "
    "met een bijdrage van het A&O fonds staan apart.": (
        "The training budget carries the costs the employer pays; activities from the IKB or "
        "with a contribution of the A&O fund are shown apart."
    ),
    # the heatmap
    "doel gehaald": "target reached",
    "1 niveau onder doel": "1 level below target",
    "2 of meer onder doel": "2 or more below target",
    "? = onbekend": "? = unknown",
    "vet = kritisch": "bold = critical",
    # HRM-overzicht
    "HRM-overzicht": "HRM overview",
    "Ontwikkeling van beleidsadviseurs, tekorten in competenties en opleidingsbudget, peildatum "
    "{date}": (
        "Development of policy advisors, shortfalls in competencies and training budget, "
        "reference date {date}"
    ),
    "Groepscijfers; kleine groepen zijn onderdrukt (privacy)": (
        "Group figures; small groups are suppressed (privacy)"
    ),
    "HRM": "HRM",
    "strategische personeelsplanning": "strategic workforce planning",
    "opleidingsbudget": "training budget",
    "Organisatiebreed · {count} medewerkers · peildatum {date}": (
        "Organisation-wide · {count} employees · reference date {date}"
    ),
    "Toekomstrichtingen beleidsadviseurs": "Future directions of policy advisors",
    "Competenties die het vaakst tekortschieten": "Competencies most often falling short",
    "Opleidingsbudget": "Training budget",
    "{count} medewerkers hebben nog geen vastgesteld niveau en tellen in de tekorten niet mee.": (
        "{count} employees have no agreed level yet and do not count in the shortfalls."
    ),
    "{small} en {suppressed}: onderdrukt: minder dan {threshold} personen (privacy). In tabellen "
    "met totalen staat {suppressed} ook bij een getal dat is weggelaten omdat het samen met het "
    "totaal een onderdrukt getal zou verraden. De drempel is een instelling "
    "(reports.privacy_min_group).": (
        "{small} and {suppressed}: suppressed: fewer than {threshold} people (privacy). In tables "
        "with totals, {suppressed} also marks a figure left out because together with the total "
        "it would give a suppressed figure away. The threshold is a setting "
        "(reports.privacy_min_group)."
    ),
    "Beleidsadviseurs over de drie toekomstrichtingen": (
        "Policy advisors across the three future directions"
    ),
    "Als beleidsadviseur telt wie 'beleidsadviseur' of 'beleidsmedewerker' in de functienaam "
    "heeft, of wie zelf een van de drie toekomstrichtingen heeft gekozen (ook bijvoorbeeld een "
    "contractmanager die de richting aanbieders kiest).": (
        "A policy advisor is whoever has 'beleidsadviseur' or 'beleidsmedewerker' in the job "
        "title, or has chosen one of the three future directions themselves (for example also a "
        "contract manager who chooses the providers direction)."
    ),
    "Er zijn geen toekomstprofielen voor beleidsadviseurs vastgelegd.": (
        "No future profiles for policy advisors are recorded."
    ),
    "Toekomstrichting": "Future direction",
    "Gem. geschiktheid": "Avg. fit",
    "Iedereen telt één keer: bij de zelf gekozen toekomstrichting, anders bij de best passende. "
    "Zelf gekozen: {chosen} van {advisors}. Gereedheid per richting zoals in het ontwikkelplan "
    "(geschiktheid, dekking en kritische competenties).": (
        "Everyone counts once: in the future direction they chose, otherwise in the best "
        "fitting one. Chosen themselves: {chosen} of {advisors}. Readiness per direction as in "
        "the development plan (fit, coverage and critical competencies)."
    ),
    "Per groep: hoeveel medewerkers onder het doelniveau zitten van hun eigen profiel (het "
    "gekozen toekomstprofiel, anders het best passende). Onbekend: het niveau is nog niet "
    "vastgesteld. De {top} competenties met de meeste tekorten.": (
        "Per group: how many employees are below the target level of their own profile (the "
        "chosen future profile, otherwise the best fitting one). Unknown: the level has not been "
        "agreed yet. The {top} competencies with the most shortfalls."
    ),
    "Er zijn nog geen vastgestelde niveaus.": "There are no agreed levels yet.",
    "{group} ({count} medewerkers)": "{group} ({count} employees)",
    "Groep te klein om cijfers te tonen (privacy).": "Group too small to show figures (privacy).",
    "Onder doel": "Below target",
    "Aandeel": "Share",
    "Waarvan kritisch": "Of which critical",
    "Onbekend": "Unknown",
    "Niemand zit onder een doelniveau.": "Nobody is below a target level.",
    "Opleidingsbudget: gepland tegenover beschikbaar": "Training budget: planned against available",
    "Geplande kosten per eenheid en kwartaal uit de huidige ontwikkelplannen, voor zover de "
    "werkgever ze betaalt (IKB en A&O fonds niet), tegenover het budget van het jaar. Vervallen "
    "activiteiten tellen niet mee.": (
        "Planned costs per unit and quarter from the current development plans, as far as the "
        "employer pays them (IKB and A&O fund not), against the budget of the year. Cancelled "
        "activities do not count."
    ),
    "Er zijn geen budgetten en geen geplande kosten.": "There are no budgets and no planned costs.",
    "Gepland": "Planned",
    "(geen eenheid)": "(no unit)",
    # Teamoverzicht: registrations that expire (issue 14)
    "Registraties en certificaten die verlopen": "Registrations and certificates that expire",
    "Geen registratie of certificaat verloopt in de komende 90 dagen.": (
        "No registration or certificate expires in the next 90 days."
    ),
    "Geldig tot en met": "Valid until",
    "verlopen": "expired",
    "nog {days} dagen": "{days} days left",
    "Verlopen en binnen 90 dagen na de peildatum verlopend. Een bevoegdheid die een geldige "
    "registratie vraagt, geldt niet meer zodra die verloopt.": (
        "Expired, and expiring within 90 days of the reference date. An authority that needs a "
        "valid registration no longer applies once it expires."
    ),
    # Strategisch personeelsplan (issue 13)
    "Strategisch personeelsplan": "Strategic workforce plan",
    "{title} {scenario} ({year}), peildatum {date}": (
        "{title} {scenario} ({year}), reference date {date}"
    ),
    "formatie": "formation",
    "Het plan is bewezen optimaal: geen goedkopere combinatie van groeien en werven.": (
        "The plan is proven optimal: no cheaper combination of growing and recruiting exists."
    ),
    "Het plan is het beste dat binnen de rekentijd is gevonden; het kan hoogstens "
    "{amount} goedkoper.": (
        "The plan is the best found within the time limit; it can be at most {amount} cheaper."
    ),
    "opleidingsbudget {amount} per jaar": "training budget {amount} per year",
    "gekozen richting meegewogen": "chosen direction taken into account",
    "{scenario} · doeljaar {year} · peildatum {date}": (
        "{scenario} · target year {year} · reference date {date}"
    ),
    "Formatie, tekort en maatregelen": "Formation, shortfall and measures",
    "Gewenst": "Wanted",
    "Nu inzetbaar": "Ready now",
    "Groeien (pers.)": "Grow (people)",
    "Gegroeid": "Grown",
    "Werven": "Recruit",
    "Opleiding": "Training",
    "Werving": "Recruitment",
    "hele organisatie": "whole organisation",
    "Totale kosten {total}: opleiding {training}, werving {recruitment}": (
        "Total cost {total}: training {training}, recruitment {recruitment}"
    ),
    ", richtingboete {amount}": ", direction penalty {amount}",
    "Maatregelen": "Measures",
    "Groeien: medewerkers die met het opleidingspad van de planner uiterlijk in het doeljaar "
    "inzetbaar zijn, vullen de formatie; HR maakt er ontwikkelplannen van. Werven: wat daarna "
    "ontbreekt. Wie uit een functie gaat die minder nodig is, is een gevolg om te bespreken, "
    "geen besluit van dit plan.": (
        "Grow: staff who are ready by the target year with the planner's training path fill "
        "the formation; HR turns them into development plans. Recruit: what is still missing "
        "after that. People leaving a role that is less needed are a consequence to discuss, "
        "not a decision of this plan."
    ),
    "{mark}: onderdrukt: minder dan {threshold} personen, of een getal dat samen met het totaal "
    "een onderdrukt getal zou verraden (privacy). Dit overzicht bevat geen namen.": (
        "{mark}: suppressed: fewer than {threshold} people, or a figure that together with the "
        "total would give a suppressed figure away (privacy). This overview contains no names."
    ),
    # the evidence behind the levels (issue 14)
    "Onderbouwing van de niveaus": "Evidence behind the levels",
    "Verloop van de niveaus": "How the levels developed",
    "Niveaus": "Levels",
    "Periode": "Period",
    "Verloop": "Trend",
    "Niveau": "Level",
    "Datum": "Date",
    "Onderbouwing": "Evidence",
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


def quarter_name(number: int, language: str) -> str:
    """The quarter of a year alone, as a column heading: ``K1`` / ``Q1``."""
    return f"{'K' if check_language(language) == 'nl' else 'Q'}{number}"


def format_date(day: dt.date | None, language: str) -> str:
    """``12 oktober 2026`` / ``12 October 2026``; empty for no date."""
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[check_language(language)][day.month - 1]} {day.year}"
