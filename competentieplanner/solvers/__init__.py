"""Adapters to numerical solvers (HiGHS): they solve the problems the domain states as plain data
(:mod:`competentieplanner.domain.optimisation`), so the domain itself imports no solver."""
