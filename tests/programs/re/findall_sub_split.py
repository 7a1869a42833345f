# re.findall (strings, or tuples with several groups), finditer, sub and subn with a template
# (\1, \g<name>, \g<0>, escapes) or a function, split (with groups, maxsplit), and Python 3.7's
# rule for empty matches (after an empty match the next one may start at the same place).
import re

PAIR = re.compile(r"(\w+)=(\d+)")


def shout(m):
    return m.group(0).upper() + "!"


def swap(m):
    return m.group(2) + "=" + m.group(1)


def main():
    text = "a=1, bb=22; ccc=333 d= e=5"
    print(PAIR.findall(text))
    print(re.findall(r"\d+", text))
    print(re.findall(r"(\w)=", text))
    print(re.findall(r"x*", "abxxd"))
    print(re.findall(r"\b", "ab cd"))
    for m in PAIR.finditer(text):
        print(m.span(), m.group(1), m.group(2))
    for m in re.finditer(r"x*", "axbxx"):
        print(m.span(), repr(m.group()))
    print(PAIR.sub(r"\2:\1", text))
    print(PAIR.sub(r"<\g<0>>", text))
    print(re.sub(r"(?P<k>\w+)=(?P<v>\d+)", r"\g<v>\t\g<k>\\\n", text))
    print(PAIR.sub(swap, text))
    print(re.sub(r"[aeiou]", shout, "programming language"))
    print(re.sub(r"\s+", " ", "  lots   of\n\t space  "))
    print(PAIR.subn("#", text), PAIR.subn("#", text, 2), re.subn("z", "y", text))
    print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub(r"\b", "|", "ab cd"))
    print(re.sub(r"(a)|b", r"[\1]", "abab"), re.sub("a", r"\.\101", "banana", count=2))
    print(re.split(r",\s*", "a, b,c,   d"))
    print(re.split(r"(,)\s*", "a, b,c"))
    print(re.split(r"(,)|(;)", "a,b;c"))
    print(re.split(r"\W+", "Words, words, words.", 1))
    print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
    print(re.split(r"x*", "axbc"), re.split(r"\b", "ab cd"), re.split("z", ""))
    print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
    print(re.split("a", "bab", maxsplit=-1), re.sub("a", "b", "aaa", count=-1), re.subn("a", "b", "aaa", -2))
    for bad in [r"\9", r"\g<x>", r"\q", "\\"]:
        try:
            print(PAIR.sub(bad, text))
        except re.error as e:
            print("error:", e)
        except IndexError as e:
            print("IndexError:", e)


main()
