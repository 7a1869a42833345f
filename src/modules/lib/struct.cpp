// struct: pack, unpack, calcsize and Struct, with native alignment for '@' and the standard
// sizes and byte orders of '=', '<', '>', '!'.
#include <cmath>
#include <cstring>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

namespace {

struct Field {
  char code;
  size_t count;  // repeat count, or the length of an 's'/'p' field
  size_t offset;
  size_t size;  // of one item
};

struct Layout {
  std::vector<Field> fields;
  size_t size = 0;
  bool little = true;
  size_t nvalues = 0;
};

size_t item_size(char c, bool native) {
  switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
      return 1;
    case 'h':
    case 'H':
    case 'e':
      return 2;
    case 'i':
    case 'I':
    case 'f':
      return 4;
    case 'l':
    case 'L':
      return native ? sizeof(long) : 4;
    case 'q':
    case 'Q':
    case 'd':
      return 8;
    case 'n':
    case 'N':
    case 'P':
      return native ? 8 : 0;
    default:
      return 0;
  }
}

[[noreturn]] void struct_error(Interp& in, const std::string& msg, Loc loc) {
  Ref err = in.get_attr(in.loader().import_module("struct", loc), "error", loc);
  in.raise_value(in.call(err, {make_str(msg)}, {}, loc), loc);
}

Layout parse_format(Interp& in, const std::string& fmt, Loc loc) {
  Layout l;
  size_t i = 0;
  bool native = true;
  if (!fmt.empty() && std::strchr("@=<>!", fmt[0])) {
    native = fmt[0] == '@';
    l.little = fmt[0] == '@' || fmt[0] == '=' || fmt[0] == '<';
    ++i;
  }
  while (i < fmt.size()) {
    if (std::isspace(static_cast<unsigned char>(fmt[i]))) {
      ++i;
      continue;
    }
    size_t count = 1;
    bool has_count = false;
    if (std::isdigit(static_cast<unsigned char>(fmt[i]))) {
      count = 0;
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) count = count * 10 + static_cast<size_t>(fmt[i++] - '0');
      has_count = true;
      if (i >= fmt.size()) struct_error(in, "repeat count given without format specifier", loc);
    }
    char c = fmt[i++];
    size_t sz = item_size(c, native);
    if (sz == 0) struct_error(in, "bad char in struct format", loc);
    if (native && c != 's' && c != 'p' && c != 'x' && sz > 1) l.size = (l.size + sz - 1) / sz * sz;
    if (c == 's' || c == 'p') {
      l.fields.push_back({c, count, l.size, 1});
      l.size += count;
      ++l.nvalues;
    } else {
      l.fields.push_back({c, count, l.size, sz});
      l.size += sz * count;
      if (c != 'x') l.nvalues += count;
    }
    (void)has_count;
  }
  return l;
}

void put_uint(std::string& out, size_t off, uint64_t v, size_t size, bool little) {
  for (size_t k = 0; k < size; ++k) {
    size_t shift = little ? k : size - 1 - k;
    out[off + k] = static_cast<char>((v >> (8 * shift)) & 0xff);
  }
}

uint64_t get_uint(const std::string& in, size_t off, size_t size, bool little) {
  uint64_t v = 0;
  for (size_t k = 0; k < size; ++k) {
    size_t shift = little ? k : size - 1 - k;
    v |= static_cast<uint64_t>(static_cast<unsigned char>(in[off + k])) << (8 * shift);
  }
  return v;
}

bool is_signed_code(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'; }

Ref pack(Interp& in, const Layout& l, const Args& vals, size_t first, Loc loc) {
  if (vals.size() - first != l.nvalues)
    struct_error(in, "pack expected " + std::to_string(l.nvalues) + " items for packing (got " + std::to_string(vals.size() - first) + ")",
                 loc);
  std::string out(l.size, '\0');
  size_t vi = first;
  for (auto& f : l.fields) {
    if (f.code == 'x') continue;
    if (f.code == 's' || f.code == 'p') {
      const std::string& s = str_arg(in, vals[vi++], "argument for 's'", loc);
      size_t n = std::min(s.size(), f.code == 'p' ? (f.count ? f.count - 1 : 0) : f.count);
      size_t at = f.offset + (f.code == 'p' ? 1 : 0);
      std::memcpy(&out[at], s.data(), n);
      if (f.code == 'p' && f.count) out[f.offset] = static_cast<char>(std::min<size_t>(n, 255));
      continue;
    }
    for (size_t k = 0; k < f.count; ++k) {
      const Ref& v = vals[vi++];
      size_t off = f.offset + k * f.size;
      if (f.code == 'c') {
        if (!is_str(v) || v->as<StrObj>()->value.size() != 1) struct_error(in, "char format requires a bytes object of length 1", loc);
        out[off] = v->as<StrObj>()->value[0];
      } else if (f.code == 'f' || f.code == 'd') {
        double d = in.to_float(v, loc);
        if (f.code == 'f') {
          float x = static_cast<float>(d);
          if (std::isinf(x) && std::isfinite(d)) in.raise("OverflowError", "float too large to pack with f format", loc);
          uint32_t bits;
          std::memcpy(&bits, &x, 4);
          put_uint(out, off, bits, 4, l.little);
        } else {
          uint64_t bits;
          std::memcpy(&bits, &d, 8);
          put_uint(out, off, bits, 8, l.little);
        }
      } else if (f.code == '?') {
        out[off] = in.truth(v, loc) ? 1 : 0;
      } else {
        Ref iv = v;
        if (!is_integer(Interp::unwrap(v))) {
          if (v->kind == ObjKind::Float) struct_error(in, "required argument is not an integer", loc);
          iv = make_int(in.to_index(v, loc));
        }
        BigInt b = integer_value(Interp::unwrap(iv));
        size_t bits = 8 * f.size;
        bool sgn = is_signed_code(f.code);
        BigInt lo = sgn ? -BigInt(1).shl(bits - 1) : BigInt(0);
        BigInt hi = sgn ? BigInt(1).shl(bits - 1) - BigInt(1) : BigInt(1).shl(bits) - BigInt(1);
        if (BigInt::compare(b, lo) < 0 || BigInt::compare(b, hi) > 0) {
          bool py2 = in.python() == 2;
          switch (f.code) {
            case 'b':
              struct_error(in, "byte format requires -128 <= number <= 127", loc);
            case 'B':
              struct_error(in, "ubyte format requires 0 <= number <= 255", loc);
            case 'h':
              struct_error(in,
                           py2 ? "short format requires SHRT_MIN <= number <= SHRT_MAX" : "short format requires -32768 <= number <= 32767",
                           loc);
            case 'H':
              struct_error(in, py2 ? "ushort format requires 0 <= number <= USHRT_MAX" : "ushort format requires 0 <= number <= 65535",
                           loc);
            case 'i':
              struct_error(in, "'i' format requires -2147483648 <= number <= 2147483647", loc);
            default:
              struct_error(in, py2 ? std::string("integer out of range for '") + f.code + "' format code" : "argument out of range", loc);
          }
        }
        put_uint(out, off, b.low_u64(), f.size, l.little);
      }
    }
  }
  return make_str(out);
}

Ref unpack(Interp& in, const Layout& l, const std::string& data, size_t offset, Loc loc) {
  if (data.size() < offset + l.size || (offset == 0 && data.size() != l.size))
    struct_error(in,
                 in.python() == 2 ? "unpack requires a string argument of length " + std::to_string(l.size)
                                  : "unpack requires a buffer of " + std::to_string(l.size) + " bytes",
                 loc);
  std::vector<Ref> out;
  for (auto& f : l.fields) {
    size_t base = offset + f.offset;
    if (f.code == 'x') continue;
    if (f.code == 's') {
      out.push_back(make_str(data.substr(base, f.count)));
      continue;
    }
    if (f.code == 'p') {
      size_t n = f.count ? std::min<size_t>(static_cast<unsigned char>(data[base]), f.count - 1) : 0;
      out.push_back(make_str(data.substr(base + 1, n)));
      continue;
    }
    for (size_t k = 0; k < f.count; ++k) {
      size_t off = base + k * f.size;
      if (f.code == 'c') {
        out.push_back(make_str(std::string(1, data[off])));
      } else if (f.code == 'f') {
        uint32_t bits = static_cast<uint32_t>(get_uint(data, off, 4, l.little));
        float x;
        std::memcpy(&x, &bits, 4);
        out.push_back(make_float(x));
      } else if (f.code == 'd') {
        uint64_t bits = get_uint(data, off, 8, l.little);
        double d;
        std::memcpy(&d, &bits, 8);
        out.push_back(make_float(d));
      } else if (f.code == '?') {
        out.push_back(make_bool(data[off] != 0));
      } else {
        uint64_t u = get_uint(data, off, f.size, l.little);
        if (is_signed_code(f.code)) {
          size_t bits = 8 * f.size;
          int64_t s = bits == 64 ? static_cast<int64_t>(u) : static_cast<int64_t>(u << (64 - bits)) >> (64 - bits);
          out.push_back(in.make_integer(BigInt(s), false));
        } else {
          out.push_back(in.make_integer(BigInt::from_u64(u), false));
        }
      }
    }
  }
  return make_tuple(out);
}

using StructObj = BoxObj<std::pair<std::string, Layout>>;

}  // namespace

void install_module_struct(Interp& in, ModuleObj& m) {
  auto err = std::make_shared<DictObj>();
  err->set(make_str("__module__"), make_str("struct"));
  m.set("error", in.create_class(nullptr, "error", {in.builtin_class("Exception")}, *err, &m, {}));
  def_function(m, "calcsize", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_int(static_cast<int64_t>(parse_format(in, str_arg(in, a.at(0), "format", loc), loc).size));
  });
  def_function(m, "pack", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) in.raise("TypeError", "pack expected at least 1 argument", loc);
    return pack(in, parse_format(in, str_arg(in, a[0], "format", loc), loc), a, 1, loc);
  });
  def_function(m, "unpack", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "unpack", a, 2, 2, loc);
    return unpack(in, parse_format(in, str_arg(in, a[0], "format", loc), loc), str_arg(in, a[1], "buffer", loc), 0, loc);
  });
  def_function(m, "unpack_from", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref off = arg_or_kw(a, kw, 2, "offset");
    Layout l = parse_format(in, str_arg(in, a.at(0), "format", loc), loc);
    const std::string& data = str_arg(in, a.at(1), "buffer", loc);
    size_t o = off ? static_cast<size_t>(in.to_int(off, loc)) : 0;
    if (data.size() < o + l.size) struct_error(in, "unpack_from requires a buffer of at least " + std::to_string(l.size) + " bytes", loc);
    return unpack(in, l, data.substr(0, o + l.size), o, loc);
  });
  TypeInfo* st = in.new_type("Struct", nullptr, "struct");
  st->type_obj->as<BuiltinObj>()->fn = [st](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::string fmt = str_arg(in, a.at(0), "format", loc);
    return std::make_shared<StructObj>(st, fmt, parse_format(in, fmt, loc));
  };
  in.def_method(st, "pack", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return pack(in, static_cast<StructObj*>(a[0].get())->value.second, a, 1, loc);
  });
  in.def_method(st, "unpack", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return unpack(in, static_cast<StructObj*>(a[0].get())->value.second, str_arg(in, a.at(1), "buffer", loc), 0, loc);
  });
  in.def_method(st, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& v = static_cast<StructObj*>(a[0].get())->value;
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "size") return make_int(static_cast<int64_t>(v.second.size));
    if (n == "format") return make_str(v.first);
    in.raise("AttributeError", "'Struct' object has no attribute '" + n + "'", loc);
  });
  m.set("Struct", st->type_obj);
}

}  // namespace rpy::modules
