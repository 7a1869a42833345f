"""rpy's rply: the parser and lexer generator many RPython languages use, written for rpy from
rply's public API (its code is not copied). The generators run at import time (before
translation, as under RPython); the lexer's and parser's run-time loops are RPython.

Provided: LexerGenerator (add, ignore, build; the lexer's lex(s) gives a stream of Tokens with
SourcePositions, LexingError when nothing matches), ParserGenerator(tokens, precedence=[],
cache_id=None) with @pg.production(rule, precedence=None) and @pg.error, build() giving an
LALR(1) parser whose parse(tokens, state=None) calls the productions with the list of their
values (and the state first when one is given; the token stream is read with next(), so a stream
of one's own needs only next() in Python 2 and __next__() in Python 3); Token, BaseBox,
SourcePosition, ParsingError, ParserGeneratorError. Conflicts are resolved as rply 0.7 does (the
earlier production among reductions; a shift against a reduction: shift when the token's
precedence is higher than the rule's, or equal and the rule right-associative, so also when
neither has one; else reduce, nonassoc included), and build() warns as rply does
(ParserGeneratorWarning, at the line calling build()): unused tokens, unreachable productions,
the counts of shift/reduce and reduce/reduce conflicts. cache_id is accepted and ignored (the
tables are always computed)"""

from rply.errors import LexingError, ParserGeneratorError, ParserGeneratorWarning, ParsingError
from rply.lexergenerator import LexerGenerator
from rply.parsergenerator import ParserGenerator
from rply.token import Token

__all__ = ["LexerGenerator", "LexingError", "ParserGenerator", "ParserGeneratorError",
           "ParserGeneratorWarning", "ParsingError", "Token"]
