#!/usr/bin/env python3
"""Write generated programs: one standalone program or a bundle (see README.md).

    generate.py [--dialect 2|3] [--features SPEC] SEED INDEX            -> stdout
    generate.py --bundle N [--dialect 2|3] [--features SPEC] SEED FIRST -> stdout
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen.options import Options  # noqa: E402
from gen import bundle as B  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('seed')
    ap.add_argument('index', type=int)
    ap.add_argument('--dialect', type=int, choices=(2, 3), default=3)
    ap.add_argument('--features', default='all',
                    help="'all' (default), 'ci', or a comma list of features to switch off")
    ap.add_argument('--bundle', type=int, default=0, help='bundle N programs from INDEX on')
    a = ap.parse_args()
    opts = Options.parse(a.features)
    if a.bundle:
        text, _ = B.bundle(a.seed, list(range(a.index, a.index + a.bundle)), a.dialect, opts)
    else:
        text = B.standalone(a.seed, a.index, a.dialect, opts)
    sys.stdout.write(text)


if __name__ == '__main__':
    main()
