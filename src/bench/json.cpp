#include "bench/json.hpp"

#include <cstdlib>

namespace rpy::bench::json {

const Value* Value::get(const std::string& key) const {
  if (kind != Object) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &it->second;
}

namespace {
struct Parser {
  const std::string& s;
  size_t i = 0;
  std::string err;
  int depth = 0;

  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
  }
  bool fail(const std::string& m) {
    if (err.empty()) err = m + " at offset " + std::to_string(i);
    return false;
  }
  bool lit(const char* w) {
    size_t n = std::char_traits<char>::length(w);
    if (s.compare(i, n, w) != 0) return fail("invalid literal");
    i += n;
    return true;
  }
  bool str(std::string& out) {
    if (s[i] != '"') return fail("expected string");
    ++i;
    while (i < s.size() && s[i] != '"') {
      char c = s[i++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i >= s.size()) return fail("bad escape");
      char e = s[i++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          if (i + 4 > s.size()) return fail("bad \\u escape");
          unsigned cp = unsigned(std::strtoul(s.substr(i, 4).c_str(), nullptr, 16));
          i += 4;
          if (cp < 0x80)
            out += char(cp);
          else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
          } else {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
          }
          break;
        }
        default:
          out += e;
      }
    }
    if (i >= s.size()) return fail("unterminated string");
    ++i;
    return true;
  }
  bool value(Value& v) {
    if (++depth > 200) return fail("nesting too deep");
    ws();
    if (i >= s.size()) return fail("unexpected end");
    char c = s[i];
    bool ok = true;
    if (c == '{') {
      v.kind = Value::Object;
      ++i;
      ws();
      if (i < s.size() && s[i] == '}') {
        ++i;
        --depth;
        return true;
      }
      while (ok) {
        ws();
        std::string k;
        if (i >= s.size() || !str(k)) return fail("expected key");
        ws();
        if (i >= s.size() || s[i] != ':') return fail("expected ':'");
        ++i;
        if (!value(v.obj[k])) return false;
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == '}') {
          ++i;
          break;
        }
        return fail("expected ',' or '}'");
      }
    } else if (c == '[') {
      v.kind = Value::Array;
      ++i;
      ws();
      if (i < s.size() && s[i] == ']') {
        ++i;
        --depth;
        return true;
      }
      while (true) {
        v.arr.emplace_back();
        if (!value(v.arr.back())) return false;
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == ']') {
          ++i;
          break;
        }
        return fail("expected ',' or ']'");
      }
    } else if (c == '"') {
      v.kind = Value::String;
      ok = str(v.str);
    } else if (c == 't') {
      v.kind = Value::Bool;
      v.b = true;
      ok = lit("true");
    } else if (c == 'f') {
      v.kind = Value::Bool;
      ok = lit("false");
    } else if (c == 'n') {
      ok = lit("null");
    } else {
      const char* start = s.c_str() + i;
      char* end = nullptr;
      v.kind = Value::Number;
      v.num = std::strtod(start, &end);
      if (end == start) return fail("unexpected character");
      i += size_t(end - start);
    }
    --depth;
    return ok;
  }
};
}  // namespace

bool parse(const std::string& text, Value& out, std::string& error) {
  Parser p{text, 0, {}, 0};
  out = Value{};
  if (!p.value(out)) {
    error = p.err;
    return false;
  }
  p.ws();
  if (p.i != text.size()) {
    error = "trailing characters at offset " + std::to_string(p.i);
    return false;
  }
  return true;
}

}  // namespace rpy::bench::json
