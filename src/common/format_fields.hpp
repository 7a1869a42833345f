// The replacement fields of a str.format format string: the one grammar of fields that import
// time (modules/objects/format.cpp), lowering (ir/lower.cpp), annotation (annotate/
// format_method.cpp, int_members.cpp) and code generation (codegen/emit_format.cpp) read, with
// CPython's rules and messages for Python 3 and for Python 2.7 (Objects/stringlib/
// unicode_format.h): where a field ends, its name, conversion and spec, and the parts of its
// name (the argument, then .attribute and [key] accesses).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rpy {

struct FieldDialect {
  bool py2 = false;  // Python 2.7's grammar and messages
  bool text = true;  // code points (a Python 3 str, a Python 2 unicode); else bytes
};

// One .attribute or [key] after a field name's first part. A key of decimal digits is an int.
struct FieldAccess {
  bool attr = false;
  std::string name;  // the attribute, or the key's text
  bool int_key = false;
  int64_t index = 0;  // the key's value when int_key
};

// A field name: its first part selects an argument (empty: the next automatic number; digits: a
// position; else a keyword), then the accesses apply in order. Python reads the accesses lazily:
// `error` (a ValueError) is raised before the argument is looked up when `error_first`, else
// after the accesses of `path` (those before the malformed one).
struct FieldName {
  enum class Kind { Auto, Index, Keyword } kind = Kind::Auto;
  int64_t index = 0;
  std::string keyword;
  std::vector<FieldAccess> path;
  std::string error;
  bool error_first = false;
};

// One step of a format string: the literal text before a field (escaped braces undone), then the
// field when `present` (the last piece may be literal text only).
struct FormatPiece {
  std::string literal;
  bool present = false;
  std::string name_text;   // the field's name as written
  std::string conversion;  // the character after '!' (a code point's bytes when text), or empty
  bool has_spec = false;   // a ':' follows
  std::string spec;        // as written: nested fields are expanded by scanning it again
  bool spec_nested = false;
  FieldName name;
};

// The pieces of `f` in order; `error` (a ValueError message) is raised after them, as Python
// raises it when its iterator reaches the malformed part. Python 3 ends a field at the '}'
// after its name (a key in brackets may hold any character but ']'; '{' in a name is an error)
// and its spec (nested braces counted); Python 2.7 ends it at its matching brace and splits it
// at the first ':' or '!'.
struct FormatScan {
  std::vector<FormatPiece> pieces;
  std::string error;
};

FormatScan scan_format_string(const std::string& f, FieldDialect d);

// The parts of a field name (FieldName's `error` says what Python raises there).
FieldName parse_field_name(const std::string& name);

// ValueError's message for a conversion other than s, r (and a in Python 3); empty when known.
std::string format_conversion_error(const std::string& conversion, FieldDialect d);

// The field as a format string writes it: "{name!c:spec}", and literal text with its braces
// doubled, for the rewrites that rebuild a format string from its pieces.
std::string format_field_source(const FormatPiece& p);
std::string format_literal_source(const std::string& literal);

}  // namespace rpy
