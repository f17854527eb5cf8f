"""Adapters to mathematical solvers (HiGHS): the domain states the problem, these solve it."""
