# A constant pattern using a feature rpy's regex engine lacks (an atomic group) is refused at the
# call, naming the feature.
import re


def main():
    print(re.findall(r"(?>a+)b", "aab ab"))


main()
