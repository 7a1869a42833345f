# str.isdecimal() and str.isnumeric() (Python 3): decimal digits of every script ('٣', '７'),
# and for isnumeric also other digits and numerals ('²', 'Ⅷ', '½', '三'); rpy refused both.
# Compared with isdigit over a range of code points.
def main():
    words = ["123", "\u0663\u0664", "\uff17", "\u00b2", "\u2167", "\u00bd", "\u4e09", "12a", "", " 1",
             "\U0001d7d8", "\u0bef\u0be6", "\u2460", "1.5"]
    for w in words:
        print(repr(w), w.isdecimal(), w.isnumeric(), w.isdigit())
    counts = [0, 0, 0]
    c = 0
    while c < 0x30000:
        if c < 0xD800 or c >= 0xE000:
            ch = chr(c)
            if ch.isdecimal():
                counts[0] += c % 7 + 1
            if ch.isnumeric():
                counts[1] += c % 5 + 1
            if ch.isdigit():
                counts[2] += c % 3 + 1
        c += 1
    print(counts)


main()
