"""Benchmarks that measure the budgets of DESIGN.md §10; run one with ``python -m benchmarks NAME``."""
