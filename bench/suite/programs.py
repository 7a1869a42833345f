"""The benchmark programs of bench/run: each is bench/programs/NAME.py (run by rpy, CPython and
PyPy3) and bench/cpp/NAME.cpp (the hand-written C++ reference), with its argument at each size.

"small" is the size at which every implementation's output is checked before timing (and the
size of --quick); "large" is the measured size, about 1 s of C++ on this project's machine.
{bf_data} in an argument stands for the directory of the BF programs.
"""


class Program(object):
    def __init__(self, name, what, sizes, skip=None):
        self.name = name
        self.what = what
        self.sizes = sizes      # size name -> list of argument strings
        # size name -> {implementation: reason}: implementations not timed at that size
        self.skip = skip or {}


PROGRAMS = [
    Program("primes", "trial-division primes below N (the seed's algorithm)",
            {"small": ["10000"], "large": ["80000"]}),
    Program("nbody", "n-body simulation, N steps (floats, instances)",
            {"small": ["100000"], "large": ["16000000"]}),
    Program("spectral_norm", "spectral norm of an N x N matrix (float loops, calls)",
            {"small": ["200"], "large": ["4000"]}),
    Program("fannkuch_redux", "fannkuch-redux of N (list indexing and swaps)",
            {"small": ["8"], "large": ["11"]}),
    Program("binary_trees", "binary trees of depth N (allocation, GC)",
            {"small": ["12"], "large": ["18"]}),
    Program("richards", "Richards scheduler, N runs (classes, virtual calls)",
            {"small": ["20"], "large": ["2500"]}),
    Program("word_freq", "word frequencies of N generated words (split, lower, dict, sort, join)",
            {"small": ["200000"], "large": ["8000000"]}),
    Program("bf", "BF interpreter (folded operations) on a BF program (bottles, mandelbrot)",
            {"small": ["{bf_data}/bottles.bf"], "large": ["{bf_data}/mandelbrot.b"]},
            skip={"large": {"cpython": "not timed on mandelbrot.b: over 10 minutes per run"}}),
    Program("json_parse", "JSON tokenizer, parser and writer, N rounds over 170 KB",
            {"small": ["5"], "large": ["400"]}),
    Program("stack_vm", "stack-machine bytecode interpreter, N outer iterations",
            {"small": ["20"], "large": ["500"]}),
    Program("string_build", "report of N lines built with % formatting and join",
            {"small": ["50000"], "large": ["1000000"]}),
    Program("dict_tuples", "Game of Life in dicts keyed by (x, y) tuples, N generations",
            {"small": ["200"], "large": ["2000"]}),
]

SIZES = ("small", "large")


def find(name):
    for p in PROGRAMS:
        if p.name == name:
            return p
    return None
