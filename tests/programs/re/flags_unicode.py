# Flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline (?i)...) and \b \d \w \s with
# Python 3's Unicode meaning on str: accented letters, other scripts' digits, superscripts.
import re

NUMBER = re.compile(r"""
    (?P<sign>[-+])?     # an optional sign
    (?P<int>\d+)        # the integer part
    (?:\.(?P<frac>\d*))?  # a fraction
""", re.VERBOSE)


def main():
    text = "Éclair café naïve ÆSIR straße x_1 ٣٤ ²³ 12"
    print(re.findall(r"\w+", text))
    print(re.findall(r"\w+", text, re.ASCII))
    print(re.findall(r"\d+", text), re.findall(r"\d", "²3٣"))
    print(re.findall(r"\b\w", text))
    print(re.findall(r"café|ÉCLAIR", text, re.I), re.findall(r"(?i)[à-ÿ]+", "ÀÉÎ õü"))
    print(re.findall(r"\s", "a b\tc\x1cd\u2003e\u00a0f"), len(re.findall(r"\S", "a\u3000b")))
    lines = "first line\nsecond line\n\nlast"
    print(re.findall(r"^\w+", lines), re.findall(r"^\w+", lines, re.M))
    print(re.findall(r"\w+$", lines), re.findall(r"\w+$", lines, re.MULTILINE))
    print(re.findall(r"line.", lines), re.findall(r"line.", lines, re.DOTALL))
    print(re.findall(r"(?s)e.s", lines), re.findall(r"(?m)^$", lines))
    for s in ["-12.5", "+7", "42.", "abc"]:
        m = NUMBER.match(s)
        if m is not None:
            print(s, m.group("sign"), m.group("int"), m.group("frac"), m.groupdict())
        else:
            print(s, "is not a number")
    print(re.match(r"A\Z", "A\n") is None, re.match(r"A$", "A\n") is None, re.search(r"\AB", "AB") is None)
    print(re.fullmatch(r"[\w.-]+@[\w-]+\.\w+", "jo.doe@exa-mple.org") is not None)


main()
