"""Generators of hostile input files (issue 15), shared by the tests and ``benchmarks/bad_input_files.py``."""
