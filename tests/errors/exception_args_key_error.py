# e.args through Exception: the KeyError the runtime raises for d[k] keeps its key's repr, not
# the key. Refused by name.
def main():
    d = {"a": 1}
    for k in ["a", "b"]:
        try:
            print(d[k])
        except Exception as e:
            print("failed", e.args)


main()
