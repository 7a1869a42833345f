# format(value, spec) with a constant spec Python refuses for the value raises ValueError when the
# call runs (a program can catch it); rpy refused such programs at translation.
def main():
    for v in ['ab', 'x']:
        try:
            print(format(v, '+5'))
        except ValueError as e:
            print('ValueError', e)
    try:
        print(format(3, '.2d'))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(format(2.5, 'q'))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(format(True, ',s'))
    except ValueError as e:
        print('ValueError', e)
    print(format(3, '>4'), format('a', '^3'), format(2.5, '08.3f'))


main()
