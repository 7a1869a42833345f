# A possessive repeat (Python 3.11) in a module-level pattern: refused, naming the feature.
import re

P = re.compile(r"a*+b")


def main():
    print(P.match("aab"))


main()
