"""Controllers: the state of a screen and what its actions do, apart from its layout (the
views). They reach the database only through :mod:`competentieplanner.ui.operations`."""
