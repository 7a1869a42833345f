# ascii() and string.capwords() in translated code (refused before: "builtin ... is not supported").
import string
print(ascii("é€x\n\U0001F600'"), ascii(["naïve", "ok"]), ascii(3), ascii(2.5), ascii(("ü", 1)))
print(string.capwords("hello big   world"), string.capwords("a-b-c", "-"), string.capwords("  x y "))
import sys
words = sys.argv[1:] or ["\u00e9t\u00e9", "caf\u00e9 au lait"]
for w in words:
    print(ascii(w), string.capwords(w), ascii(len(w)))
