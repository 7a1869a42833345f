# Import-time str.upper()/lower() of text that is not ASCII use Python 3's full case mappings
# (one code point may map to several: 'ß'.upper() == 'SS'), the same as the translated methods;
# the evaluator once mapped a few alphabets only. Found by the differential generator.
WORDS = ['café', 'straße', 'ǆemal', 'µs', 'ﬁn', 'ÉTÉ', 'ΑΒΓ', 'ДОМ', 'Ωmega', 'İx', 'ŉ']
UPPER = [w.upper() for w in WORDS]
LOWER = [w.lower() for w in WORDS]
MIXED = ('naïve ' + 'Ça').upper() + '|' + 'ÀÉÎÕÜ'.lower()


def main():
    print(UPPER)
    print(LOWER)
    print(MIXED, len(MIXED))
    print([len(u) for u in UPPER], [len(w) for w in LOWER])
    # the translated methods agree with the import-time ones
    print([w.upper() for w in WORDS] == UPPER, [w.lower() for w in WORDS] == LOWER)


main()
