# str.istitle() of text that is not ASCII at import time tests code points with Unicode's tables
# (it tested UTF-8 bytes: 'Été'.istitle() was False where python3 says True).
WORDS = ["Été", "été", "ǅa B", "ǅA", "İstanbul", "Ϳa", "Σας Οδός", "Hello Wörld", "ÀB", ""]
TITLES = [w.istitle() for w in WORDS]


def main():
    print(TITLES)


main()
