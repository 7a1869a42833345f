# args: -n 0x10 --name=rpy -vv extra -f
# same-stderr
# optparse in a Python 3 script (Python 3's messages: "-f option requires 1 argument"): options
# parsed at run time (0x/0 prefixes, counts, operands) from a parser configured with constants in
# main().
import optparse


def main():
    parser = optparse.OptionParser(usage='%prog [options] args', description='Greets.')
    parser.add_option('-n', '--num', type='int', default=1, help='how many times [default: %default]')
    parser.add_option('--name', default='world')
    parser.add_option('-v', action='count', dest='verbose')
    parser.add_option('-f', '--file', help='an output file')
    options, args = parser.parse_args(['-n', '010', '-vvv', 'a', '--name', 'x'])
    print(options.num * 2, options.name.upper(), options.verbose, args)
    options, args = parser.parse_args()
    print(options.num * 2, options.name.upper(), options.verbose, args)


main()
