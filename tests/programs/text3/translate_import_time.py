# str.maketrans / str.translate / bytes.translate at import time (tables built while the module is
# imported), with Python 3's errors: keys of maketrans(dict), values a table maps to, a __getitem__
# table whose LookupError keeps the character.
OUT = []
for args in [({'a': 'b'},), ({'ab': 'x'},), ({1.5: 'x'},), ({97: 'x', 'b': None},), ('abc', 'xyz'), ('ab', 'x'), ('ab', 'xy', 'cd'), ({},), (1,)]:
    try:
        OUT.append(str(sorted(str.maketrans(*args).items(), key=str)))
    except Exception as e:
        OUT.append(type(e).__name__ + ' ' + str(e))
for table in [{97: 'xyz'}, {97: None}, {97: 0x110000}, {97: 1.5}, {97: b'x'}, {97: -1}, {97: 'é'}, {233: 97}]:
    try:
        OUT.append('abcé'.translate(table))
    except Exception as e:
        OUT.append(type(e).__name__ + ' ' + str(e))
class T:
    def __getitem__(self, k):
        if k == 98: raise IndexError(k)
        if k == 99: raise KeyError(k)
        return k + 1
OUT.append('abcd'.translate(T()))
OUT.append(repr((b'hello'.translate(None, b'l'), b'hello'.translate(bytes.maketrans(b'el', b'ip')), bytes.maketrans(b'a', b'b')[97:99])))
try: b'x'.translate(b'short')
except Exception as e: OUT.append(type(e).__name__ + ' ' + str(e))
try: bytes.maketrans(b'ab', b'c')
except Exception as e: OUT.append(type(e).__name__ + ' ' + str(e))
def main():
    for o in OUT: print(o)
main()
