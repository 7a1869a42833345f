"""The results of bench/run as ratios, Markdown tables and a list of failures.

A result (what bench/run writes as TAG.json) has one entry per program: the status of each
implementation ("ok", "refused", "compile error", "crashed", "differs"), the rpy bench summary
of each timed implementation (times in seconds, peak RSS in bytes, the ratio of its mean to the
reference's with the Fieller CI), and the translation figures.
"""

import math

LABELS = {"rpy": "rpy", "cpp": "C++", "pypy3": "PyPy3", "cpython": "CPython"}
ORDER = ["cpp", "rpy", "pypy3", "cpython"]

# The ratios shown, as (key, numerator, denominator): all of them times, except the last.
RATIOS = [("rpy/cpp", "rpy", "cpp"), ("pypy3/rpy", "pypy3", "rpy"), ("cpython/rpy", "cpython", "rpy")]
MEMORY_RATIO = "peak_rss rpy/cpp"


def _ratio_of(entry, num, den):
    """mean(num) / mean(den) with its CI, from rpy bench's ratios to the reference. rpy bench
    gives mean(x) / mean(reference) with Fieller's interval, which is invariant under inversion,
    so the reciprocal of the bounds is the interval of the reciprocal."""
    results, status = entry.get("results", {}), entry.get("status", {})
    if num not in results or den not in results or status.get(num) != "ok" or status.get(den) != "ok":
        return None
    ref = entry.get("reference")
    if den == ref:
        r = results[num]
        return {"ratio": r["ratio_to_reference"], "ci": r["ratio_ci"], "significant": r["significant"]}
    if num == ref:
        r = results[den]
        ci = r["ratio_ci"]
        inv = [1.0 / ci[1], 1.0 / ci[0]] if ci and ci[0] > 0 else None
        return {"ratio": 1.0 / r["ratio_to_reference"], "ci": inv, "significant": r["significant"]}
    # neither is the reference: the quotient of the two ratios, without an interval
    return {"ratio": results[num]["mean"] / results[den]["mean"], "ci": None, "significant": None}


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def add_ratios(result):
    """Add entry["ratios"] to every program and result["geomean"] over the programs."""
    collected = {}
    for entry in result["programs"]:
        ratios = {}
        for key, num, den in RATIOS:
            r = _ratio_of(entry, num, den)
            if r is not None:
                ratios[key] = r
        res = entry.get("results", {})
        if all(i in res and entry["status"].get(i) == "ok" and res[i]["peak_rss_mean"] for i in ("rpy", "cpp")):
            ratios[MEMORY_RATIO] = {"ratio": res["rpy"]["peak_rss_mean"] / res["cpp"]["peak_rss_mean"], "ci": None}
        entry["ratios"] = ratios
        for key, r in ratios.items():
            collected.setdefault(key, []).append(r["ratio"])
    result["geomean"] = {key: {"value": geometric_mean(vals), "programs": len(vals)} for key, vals in collected.items()}


def failures(result):
    """(program, implementation, state, message) for everything that is not ok."""
    out = []
    for entry in result["programs"]:
        for impl in ORDER:
            state = entry["status"].get(impl)
            if state is not None and state != "ok":
                out.append((entry["name"], impl, state, entry["messages"].get(impl, "")))
        if entry.get("bench_error"):
            out.append((entry["name"], "rpy bench", "failed", entry["bench_error"]))
    return out


# ---- formatting ------------------------------------------------------------------------------


def seconds(t):
    if t is None:
        return "-"
    if t >= 1.0:
        return "%.3f s" % t
    return "%.1f ms" % (t * 1000.0)


def ratio_text(r):
    if r is None:
        return "-"
    text = "%.2f" % r["ratio"]
    if r.get("ci"):
        text += " (%.2f–%.2f)" % (r["ci"][0], r["ci"][1])
    elif r.get("significant") is not None:
        text += " (CI unbounded)"
    return text


def mib(b):
    return "-" if b is None else "%.1f" % (b / 1048576.0)


def kib(b):
    return "-" if b is None else "%d" % round(b / 1024.0)


def _cell(entry, impl, notes):
    """A time cell: the mean, or why there is none."""
    state = entry["status"].get(impl)
    if state is None:
        return "-"
    if state != "ok":
        return "**%s**" % state
    if impl in entry.get("not_timed", {}):
        reason = entry["not_timed"][impl]
        if reason not in notes:
            notes.append(reason)
        return "not timed%s" % ("¹²³⁴⁵⁶⁷⁸⁹"[notes.index(reason)] if notes.index(reason) < 9 else "*")
    r = entry.get("results", {}).get(impl)
    return seconds(r["mean"]) if r else "-"


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def markdown(result):
    m = result["machine"]
    impls = [i for i in ORDER if any(i in e["status"] for e in result["programs"])]
    out = []
    if not result.get("timed", True):
        title = "output check at the small sizes (nothing timed)"
    elif result.get("quick"):
        title = "quick check (small sizes, 3 runs)"
    else:
        title = "%s sizes" % result["size"]
    out.append("# rpy benchmark suite: %s" % title)
    out.append("")
    out.append("Measured %s on %s (%s CPUs), 1-minute load average %.2f at the start and %.2f at the end; "
               "rpy at %s." % (m["date"], m["cpu"] or "an unknown CPU", m["cpus"], m["load_average_at_start"][0],
                               m.get("load_average_at_end", [float("nan")])[0], m["commit"]))
    t = m["tools"]
    out.append("C++: `%s`, `-std=c++20 -O2`; CPython: %s (`/usr/bin/python3`); PyPy3: %s." % (
        t["cxx"], t["cpython"], t["pypy3"].replace("\n", " ")))
    out.append("")
    if result.get("timed", True):
        out.append("## Run time")
        out.append("")
        out.append("Mean wall time of each implementation (rpy bench, interleaved runs; the runs column gives "
                   "their number per implementation in the order C++/rpy/PyPy3/CPython). Ratios are ratios of "
                   "mean times, with their 95% confidence interval (Fieller) in parentheses: rpy / C++ above 1 "
                   "means rpy is slower than the C++ reference; PyPy3 / rpy and CPython / rpy above 1 mean rpy "
                   "is faster than that interpreter by that factor.")
        out.append("")
        header = ["program", "argument"] + [LABELS[i] for i in impls] + ["runs"] + \
                 ["%s / %s" % (LABELS[n], LABELS[d]) for _, n, d in RATIOS]
        rows, notes = [], []
        for e in result["programs"]:
            runs = "/".join(str(e["results"][i]["runs"]) if i in e.get("results", {}) else "-" for i in impls)
            args = " ".join(a.rsplit("/", 1)[-1] for a in e["args"])
            rows.append([e["name"], args] + [_cell(e, i, notes) for i in impls] + [runs] +
                        [ratio_text(e["ratios"].get(k)) for k, _, _ in RATIOS])
        g = result.get("geomean", {})
        geo = ["**geometric mean**", ""] + [""] * len(impls) + [""]
        for k, _, _ in RATIOS:
            geo.append("**%.2f** (%d)" % (g[k]["value"], g[k]["programs"]) if k in g else "-")
        rows.append(geo)
        out.append(_table(header, rows))
        for k, note in enumerate(notes):
            out.append("")
            out.append("%s %s" % ("¹²³⁴⁵⁶⁷⁸⁹"[k] if k < 9 else "*", note))
        out.append("")
        out.append("The geometric means are over the programs (their number in parentheses) where both "
                   "implementations ran and printed the right output.")
        out.append("")
        out.append("## Peak memory")
        out.append("")
        out.append("Mean over the timed runs of each run's peak resident set size (MiB, `wait4`'s `ru_maxrss`).")
        out.append("")
        header = ["program"] + [LABELS[i] for i in impls] + ["rpy / C++"]
        rows = []
        for e in result["programs"]:
            res = e.get("results", {})
            row = [e["name"]]
            for i in impls:
                row.append(mib(res[i]["peak_rss_mean"]) if i in res and e["status"].get(i) == "ok" else "-")
            r = e["ratios"].get(MEMORY_RATIO)
            row.append("%.2f" % r["ratio"] if r else "-")
            rows.append(row)
        if MEMORY_RATIO in result.get("geomean", {}):
            gm = result["geomean"][MEMORY_RATIO]
            rows.append(["**geometric mean**"] + [""] * len(impls) + ["**%.2f** (%d)" % (gm["value"], gm["programs"])])
        out.append(_table(header, rows))
        out.append("")
    out.append("## Translation")
    out.append("")
    out.append("`rpy translate` of each program: the time of rpy's own stages (parse, import, annotate, "
               "codegen), of the C++ compiler it runs, and the wall time of the whole command; the size of "
               "the executable (file / code and data it loads, KiB; rpy's carry `-g1` line tables for "
               "tracebacks) next to the C++ reference's.")
    out.append("")
    header = ["program", "rpy's stages", "C++ compile", "translation (wall)", "rpy binary", "C++ binary"]
    rows = []
    for e in result["programs"]:
        t = e.get("translation")
        c = e.get("cpp_build")
        cpp_size = "%s / %s" % (kib(c["binary_bytes"]), kib(c["loaded_bytes"])) if c and c.get("ok") else "-"
        if not t:
            rows.append([e["name"], "-", "-", "-", "-", cpp_size])
        elif not t["ok"]:
            rows.append([e["name"], "**refused**", "-", "-", "-", cpp_size])
        else:
            rows.append([e["name"], "%.1f ms" % t["rpy_stages_ms"] if "rpy_stages_ms" in t else "?",
                         "%.0f ms" % t["cxx_compile_ms"] if "cxx_compile_ms" in t else "?",
                         "%.2f s" % (t["wall_ms"] / 1000.0),
                         "%s / %s" % (kib(t["binary_bytes"]), kib(t["loaded_bytes"])), cpp_size])
    out.append(_table(header, rows))
    out.append("")
    fails = failures(result)
    out.append("## Failures")
    out.append("")
    if not fails:
        out.append("None: every implementation printed exactly what CPython prints.")
    for name, impl, state, message in fails:
        out.append("- **%s** under %s: %s" % (name, LABELS.get(impl, impl), state))
        if message:
            out.append("")
            out.append("  ```")
            for line in message.splitlines():
                out.append("  " + line)
            out.append("  ```")
    out.append("")
    return "\n".join(out)
