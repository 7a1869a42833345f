# Python 3's repr keeps the printable code points of a str and escapes the others (formats such
# as U+FEFF and U+200B, separators other than the space, controls, private use, unassigned), at
# import time as in translated code; str.isprintable() at import time follows the same rule.
SAMPLES = ['\ufeff1', 'a\u200bb', 'x\xa0y', 'soft\xadhyphen', 'line\u2028sep', 'caf\xe9',
           '\U0001f600!', 'p\ue000', 'u\u0378', '\x85\x9f', 'tab\t"q"', "it's", '\u3000wide']
AT_IMPORT = [repr(s) for s in SAMPLES]
PRINTABLE = [s.isprintable() for s in SAMPLES]

for i in range(len(SAMPLES)):
    print(AT_IMPORT[i], repr(SAMPLES[i]) == AT_IMPORT[i], PRINTABLE[i])
