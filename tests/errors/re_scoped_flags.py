# A constant pattern using a feature rpy's regex engine lacks (flags for part of a pattern) is
# refused at the call, naming the feature.
import re


def main():
    print(re.findall(r"(?i:ab)c", "ABc abc"))


main()
