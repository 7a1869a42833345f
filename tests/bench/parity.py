#!/usr/bin/env python3
"""Parity tests: the same argument lists through `rpy bench` and `hyperfine`.

Usage: parity.py RPY_EXECUTABLE          (runs `RPY_EXECUTABLE bench ...`)
       RPY_BENCH_CMD=/tmp/rpybench parity.py   (a scratch binary taking the bench arguments)

Commands are fakes whose timing is controlled (sleep 0.01, true, false, appends to a log),
so the structure (which runs happened in which order, with which parameters, which files were
written, exit statuses) can be compared exactly. Comparisons with hyperfine are skipped when
/usr/bin/hyperfine is missing; options that hyperfine 1.15 lacks are checked against the
behaviour hyperfine 1.20 documents.
"""
import json, os, re, shutil, subprocess, sys, tempfile

HYPERFINE = shutil.which("hyperfine") or ("/usr/bin/hyperfine" if os.path.exists("/usr/bin/hyperfine") else None)
if os.environ.get("RPY_BENCH_CMD"):
    RPY = os.environ["RPY_BENCH_CMD"].split()
elif len(sys.argv) > 1:
    RPY = [sys.argv[1], "bench"]
else:
    sys.exit("usage: parity.py RPY_EXECUTABLE")

HF_VERSION = None
if HYPERFINE:
    out = subprocess.run([HYPERFINE, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"(\d+)\.(\d+)", out)
    HF_VERSION = (int(m.group(1)), int(m.group(2))) if m else (0, 0)

failures, passed, skipped = [], 0, 0
WORK = tempfile.mkdtemp(prefix="rpybench-parity-")
os.chdir(WORK)


def run(tool, args, **kw):
    cmd = (RPY if tool == "rpy" else [HYPERFINE]) + args
    if tool == "rpy" and "--no-env-check" not in args:
        cmd = cmd + ["--no-env-check"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, **kw)


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")
        print(f"FAIL {name}: {detail}", file=sys.stderr)


def shape(text):
    """Stdout with numbers and units normalized (and hyperfine 1.15's summary quotes removed)."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"\d+(\.\d+)?", "N", line)
        line = re.sub(r"(µs|ms|s)\b", "U", line)
        line = line.replace("'", "")
        lines.append(re.sub(r"\s+", " ", line).rstrip())
    return lines


def read(path):
    with open(path) as f:
        return f.read()


def both(args, logfile=None):
    """Runs args through both tools (each with a fresh log file); returns {tool: (proc, log)}."""
    res = {}
    for tool in (["rpy", "hf"] if HYPERFINE else ["rpy"]):
        if logfile and os.path.exists(logfile):
            os.remove(logfile)
        p = run(tool, args)
        res[tool] = (p, read(logfile) if logfile and os.path.exists(logfile) else None)
    return res


def compare(name, res, what):
    global skipped
    if "hf" not in res:
        skipped += 1
        return
    a, b = what(res["rpy"]), what(res["hf"])
    check(name, a == b, f"rpy={a!r} hyperfine={b!r}")


# 1. Order of setup / warmup / prepare / command / cleanup runs.
args = ["-N", "-w", "1", "-r", "2", "-s", "sh -c 'echo setup{n} >> log'", "-p", "sh -c 'echo prep >> log'",
        "-c", "sh -c 'echo cleanup >> log'", "-L", "n", "1,2", "sh -c 'echo run{n} >> log'"]
res = both(args, "log")
compare("run order", res, lambda r: (r[0].returncode, r[1]))
check("run order (expected)", res["rpy"][1] == ("setup1\nprep\nrun1\nprep\nrun1\nprep\nrun1\ncleanup\n"
                                                "setup2\nprep\nrun2\nprep\nrun2\nprep\nrun2\ncleanup\n"), res["rpy"][1])

# 2. Parameter lists: Cartesian product order, substituted names and JSON parameters.
args = ["-N", "-r", "1", "-L", "a", "1,2", "-L", "b", "x,y", "--export-json", "p.json",
        "sh -c 'echo A{a}{b} >> log'", "sh -c 'echo B{b} >> log'"]
def params(r):
    d = json.load(open("p.json"))
    return r[0].returncode, r[1], [(x["command"], x.get("parameters")) for x in d["results"]]
res = {}
for tool in (["rpy", "hf"] if HYPERFINE else ["rpy"]):
    if os.path.exists("log"): os.remove("log")
    p = run(tool, args)
    res[tool] = (p, read("log"))
    res[tool] = params(res[tool])
compare("parameter list product", {k: v for k, v in res.items()}, lambda r: r)
check("parameter list order (expected)", res["rpy"][1].split() == ["A1x", "Bx", "A2x", "Bx", "A1y", "By", "A2y", "By"], res["rpy"][1])

# 3. Parameter scan with decimal steps, names with parameters, unused parameters.
for extra in (["-P", "d", "0.3", "0.7", "-D", "0.2", "echo {d}"], ["-P", "x", "1", "2", "-D", "0.5", "echo {x}"],
              ["-P", "i", "1", "3", "-n", "name-{i}", "echo {i}"], ["-P", "i", "1", "2", "echo a", "echo b"]):
    args = ["-N", "-r", "1", "--export-json", "s.json", "--style", "basic"] + extra
    def names(r):
        d = json.load(open("s.json"))
        # hyperfine >= 1.16 appends unused parameters, e.g. "echo a (i = 1)"; 1.15 does not.
        heads = [re.sub(r" \(\w+ = [^)]*\)$", "", l) for l in r.stdout.splitlines() if l.startswith("Benchmark")]
        return r.returncode, [x["command"] for x in d["results"]], [x.get("parameters") for x in d["results"]], heads
    res = {t: names(run(t, args)) for t in (["rpy", "hf"] if HYPERFINE else ["rpy"])}
    compare("parameter scan " + " ".join(extra), {k: (v,) for k, v in res.items()}, lambda r: r[0])

# 4. Terminal layout (numbers normalized) for two commands, and the summary.
args = ["-N", "-r", "3", "--style", "basic", "sleep 0.01", "sleep 0.03"]
res = {t: run(t, args) for t in (["rpy", "hf"] if HYPERFINE else ["rpy"])}
compare("terminal layout", {k: (v,) for k, v in res.items()}, lambda r: shape(r[0].stdout))
out = res["rpy"].stdout
check("layout lines", "Time (mean ± σ):" in out and "Range (min … max):" in out and "3 runs" in out
      and re.search(r"sleep 0\.0[13] ran\n +\d+\.\d\d ± \d+\.\d\d times faster than sleep 0\.0[13]", out), out)

# 5. Exports: which files are written and their structure.
args = ["-N", "-r", "3", "--export-json", "e.json", "--export-csv", "e.csv", "--export-markdown", "e.md",
        "--export-asciidoc", "e.adoc", "--export-orgmode", "e.org", "sleep 0.01", "true"]
def exports(r):
    d = json.load(open("e.json"))
    keys = [sorted(k for k in x.keys() if k in ("command", "mean", "stddev", "median", "user", "system", "min",
                                                   "max", "times", "exit_codes", "parameters")) for x in d["results"]]
    runs = [(x["command"], len(x["times"]), x["exit_codes"]) for x in d["results"]]
    csv = read("e.csv").splitlines()
    return (r.returncode, keys, runs, csv[0], [l.split(",")[0] for l in csv[1:]],
            shape(read("e.md")), shape(read("e.adoc")), shape(read("e.org")))
res = {}
for t in (["hf", "rpy"] if HYPERFINE else ["rpy"]):
    for f in ("e.json", "e.csv", "e.md", "e.adoc", "e.org"):
        if os.path.exists(f): os.remove(f)
    res[t] = exports(run(t, args))
compare("exports", {k: (v,) for k, v in res.items()}, lambda r: r[0])
d = json.load(open("e.json"))
check("json units are seconds", 0.005 < d["results"][0]["mean"] < 0.5, d["results"][0]["mean"])
check("json memory per run", len(d["results"][0]["memory_usage_byte"]) == 3, d["results"][0].keys())

# 6. Exit statuses and messages of error cases.
cases = {
    "bad option": ["--no-such-option", "true"],
    "missing command": [],
    "bad style": ["--style", "bogus", "true"],
    "bad number": ["-w", "x", "true"],
    "-N with -S": ["-N", "-S", "sh", "true"],
    "runs conflict": ["-r", "2", "-m", "3", "true"],
    "failing command": ["-N", "-r", "2", "false"],
    "missing shell": ["-S", "/no/such/shell", "-r", "2", "true"],
    "missing program": ["-N", "-r", "2", "/no/such/program"],
    "unwritable export": ["-N", "-r", "2", "--export-json", "/no/such/dir/x.json", "true"],
    "empty range": ["-P", "x", "3", "1", "echo {x}"],
    "step required": ["-P", "x", "1", "2.5", "echo {x}"],
    "min > max": ["-m", "5", "-M", "2", "true"],
    "too many names": ["-r", "1", "-n", "a", "-n", "b", "true"],
    "failing prepare": ["-N", "-r", "1", "-p", "false", "true"],
    "failing setup": ["-N", "-r", "1", "-s", "false", "true"],
    "unterminated quote": ["-N", "-r", "1", "echo \"x"],
}
for name, args in cases.items():
    res = {t: run(t, args) for t in (["rpy", "hf"] if HYPERFINE else ["rpy"])}
    compare("exit status: " + name, {k: (v,) for k, v in res.items()}, lambda r: r[0].returncode)
    p = res["rpy"]
    check("error message: " + name, p.returncode != 0 and re.search(r"^(Error:|error:)", p.stderr, re.M), p.stderr)

# 7. Ignoring failures, styles, stdout exports, output redirection.
res = {t: run(t, ["-N", "-r", "2", "-i", "--export-json", "i.json", "false"]) for t in (["rpy", "hf"] if HYPERFINE else ["rpy"])}
compare("ignore failure", {k: (v,) for k, v in res.items()}, lambda r: (r[0].returncode, "Ignoring non-zero exit code" in r[0].stderr))
check("ignored exit codes exported", json.load(open("i.json"))["results"][0]["exit_codes"] == [1, 1])
res = {t: run(t, ["-N", "-r", "2", "--style", "none", "true"]) for t in (["rpy", "hf"] if HYPERFINE else ["rpy"])}
compare("style none", {k: (v,) for k, v in res.items()}, lambda r: (r[0].returncode, r[0].stdout))
# '-' means stdout since hyperfine 1.16 (1.15 writes a file named '-'): rpy only.
p = run("rpy", ["-N", "-r", "2", "--style", "none", "--export-csv", "-", "true"])
check("export to stdout", p.stdout.startswith("command,mean,stddev,median,user,system,min,max\ntrue,"), p.stdout)
res = {}
for t in (["rpy", "hf"] if HYPERFINE else ["rpy"]):
    p = run(t, ["-r", "2", "--output", "./out.txt", "echo hello"])
    res[t] = (p, read("out.txt"))
compare("output to file", res, lambda r: (r[0].returncode, r[1]))
res = {t: run(t, ["-r", "2", "--show-output", "echo shown"]) for t in (["rpy", "hf"] if HYPERFINE else ["rpy"])}
compare("show output", {k: (v,) for k, v in res.items()}, lambda r: r[0].stdout.count("shown"))

# 8. Options hyperfine 1.15 lacks, checked against hyperfine 1.20's documented behaviour.
if os.path.exists("log"): os.remove("log")
p = run("rpy", ["-N", "-r", "2", "-p", "sh -c 'echo p >> log'", "-C", "sh -c 'echo c >> log'", "sh -c 'echo r >> log'"])
check("--conclude order", p.returncode == 0 and read("log").split() == ["p", "r", "c", "p", "r", "c"], read("log"))
p = run("rpy", ["-N", "-r", "3", "--reference", "sleep 0.02", "--reference-name", "ref", "sleep 0.01", "sleep 0.04"])
# The layout only: which command is faster is a timing, and timings decide no test (a loaded
# machine can make sleep 0.04 finish first).
# The two lines come in the order of their speed, also a timing: either order passes.
ref_line = r" +\d+\.\d\d ± \d+\.\d\d times (slower|faster) than sleep 0\.0%s"
check("--reference", p.returncode == 0 and (re.search(r"ref ran\n" + ref_line % 1 + r"\n" + ref_line % 4, p.stdout) is not None or
                                            re.search(r"ref ran\n" + ref_line % 4 + r"\n" + ref_line % 1, p.stdout) is not None), p.stdout)
p = run("rpy", ["-N", "-r", "2", "--sort", "command", "sleep 0.02", "sleep 0.01"])
check("--sort command", "Relative speed comparison" in p.stdout, p.stdout)
p = run("rpy", ["-N", "-r", "2", "-u", "microsecond", "sleep 0.01"])
check("-u microsecond", "µs" in p.stdout, p.stdout)
p = run("rpy", ["-N", "-r", "2", "--ignore-failure=1", "false"])
check("--ignore-failure=CODES ignores listed", p.returncode == 0, p.stderr)
p = run("rpy", ["-N", "-r", "2", "--ignore-failure=3", "false"])
check("--ignore-failure=CODES fails others", p.returncode == 1, p.stderr)
with open("in.txt", "w") as f: f.write("fed\n")
if os.path.exists("log"): os.remove("log")
p = run("rpy", ["-N", "-r", "2", "--input", "in.txt", "sh -c 'cat >> log'"])
check("--input", read("log") == "fed\nfed\n", read("log"))
p = run("rpy", ["-r", "1", "--input", "no-such-file", "true"])
check("--input missing file", p.returncode == 1 and "does not exist" in p.stderr, p.stderr)

# 9. Extras.
if os.path.exists("log"): os.remove("log")
p = run("rpy", ["-N", "-r", "3", "--interleave", "sh -c 'echo A >> log'", "sh -c 'echo B >> log'"])
check("--interleave order", read("log").split() == ["A", "B"] * 3, read("log"))
p = run("rpy", ["-N", "-r", "2", "--memory", "--export-json", "m.json",
                "python3 -c 'b = bytearray(64 << 20); b[::4096] = b\"x\" * (16384)'", "/bin/true"])
d = json.load(open("m.json"))["results"]
big, small = d[0]["memory_usage_byte"], d[1]["memory_usage_byte"]
check("--memory per run (big)", all(m > 64 << 20 for m in big), big)
check("--memory per run (small right after big)", all(m < 8 << 20 for m in small), small)
check("--memory shown", "Memory (peak RSS)" in p.stdout, p.stdout)
p = run("rpy", ["-N", "-r", "8", "--ci", "--significance", "sleep 0.01", "sleep 0.02"])
check("--ci/--significance verdict", re.search(r"95% CI \d+\.\d\d–\d+\.\d\d \(Fieller\), (significant|no significant difference) \(Welch p=", p.stdout)
      and "Mean 95% CI" in p.stdout, p.stdout)
p = run("rpy", ["-N", "-m", "5", "--adaptive", "0.5", "--time-budget", "2", "--export-json", "a.json", "sleep 0.01"])
n = len(json.load(open("a.json"))["results"][0]["times"])
check("--adaptive stops early", p.returncode == 0 and 5 <= n < 50, n)
p = run("rpy", ["-N", "-r", "2", "--pin", "0", "true"])
check("--pin", p.returncode == 0, p.stderr)
p = run("rpy", ["-N", "-r", "2", "--counters", "true"])
check("--counters note or counts", p.returncode == 0 and ("Counters" in p.stdout or p.stderr.count("\n") == 1), p.stderr)
p = run("rpy", ["-N", "-r", "3", "--save-baseline", "base.json", "sleep 0.01"])
p2 = run("rpy", ["-N", "-r", "3", "--baseline", "base.json", "sleep 0.01"])
check("--save-baseline/--baseline", p.returncode == 0 and p2.returncode == 0 and "than the baseline" in p2.stdout, p2.stdout + p2.stderr)

shutil.rmtree(WORK, ignore_errors=True)
print(f"{passed} passed, {len(failures)} failed, {skipped} hyperfine comparisons skipped")
sys.exit(1 if failures else 0)
