# argparse subcommands are outside rpy's argparse: refused by name while the program is imported.
import argparse

parser = argparse.ArgumentParser()
sub = parser.add_subparsers(dest='command')
args = parser.parse_args()
print(args.command)
