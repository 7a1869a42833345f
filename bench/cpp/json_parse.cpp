// json_parse.cpp: bench/programs/json_parse.py in C++: the same generated document, tokens
// in a std::vector, values as a class hierarchy owned through std::unique_ptr, strings held
// as UTF-8 (lengths counted in code points, as Python's len counts characters), objects as
// insertion-ordered vectors of members.
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  long next(long n) {
    state_ = (state_ * 1664525 + 1013904223) % 4294967296ULL;
    return static_cast<long>((state_ >> 8) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

const std::vector<std::string> kWords = {"alpha",       "beta",      "gamma",       "delta",    "red",    "green",
                                         "blue",        "north",     "south",       "tea",      "coffee", "a \"quoted\" word",
                                         "back\\slash", "tab\there", "line\nbreak", "caf\u00e9"};

// ---- UTF-8 ---------------------------------------------------------------------

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The code point starting at s[i]; advances i past it.
std::uint32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  std::uint32_t cp = c & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

long utf8_length(std::string_view s) {
  long n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void append_quoted(std::string& out, std::string_view s) {
  out += '"';
  for (size_t i = 0; i < s.size();) {
    std::uint32_t c = decode_utf8(s, i);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c > 126) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

std::string quote(std::string_view s) {
  std::string out;
  append_quoted(out, s);
  return out;
}

// Python's repr() of a float: the shortest digits that round-trip, in fixed notation when the
// decimal exponent is in [-4, 16), else as d.ddde+XX.
void append_float_repr(std::string& out, double v) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
  size_t e = sci.find('e');
  std::string_view mantissa = sci.substr(0, e);
  int exp = std::atoi(std::string(sci.substr(e + 1)).c_str());
  bool negative = mantissa.front() == '-';
  if (negative) mantissa.remove_prefix(1);
  std::string digits;
  for (char c : mantissa)
    if (c != '.') digits += c;
  if (negative) out += '-';
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out += "0.";
      out.append(static_cast<size_t>(-exp - 1), '0');
      out += digits;
    } else if (static_cast<size_t>(exp) + 1 >= digits.size()) {
      out += digits;
      out.append(static_cast<size_t>(exp) + 1 - digits.size(), '0');
      out += ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(exp) + 1);
      out += '.';
      out += digits.substr(static_cast<size_t>(exp) + 1);
    }
  } else {
    out += digits[0];
    if (digits.size() > 1) {
      out += '.';
      out += digits.substr(1);
    }
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += buf;
  }
}

std::string make_document(long records) {
  Random rng(2024);
  const long nwords = static_cast<long>(kWords.size());
  std::string doc = "[\n  ";
  char buf[256];
  for (long i = 0; i < records; ++i) {
    std::string tags;
    for (long k = rng.next(5), j = 0; j < k; ++j) {
      if (j) tags += ", ";
      append_quoted(tags, kWords[rng.next(nwords)]);
    }
    std::string parent = rng.next(3) == 0 ? "null" : std::to_string(rng.next(i + 1));
    std::string name = quote("item " + std::to_string(i) + " " + kWords[rng.next(nwords)]);
    long units = rng.next(1000), cents = rng.next(100);
    const char* active = rng.next(2) ? "true" : "false";
    long w = rng.next(500), h = rng.next(500), scale = rng.next(1000);
    if (i) doc += ",\n  ";
    std::snprintf(buf, sizeof buf, "{\"id\": %ld, \"name\": ", i);
    doc += buf;
    doc += name;
    std::snprintf(buf, sizeof buf, ", \"price\": %ld.%02ld, \"active\": %s, \"parent\": ", units, cents, active);
    doc += buf;
    doc += parent;
    doc += ", \"tags\": [";
    doc += tags;
    std::snprintf(buf, sizeof buf, "], \"size\": {\"w\": %ld, \"h\": %ld.5, \"scale\": -%lde-3}}", w, h, scale);
    doc += buf;
  }
  doc += "\n]\n";
  return doc;
}

// ---- values --------------------------------------------------------------------

struct Stats {
  long objects = 0, arrays = 0, strings = 0, text_length = 0, int_total = 0;
  double float_total = 0.0;
  long trues = 0, nulls = 0;
};

class Value {
 public:
  virtual ~Value() = default;
  virtual void summarize(Stats& stats) const = 0;
  virtual void dump(std::string& out) const = 0;
};

using ValuePtr = std::unique_ptr<Value>;

class Object : public Value {
 public:
  explicit Object(std::vector<std::pair<std::string, ValuePtr>> members) : members_(std::move(members)) {}
  void summarize(Stats& stats) const override {
    ++stats.objects;
    for (const auto& [key, value] : members_) {
      stats.text_length += utf8_length(key);
      value->summarize(stats);
    }
  }
  void dump(std::string& out) const override {
    out += '{';
    bool first = true;
    for (const auto& [key, value] : members_) {
      if (!first) out += ", ";
      first = false;
      append_quoted(out, key);
      out += ": ";
      value->dump(out);
    }
    out += '}';
  }

 private:
  std::vector<std::pair<std::string, ValuePtr>> members_;
};

class Array : public Value {
 public:
  explicit Array(std::vector<ValuePtr> items) : items_(std::move(items)) {}
  void summarize(Stats& stats) const override {
    ++stats.arrays;
    for (const auto& item : items_) item->summarize(stats);
  }
  void dump(std::string& out) const override {
    out += '[';
    for (size_t i = 0; i < items_.size(); ++i) {
      if (i) out += ", ";
      items_[i]->dump(out);
    }
    out += ']';
  }

 private:
  std::vector<ValuePtr> items_;
};

class String : public Value {
 public:
  explicit String(std::string value) : value_(std::move(value)) {}
  void summarize(Stats& stats) const override {
    ++stats.strings;
    stats.text_length += utf8_length(value_);
  }
  void dump(std::string& out) const override { append_quoted(out, value_); }

 private:
  std::string value_;
};

class Int : public Value {
 public:
  explicit Int(long value) : value_(value) {}
  void summarize(Stats& stats) const override { stats.int_total += value_; }
  void dump(std::string& out) const override { out += std::to_string(value_); }

 private:
  long value_;
};

class Float : public Value {
 public:
  explicit Float(double value) : value_(value) {}
  void summarize(Stats& stats) const override { stats.float_total += value_; }
  void dump(std::string& out) const override { append_float_repr(out, value_); }

 private:
  double value_;
};

class Bool : public Value {
 public:
  explicit Bool(bool value) : value_(value) {}
  void summarize(Stats& stats) const override { stats.trues += value_; }
  void dump(std::string& out) const override { out += value_ ? "true" : "false"; }

 private:
  bool value_;
};

class Null : public Value {
 public:
  void summarize(Stats& stats) const override { ++stats.nulls; }
  void dump(std::string& out) const override { out += "null"; }
};

// ---- tokens --------------------------------------------------------------------

enum class Kind { Punct, String, Number, Word, End };

struct Token {
  Kind kind;
  std::string text;
  size_t pos;
};

struct ParseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> tokens;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',') {
      tokens.push_back({Kind::Punct, std::string(1, c), i});
      ++i;
    } else if (c == '"') {
      size_t start = i++;
      std::string chars;
      for (;;) {
        if (i >= n) throw ParseError("unterminated string at " + std::to_string(start));
        c = text[i];
        if (c == '"') {
          ++i;
          break;
        }
        if (c == '\\') {
          char e = text[i + 1];
          switch (e) {
            case 'u': {
              unsigned cp = 0;
              std::from_chars(text.data() + i + 2, text.data() + i + 6, cp, 16);
              append_utf8(chars, cp);
              i += 6;
              continue;
            }
            case '"':
              chars += '"';
              break;
            case '\\':
              chars += '\\';
              break;
            case '/':
              chars += '/';
              break;
            case 'b':
              chars += '\b';
              break;
            case 'f':
              chars += '\f';
              break;
            case 'n':
              chars += '\n';
              break;
            case 'r':
              chars += '\r';
              break;
            case 't':
              chars += '\t';
              break;
            default:
              throw ParseError("bad escape at " + std::to_string(i));
          }
          i += 2;
        } else {
          chars += c;
          ++i;
        }
      }
      tokens.push_back({Kind::String, std::move(chars), start});
    } else if (c == '-' || is_digit(c)) {
      size_t start = i++;
      while (i < n && (is_digit(text[i]) || text[i] == '.' || text[i] == 'e' || text[i] == 'E' || text[i] == '+' || text[i] == '-')) ++i;
      tokens.push_back({Kind::Number, text.substr(start, i - start), start});
    } else if (is_alpha(c)) {
      size_t start = i;
      while (i < n && is_alpha(text[i])) ++i;
      tokens.push_back({Kind::Word, text.substr(start, i - start), start});
    } else {
      throw ParseError("unexpected character at " + std::to_string(i));
    }
  }
  tokens.push_back({Kind::End, "", n});
  return tokens;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  ValuePtr parse_document() {
    ValuePtr value = parse_value();
    if (tokens_[pos_].kind != Kind::End) throw ParseError("trailing data");
    return value;
  }

 private:
  const Token& next() { return tokens_[pos_++]; }

  void expect(const char* text) {
    const Token& token = next();
    if (token.kind != Kind::Punct || token.text != text)
      throw ParseError(std::string("expected ") + text + " at " + std::to_string(token.pos));
  }

  ValuePtr parse_value() {
    const Token& token = next();
    switch (token.kind) {
      case Kind::Punct:
        if (token.text == "{") return parse_object();
        if (token.text == "[") return parse_array();
        break;
      case Kind::String:
        return std::make_unique<String>(token.text);
      case Kind::Number:
        if (token.text.find_first_of(".eE") != std::string::npos) {
          double v = 0;
          std::from_chars(token.text.data(), token.text.data() + token.text.size(), v);
          return std::make_unique<Float>(v);
        } else {
          long v = 0;
          std::from_chars(token.text.data(), token.text.data() + token.text.size(), v);
          return std::make_unique<Int>(v);
        }
      case Kind::Word:
        if (token.text == "true") return std::make_unique<Bool>(true);
        if (token.text == "false") return std::make_unique<Bool>(false);
        if (token.text == "null") return std::make_unique<Null>();
        break;
      case Kind::End:
        break;
    }
    throw ParseError("unexpected token at " + std::to_string(token.pos));
  }

  ValuePtr parse_object() {
    std::vector<std::pair<std::string, ValuePtr>> members;
    if (tokens_[pos_].text == "}") {
      ++pos_;
      return std::make_unique<Object>(std::move(members));
    }
    for (;;) {
      const Token& key = next();
      if (key.kind != Kind::String) throw ParseError("expected a key at " + std::to_string(key.pos));
      expect(":");
      members.emplace_back(key.text, parse_value());
      const Token& token = next();
      if (token.text == "}") return std::make_unique<Object>(std::move(members));
      if (token.text != ",") throw ParseError("expected , or } at " + std::to_string(token.pos));
    }
  }

  ValuePtr parse_array() {
    std::vector<ValuePtr> items;
    if (tokens_[pos_].text == "]") {
      ++pos_;
      return std::make_unique<Array>(std::move(items));
    }
    for (;;) {
      items.push_back(parse_value());
      const Token& token = next();
      if (token.text == "]") return std::make_unique<Array>(std::move(items));
      if (token.text != ",") throw ParseError("expected , or ] at " + std::to_string(token.pos));
    }
  }

  std::vector<Token> tokens_;
  size_t pos_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  long rounds = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1;
  std::string text = make_document(1000);
  Stats stats;
  long dumped = 0;
  for (long r = 0; r < rounds; ++r) {
    ValuePtr document = Parser(tokenize(text)).parse_document();
    document->summarize(stats);
    std::string out;
    document->dump(out);
    dumped += static_cast<long>(out.size());
  }
  std::printf("%ld rounds of %zu characters: %ld objects, %ld arrays, %ld strings (%ld characters)\n", rounds, text.size(), stats.objects,
              stats.arrays, stats.strings, stats.text_length);
  std::printf("ints %ld, floats %.6f, %ld true, %ld null, %ld characters written\n", stats.int_total, stats.float_total, stats.trues,
              stats.nulls, dumped);
  return 0;
}
