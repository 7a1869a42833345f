# Patterns compiled while the program is imported (module-level re.compile, in a list, a dict,
# a class attribute and an instance) are used by translated code as prebuilt patterns.
import re

TOKEN = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
RULES = [re.compile(r"^\d+$"), re.compile(r"^[a-z]+$", re.I), re.compile(r"^\s*$")]
NAMED = {"int": re.compile(r"[-+]?\d+"), "word": re.compile(r"[^\W\d]+")}


class Lexer(object):
    SPACE = re.compile(r"\s+")

    def __init__(self, pattern):
        self.pattern = pattern

    def tokens(self, text):
        out = []
        pos = 0
        while pos < len(text):
            m = self.pattern.match(text, pos)
            if m is None or m.end() == pos:
                break
            if m.group(1) is not None:
                out.append(("num", m.group(1)))
            elif m.group(2) is not None:
                out.append(("name", m.group(2)))
            else:
                out.append(("op", m.group(3)))
            pos = m.end()
        return out


LEXER = Lexer(TOKEN)


def main():
    print(LEXER.tokens("x1 = 42 + foo(7)*bar"))
    for s in ["123", "Abc", "   ", "a1"]:
        kinds = [i for i in range(len(RULES)) if RULES[i].match(s)]
        print(repr(s), kinds)
    for name in ["int", "word"]:
        print(name, NAMED[name].findall("x -3 +4 été 5b"))
    print(Lexer.SPACE.split(" a  b\tc "), LEXER.pattern.groups, TOKEN.pattern)
    print(TOKEN, RULES[1])


main()
