"""Helpers of bench/run: the program table, statistics of the results, the Markdown and SVG
reports."""
