"""Edit the reference data one row at a time: frameworks, competencies and their indicators,
profile requirements, authorities, training offers and their effects.

Every function works in the caller's unit of work (one per user action, so a form of several
edits is saved entirely or not at all), validates the new values (``UserError`` with a Dutch
message when they are wrong) and checks ``expected_version`` against the stored row
(``ConflictError`` when someone else changed it meanwhile). Updates and additions return the
row's new version; removals return the removed value, so an undo can put it back.

One module per aggregate; this package exports their use cases under one name.
"""

from competentieplanner.services.reference_edit.authorities import (
    add_authority,
    remove_authority,
    update_authority,
)
from competentieplanner.services.reference_edit.competencies import (
    RemovedCompetency,
    add_competency,
    remove_competency,
    set_indicator,
    update_competency,
    update_framework,
)
from competentieplanner.services.reference_edit.offers import (
    add_effect,
    add_offer,
    remove_effect,
    remove_offer,
    set_offer_active,
    update_effect,
    update_offer,
)
from competentieplanner.services.reference_edit.profiles import (
    add_requirement,
    remove_requirement,
    update_profile,
    update_requirement,
)
from competentieplanner.services.reference_edit.snapshots import (
    CatalogueSnapshot,
    ReferenceSnapshot,
    load_catalogue,
    load_reference,
)

__all__ = [
    "CatalogueSnapshot",
    "ReferenceSnapshot",
    "RemovedCompetency",
    "add_authority",
    "add_competency",
    "add_effect",
    "add_offer",
    "add_requirement",
    "load_catalogue",
    "load_reference",
    "remove_authority",
    "remove_competency",
    "remove_effect",
    "remove_offer",
    "remove_requirement",
    "set_indicator",
    "set_offer_active",
    "update_authority",
    "update_competency",
    "update_effect",
    "update_framework",
    "update_offer",
    "update_profile",
    "update_requirement",
]
