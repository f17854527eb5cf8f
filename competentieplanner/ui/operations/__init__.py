"""Operations: the only UI code that calls services (the pattern of Anki's ``aqt/operations``).

A screen's controller calls a small function here with keyword-only arguments; the function runs
the service in one unit of work on a worker thread of the context's task runner and hands the
result back to a callback on the GUI thread. Nothing under ``ui/`` outside this package touches
the database, so the window never waits for it.
"""
