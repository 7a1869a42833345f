#!/usr/bin/env python3
"""Tests of bench/run's helpers on made-up results: the ratios derived from rpy bench's
(inversion of Fieller intervals, quotients), the geometric means, which programs count, the
failure list, the Markdown tables and the SVG chart.  Also checks that the program table
matches bench/programs and bench/cpp.  Runs in well under a second:

    python3 bench/suite/test_report.py
"""

import math
import os
import sys
import unittest
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from suite import programs, report, svg  # noqa: E402


def timed(mean, ratio, ci, rss=10 * 1048576, significant=True, runs=5):
    return {"mean": mean, "stddev": 0.01, "median": mean, "min": mean, "max": mean, "user": mean,
            "system": 0.0, "runs": runs, "mean_ci": [mean * 0.99, mean * 1.01], "peak_rss_mean": rss,
            "peak_rss_max": rss, "ratio_to_reference": ratio, "ratio_ci": ci, "significant": significant}


def entry(name, status, results, reference="rpy", not_timed=None):
    return {"name": name, "what": name, "args": ["7"], "status": status, "messages": {}, "results": results,
            "reference": reference, "not_timed": not_timed or {}}


def machine():
    return {"date": "2026-01-01 00:00 UTC", "cpu": "a CPU", "cpus": 2, "kernel": "6", "commit": "abc1234",
            "load_average_at_start": [0.1, 0.1, 0.1], "load_average_at_end": [0.2, 0.2, 0.2],
            "tools": {"rpy": "rpy 1", "cxx": "c++ 12", "cpython": "Python 3.11", "pypy3": "PyPy 7.3"}}


OK4 = {"rpy": "ok", "cpp": "ok", "pypy3": "ok", "cpython": "ok"}


def sample():
    a = entry("a", dict(OK4), {
        "rpy": timed(1.0, 1.0, [0.98, 1.02], rss=20 * 1048576),
        "cpp": timed(0.8, 0.8, [0.75, 0.85]),
        "pypy3": timed(2.0, 2.0, [1.9, 2.1]),
        "cpython": timed(40.0, 40.0, [38.0, 42.0])})
    b = entry("b", dict(OK4), {
        "rpy": timed(2.0, 1.0, [0.9, 1.1]),
        "cpp": timed(2.0, 1.0, [-0.5, 2.5], significant=False),   # unbounded when inverted
        "pypy3": timed(1.0, 0.5, [0.45, 0.55]),
        "cpython": timed(10.0, 5.0, None)},
        not_timed={})
    c = entry("c", dict(OK4, rpy="differs"), {
        "cpp": timed(1.0, 1.0, [0.9, 1.1]),
        "pypy3": timed(3.0, 3.0, [2.8, 3.2])},
        reference="cpp", not_timed={"cpython": "too slow"})
    c["messages"]["rpy"] = "at the small size, output differs"
    d = entry("d", dict(OK4, rpy="refused"), {}, reference=None)
    d["messages"]["rpy"] = "prog.py:1:1: error: something"
    result = {"tag": "t", "size": "large", "quick": False, "timed": True, "machine": machine(),
              "programs": [a, b, c, d]}
    for e in result["programs"]:
        e["translation"] = {"ok": e["status"]["rpy"] != "refused", "wall_ms": 900.0, "rpy_stages_ms": 4.5,
                            "cxx_compile_ms": 880.0, "binary_bytes": 100000, "loaded_bytes": 60000}
        e["cpp_build"] = {"ok": True, "binary_bytes": 20000, "loaded_bytes": 5000}
    report.add_ratios(result)
    return result


class Ratios(unittest.TestCase):
    def test_reference_in_denominator_is_taken_as_is(self):
        r = sample()["programs"][0]["ratios"]
        self.assertAlmostEqual(r["pypy3/rpy"]["ratio"], 2.0)
        self.assertEqual(r["pypy3/rpy"]["ci"], [1.9, 2.1])
        self.assertAlmostEqual(r["cpython/rpy"]["ratio"], 40.0)

    def test_reference_in_numerator_inverts_ratio_and_interval(self):
        r = sample()["programs"][0]["ratios"]["rpy/cpp"]
        self.assertAlmostEqual(r["ratio"], 1.25)
        self.assertAlmostEqual(r["ci"][0], 1 / 0.85)
        self.assertAlmostEqual(r["ci"][1], 1 / 0.75)

    def test_interval_through_zero_inverts_to_unbounded(self):
        r = sample()["programs"][1]["ratios"]["rpy/cpp"]
        self.assertAlmostEqual(r["ratio"], 1.0)
        self.assertIsNone(r["ci"])
        self.assertEqual(report.ratio_text(r), "1.00 (CI unbounded)")

    def test_failing_implementation_has_no_ratio(self):
        res = sample()
        self.assertEqual(res["programs"][2]["ratios"], {})
        self.assertEqual(res["programs"][3]["ratios"], {})

    def test_memory_ratio(self):
        r = sample()["programs"][0]["ratios"][report.MEMORY_RATIO]
        self.assertAlmostEqual(r["ratio"], 2.0)

    def test_geometric_means_count_only_programs_with_both(self):
        g = sample()["geomean"]
        self.assertAlmostEqual(g["rpy/cpp"]["value"], math.sqrt(1.25 * 1.0))
        self.assertEqual(g["rpy/cpp"]["programs"], 2)
        self.assertAlmostEqual(g["cpython/rpy"]["value"], math.sqrt(40.0 * 5.0))
        self.assertAlmostEqual(g["pypy3/rpy"]["value"], 1.0)

    def test_failures_list(self):
        f = report.failures(sample())
        self.assertEqual([(n, i, s) for n, i, s, _ in f], [("c", "rpy", "differs"), ("d", "rpy", "refused")])


class Markdown(unittest.TestCase):
    def test_tables(self):
        md = report.markdown(sample())
        self.assertIn("| a | 7 | 800.0 ms | 1.000 s | 2.000 s | 40.000 s | 5/5/5/5 | 1.25 (1.18–1.33) | 2.00 (1.90–2.10) | "
                      "40.00 (38.00–42.00) |", md)
        self.assertIn("| c | 7 | 1.000 s | **differs** | 3.000 s | not timed¹ |", md)
        self.assertIn("¹ too slow", md)
        self.assertIn("| d | 7 | - | **refused** |", md)
        self.assertIn("**1.12** (2)", md)
        self.assertIn("| d | **refused** | - | - | - | 20 / 5 |", md)
        self.assertIn("- **d** under rpy: refused", md)
        self.assertIn("prog.py:1:1: error: something", md)

    def test_untimed_result_has_only_translation(self):
        res = sample()
        res["timed"] = False
        md = report.markdown(res)
        self.assertNotIn("## Run time", md)
        self.assertIn("## Translation", md)


class Chart(unittest.TestCase):
    def test_svg_is_well_formed_and_has_a_bar_per_timed_ratio(self):
        text = svg.chart(sample())
        root = ET.fromstring(text)
        ns = "{http://www.w3.org/2000/svg}"
        titles = [t.text for t in root.iter(ns + "title")]
        self.assertIn("a rpy: 1.250× C++", titles)
        self.assertIn("a CPython: 50.000× C++", titles)
        self.assertIn("c PyPy3: 3.000× C++", titles)
        texts = [t.text for t in root.iter(ns + "text")]
        self.assertIn("rpy: differs", texts)
        self.assertIn("CPython: not timed", texts)
        self.assertIn("rpy: refused", texts)
        self.assertIn("geometric mean", texts)


class Table(unittest.TestCase):
    def test_every_program_has_its_sources_and_sizes(self):
        bench = os.path.dirname(HERE)
        names = [p.name for p in programs.PROGRAMS]
        self.assertEqual(len(names), len(set(names)))
        self.assertGreaterEqual(len(names), 12)
        for p in programs.PROGRAMS:
            self.assertTrue(os.path.exists(os.path.join(bench, "programs", p.name + ".py")), p.name)
            self.assertTrue(os.path.exists(os.path.join(bench, "cpp", p.name + ".cpp")), p.name)
            self.assertEqual(sorted(p.sizes), sorted(programs.SIZES), p.name)
        on_disk = sorted(f[:-3] for f in os.listdir(os.path.join(bench, "programs")) if f.endswith(".py"))
        self.assertEqual(on_disk, sorted(names))


if __name__ == "__main__":
    unittest.main()
