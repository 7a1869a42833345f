#!/usr/bin/env python3
"""Print a table of benchmark results read from hyperfine-format JSON files
(hyperfine --export-json, or rpy bench's export in the same format).

    report.py --ref NAME [--title TEXT] [--bar NAME=RATIO ...] FILE.json...

The results of all files are merged into one table, in the order given.  Each
row shows the command's mean wall time with its standard deviation, its
fastest run, the number of runs and the ratio of its mean to the mean of the
reference command NAME (matched against the command names, exactly or else as
a unique substring).  --bar NAME=RATIO checks that NAME runs within RATIO of
the reference: the script prints PASS or FAIL for each bar and exits with
status 1 when one fails.
"""

import json
import sys


def usage(message):
    sys.stderr.write("report.py: %s\n" % message)
    sys.stderr.write("usage: report.py --ref NAME [--title TEXT] [--bar NAME=RATIO ...] FILE.json...\n")
    sys.exit(2)


def parse_args(argv):
    ref = None
    title = None
    bars = []
    files = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ('--ref', '--title', '--bar'):
            if i + 1 >= len(argv):
                usage("%s needs a value" % arg)
            value = argv[i + 1]
            i += 2
            if arg == '--ref':
                ref = value
            elif arg == '--title':
                title = value
            else:
                if '=' not in value:
                    usage("--bar takes NAME=RATIO, not %r" % value)
                name, ratio = value.rsplit('=', 1)
                bars.append((name, float(ratio)))
        elif arg in ('-h', '--help'):
            sys.stdout.write(__doc__)
            sys.exit(0)
        else:
            files.append(arg)
            i += 1
    if not files:
        usage("no JSON files given")
    return ref, title, bars, files


def load(files):
    results = []
    for path in files:
        with open(path) as f:
            data = json.load(f)
        for r in data.get('results', []):
            results.append(r)
    return results


def find(results, name):
    exact = [r for r in results if r['command'] == name]
    if len(exact) == 1:
        return exact[0]
    partial = [r for r in results if name in r['command']]
    if len(partial) == 1:
        return partial[0]
    if not exact and not partial:
        return None
    raise SystemExit("report.py: %r names more than one command" % name)


def seconds(t):
    """t seconds in a readable unit."""
    if t >= 1.0:
        return "%.3f s" % t
    return "%.1f ms" % (t * 1000.0)


def main(argv):
    ref_name, title, bars, files = parse_args(argv)
    results = load(files)
    if not results:
        raise SystemExit("report.py: no results in %s" % ' '.join(files))
    ref = None
    if ref_name is not None:
        ref = find(results, ref_name)
        if ref is None:
            raise SystemExit("report.py: no command named %r" % ref_name)

    rows = [("command", "mean ± σ", "min", "runs", "ratio")]
    for r in results:
        stddev = r.get('stddev') or 0.0
        runs = len(r.get('times') or [])
        ratio = "-"
        if ref is not None:
            ratio = "%.2fx" % (r['mean'] / ref['mean'])
            if r is ref:
                ratio += " (ref)"
        rows.append((r['command'], "%s ± %s" % (seconds(r['mean']), seconds(stddev)),
                     seconds(r['min']), str(runs), ratio))

    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    if title:
        print(title)
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])]
        for i in range(1, len(row)):
            cells.append(row[i].rjust(widths[i]))
        print("  " + "  ".join(cells))
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))

    failed = False
    for name, limit in bars:
        if ref is None:
            raise SystemExit("report.py: --bar needs --ref")
        r = find(results, name)
        if r is None:
            print("  bar %s within %.2fx of %s: no such command" % (name, limit, ref['command']))
            failed = True
            continue
        ratio = r['mean'] / ref['mean']
        ok = ratio <= limit
        print("  bar: %s within %.2fx of %s: %.3fx %s"
              % (r['command'], limit, ref['command'], ratio, "PASS" if ok else "FAIL"))
        if not ok:
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
