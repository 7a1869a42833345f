"""Word frequencies: generate a text of N words deterministically (a linear
congruential generator picks words of a made-up vocabulary, capitalises some,
adds punctuation and line breaks), then count the words the usual way
(split, strip punctuation, lower, a dict of counts), sort by count and print
the most common ones with a checksum of the whole table.

    python3 word_freq.py N
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "an", "el",
             "or", "ub", "ix", "qua", "ther", "ing", "pre", "ost", "um", "zy"]


class Random(object):
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        """A pseudo-random int in range(n)."""
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        parts = []
        for _ in range(1 + rng.next(4)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        word = "".join(parts)
        if word not in seen:
            seen[word] = True
            words.append(word)
    return words


def make_text(n):
    rng = Random(12345)
    vocabulary = make_vocabulary(rng, 5000)
    lines = []
    line = []
    for i in range(n):
        # a skewed choice: low indexes are much more common (Zipf-like)
        word = vocabulary[rng.next(rng.next(len(vocabulary)) + 1)]
        r = rng.next(20)
        if r == 0:
            word = word.upper()
        elif r < 4:
            word = word.capitalize()
        r = rng.next(12)
        if r == 0:
            word = word + ","
        elif r == 1:
            word = word + "."
        line.append(word)
        if len(line) >= 8 + rng.next(8):
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            word = word.strip(".,").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main(n):
    text = make_text(n)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    checksum = 0
    for word, count in ranked:
        for c in word:
            checksum = (checksum * 31 + ord(c)) % 1000000007
        checksum = (checksum * 31 + count) % 1000000007
    print("%d words, %d distinct, checksum %d" % (n, len(counts), checksum))
    top = ["%s=%d" % (word, count) for word, count in ranked[:10]]
    print(", ".join(top))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
