# A list type that holds itself, printed: refused with the recursive-type message (the str()
# rule walked the list type forever).
def nest(n):
    if n == 0:
        return []
    return [nest(n - 1)]

def main():
    print(nest(2))

main()
