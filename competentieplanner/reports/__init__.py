"""PDF reports (reportlab): the Ontwikkelplan, the Teamoverzicht and the HRM-overzicht, laid out
from plain data (:mod:`.data`); no database access here."""
