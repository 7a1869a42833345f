"""rpy's version of rpython.rlib.parsing, RPython's EBNF parser generator.

ebnfparse      parse_ebnf(grammar) -> (regexs, rules, ToAST) and
               make_parse_function(regexs, rules, eof) -> parse(text);
tree           the parse trees (Symbol, Nonterminal) and RPythonVisitor;
parsing        Rule, PackratParser, ParseError;
lexer          Lexer, Token, SourcePos;
regexparse     parse_regex(text): the lexer's regular expressions;
regex          the regular expression objects and their automata;
deterministic  the deterministic automaton the lexer runs, LexerError;
pypackrat      PackratParser: a grammar in a class docstring made into the
               class's methods (makepackrat, packratgrammar, packratcode).

The generator runs while the program is imported; the lexer and the parser it
builds, and the trees, are RPython used by translated code.
"""
