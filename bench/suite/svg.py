"""An SVG chart of bench/run's results, written by hand: for each program, the run time of rpy,
PyPy3 and CPython relative to the C++ reference (C++ = 1), as horizontal bars on a log scale,
with the 95% confidence interval of rpy's ratio as a whisker; a last group shows the geometric
means."""

import math

from suite.report import geometric_mean

SERIES = [("rpy", "rpy", "#d9480f"), ("pypy3", "PyPy3", "#1971c2"), ("cpython", "CPython", "#868e96")]
WIDTH = 960
LEFT = 170          # room for the program names
RIGHT = 70          # room for the last value label
TOP = 70
BAR = 11
GAP = 3
GROUP_GAP = 14
FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\""


def _escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _ratios(entry):
    """impl -> (ratio to C++, ci or None) for the timed, correct implementations, or a note."""
    out = {}
    res = entry.get("results", {})
    status = entry.get("status", {})
    cpp = res.get("cpp") if status.get("cpp") == "ok" else None
    for impl, _, _ in SERIES:
        state = status.get(impl)
        if state is None:
            continue
        if state != "ok":
            out[impl] = state
        elif impl in entry.get("not_timed", {}):
            out[impl] = "not timed"
        elif cpp is None or impl not in res:
            out[impl] = "no C++ time" if impl in res else "not timed"
        elif impl == "rpy" and "rpy/cpp" in entry.get("ratios", {}):
            r = entry["ratios"]["rpy/cpp"]
            out[impl] = (r["ratio"], r["ci"])
        else:
            out[impl] = (res[impl]["mean"] / cpp["mean"], None)
    return out


def _ticks(lo, hi):
    ticks = []
    e = math.floor(math.log10(lo))
    while 10 ** e <= hi * 1.0001:
        for m in (1, 2, 5):
            v = m * 10 ** e
            if lo * 0.9999 <= v <= hi * 1.0001:
                ticks.append(v)
        e += 1
    return ticks


def _tick_label(v):
    return ("%g" % v) + "×"


def chart(result):
    groups = []
    for entry in result["programs"]:
        groups.append((entry["name"], _ratios(entry)))
    # the geometric means over the programs where the implementation has a ratio to C++
    means = {}
    for impl, _, _ in SERIES:
        vals = [g[1][impl][0] for g in groups if isinstance(g[1].get(impl), tuple)]
        if vals:
            means[impl] = (geometric_mean(vals), None)
    groups.append(("geometric mean", means))

    values = [v for _, rs in groups for v in rs.values() if isinstance(v, tuple)]
    bounds = [x for v, ci in values for x in ([v] + (list(ci) if ci else [])) if x > 0]
    lo = min([0.5] + bounds)
    hi = max([2.0] + bounds)
    lo = 10 ** math.floor(math.log10(lo) * 2) / 2 if lo < 0.5 else 0.5
    hi = 10 ** math.ceil(math.log10(hi))
    plot_w = WIDTH - LEFT - RIGHT

    def x(v):
        v = min(max(v, lo), hi)
        return LEFT + plot_w * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    group_h = len(SERIES) * (BAR + GAP) - GAP
    height = TOP + len(groups) * (group_h + GROUP_GAP) + 40
    title = "Run time relative to hand-written C++ (log scale; C++ = 1, shorter is faster)"
    if result.get("quick"):
        title += ": quick check at small sizes"
    s = []
    s.append('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" %s font-size="12">'
             % (WIDTH, height, WIDTH, height, FONT))
    s.append('<rect width="100%" height="100%" fill="white"/>')
    s.append('<text x="%d" y="22" font-size="15" font-weight="bold">%s</text>' % (LEFT - 150, _escape(title)))
    m = result["machine"]
    s.append('<text x="%d" y="40" fill="#495057">%s, %s; whiskers: 95%% CI of rpy / C++ (Fieller); geometric means over the bars shown</text>'
             % (LEFT - 150, _escape(m["date"]), _escape(m["commit"])))
    lx = LEFT
    for impl, label, color in SERIES:
        s.append('<rect x="%d" y="50" width="12" height="10" fill="%s"/>' % (lx, color))
        s.append('<text x="%d" y="59">%s</text>' % (lx + 16, label))
        lx += 90
    axis_bottom = height - 30
    for v in _ticks(lo, hi):
        xv = x(v)
        strong = abs(v - 1.0) < 1e-9
        s.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="%s"/>'
                 % (xv, TOP - 6, xv, axis_bottom, "#212529" if strong else "#dee2e6", "1.5" if strong else "1"))
        s.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#495057">%s</text>'
                 % (xv, axis_bottom + 14, _tick_label(v)))
    y = TOP
    one = x(1.0)
    for name, rs in groups:
        bold = ' font-weight="bold"' if name == "geometric mean" else ""
        s.append('<text x="%d" y="%d" text-anchor="end"%s>%s</text>'
                 % (LEFT - 8, y + group_h // 2 + 4, bold, _escape(name)))
        for k, (impl, label, color) in enumerate(SERIES):
            by = y + k * (BAR + GAP)
            v = rs.get(impl)
            if v is None:
                continue
            if not isinstance(v, tuple):
                s.append('<text x="%.1f" y="%d" fill="#c92a2a" font-size="10">%s: %s</text>'
                         % (one + 4, by + BAR - 2, label, _escape(v)))
                continue
            ratio, ci = v
            x0, x1 = sorted((one, x(ratio)))
            s.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s %s: %.3f× C++</title></rect>'
                     % (x0, by, max(x1 - x0, 1.0), BAR, color, _escape(name), label, ratio))
            if ci:
                c0, c1 = x(ci[0]), x(ci[1])
                mid = by + BAR / 2.0
                s.append('<path d="M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f" stroke="#212529" fill="none"/>'
                         % (c0, mid, c1, c0, mid - 3, mid + 3, c1, mid - 3, mid + 3))
            s.append('<text x="%.1f" y="%d" font-size="10" fill="#212529">%.2f×</text>'
                     % (max(x1, x(ci[1]) if ci else x1) + 4, by + BAR - 2, ratio))
        y += group_h + GROUP_GAP
    s.append("</svg>")
    return "\n".join(s) + "\n"
