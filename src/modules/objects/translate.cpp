// str.translate and the maketrans functions in both dialects. Two kinds of table:
// - a byte table, 256 bytes (Python 2's str with string.maketrans, Python 3's bytes with
//   bytes.maketrans), plus bytes to delete;
// - a mapping from code points (Python 3's str with str.maketrans, Python 2's unicode): each
//   code point is looked up; a LookupError keeps it, None deletes it, an int or a string
//   replaces it.
#include "modules/objects/objects.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

std::string byte_translation_table(Interp& in, const std::string& from, const std::string& to, Loc loc) {
  if (from.size() != to.size()) in.raise("ValueError", "maketrans arguments must have same length", loc);
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return table;
}

namespace {

const std::string& text_of(const Ref& r) { return r->as<StrObj>()->value; }

// The bytes argument of a Python 3 bytes method ("a bytes-like object is required, not 'str'").
const std::string& bytes_arg(Interp& in, const Ref& r, Loc loc) {
  Ref u = Interp::unwrap(r);
  if (!is_bytes(u)) in.raise("TypeError", "a bytes-like object is required, not '" + type_name(r) + "'", loc);
  return text_of(u);
}

Ref translate_bytes(Interp& in, const Ref& self, const Ref& table, const Ref& deletechars, Loc loc) {
  bool py3 = in.python() == 3;
  const std::string* t = nullptr;
  if (!is_none(table)) {
    Ref u = Interp::unwrap(table);
    if (py3)
      t = &bytes_arg(in, u, loc);
    else if (is_str(u))
      t = &text_of(u);
    else
      in.raise("TypeError", "expected a string or other character buffer object", loc);
    if (t->size() != 256) in.raise("ValueError", "translation table must be 256 characters long", loc);
  }
  std::string del;
  if (deletechars) {
    Ref d = Interp::unwrap(deletechars);
    if (py3)
      del = bytes_arg(in, d, loc);
    else if (is_str(d))
      del = text_of(d);
    else
      in.raise("TypeError", "expected a string or other character buffer object", loc);
  }
  std::string out;
  for (unsigned char c : text_of(self)) {
    if (del.find(static_cast<char>(c)) != std::string::npos) continue;
    out += t ? (*t)[c] : static_cast<char>(c);
  }
  return same_kind_str(self, std::move(out));
}

Ref translate_mapping(Interp& in, const Ref& self, const Ref& table, Loc loc) {
  bool py3 = in.python() == 3;
  std::string out;
  for (uint32_t c : utf8_decode(text_of(self))) {
    Ref r;
    try {
      r = in.subscript(table, make_int(c), loc);
    } catch (PyException& e) {
      if (!in.exception_matches(e.value, in.builtin_class("LookupError"))) throw;
      utf8_append(out, c);
      continue;
    }
    Ref u = Interp::unwrap(r);
    if (is_none(u)) continue;
    if (is_integer(u)) {
      BigInt v = integer_value(u);
      if (v.negative() || BigInt::compare(v, BigInt(0x10ffff)) > 0)
        // python2.7's message shows its unformatted "%lx"
        in.raise(py3 ? "ValueError" : "TypeError",
                 py3 ? "character mapping must be in range(0x110000)" : "character mapping must be in range(0x%lx)", loc);
      utf8_append(out, static_cast<uint32_t>(v.to_int64()));
    } else if (py3 ? is_str(u) && !is_bytes(u) : u->kind == ObjKind::Unicode) {
      out += text_of(u);
    } else {
      in.raise("TypeError",
               py3 ? "character mapping must return integer, None or str" : "character mapping must return integer, None or unicode", loc);
    }
  }
  return same_kind_str(self, std::move(out));
}

}  // namespace

void install_translate(Interp& in, TypeInfo* t) {
  in.def_method(t, "translate", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref self = a.at(0);
    Ref table = a.size() > 1 ? a[1] : nullptr;
    Ref del = a.size() > 2 ? a[2] : nullptr;
    for (auto& [name, value] : kw)
      if (name == "delete" && is_bytes(self))
        del = value;
      else
        in.raise("TypeError", "translate() takes no keyword arguments", loc);
    if (!table) in.raise("TypeError", "translate() takes at least 1 argument (0 given)", loc);
    bool bytes_like = in.python() == 2 ? self->kind == ObjKind::Str : is_bytes(self);
    if (bytes_like && in.python() == 2 && Interp::unwrap(table)->kind == ObjKind::Unicode && !del)  // str.translate(unicode table)
      return translate_mapping(in, make_unicode(text_of(in.call_method(self, "decode", {make_str("ascii")}, loc))), table, loc);
    if (bytes_like) return translate_bytes(in, self, table, del, loc);
    if (del) in.raise("TypeError", "translate() takes exactly one argument (2 given)", loc);
    return translate_mapping(in, self, table, loc);
  });
}

Ref str_maketrans3(Interp& in, Args& a, Loc loc) {
  auto d = std::make_shared<DictObj>();
  if (a.size() == 1) {
    Ref src = Interp::unwrap(a[0]);
    if (src->kind != ObjKind::Dict) in.raise("TypeError", "if you give only one argument to maketrans it must be a dict", loc);
    auto* s = src->as<DictObj>();
    for (size_t i = 0; i < s->keys.size(); ++i) {
      Ref k = Interp::unwrap(s->keys[i]);
      if (is_str(k) && !is_bytes(k)) {
        auto cps = utf8_decode(text_of(k));
        if (cps.size() != 1) in.raise("ValueError", "string keys in translate table must be of length 1", loc);
        k = make_int(cps[0]);
      } else if (!is_integer(k)) {
        in.raise("TypeError", "keys in translate table must be strings or integers", loc);
      }
      d->set(k, s->values[i], in.key_ops());
    }
    return d;
  }
  if (a.size() < 2 || a.size() > 3) in.raise("TypeError", "maketrans expected at most 3 arguments, got " + std::to_string(a.size()), loc);
  for (size_t i = 0; i < a.size(); ++i)
    if (Ref u = Interp::unwrap(a[i]); !is_str(u) || is_bytes(u))
      in.raise("TypeError", "maketrans() argument " + std::to_string(i + 1) + " must be str, not " + type_name(a[i]), loc);
  auto x = utf8_decode(text_of(Interp::unwrap(a[0]))), y = utf8_decode(text_of(Interp::unwrap(a[1])));
  if (x.size() != y.size()) in.raise("ValueError", "the first two maketrans arguments must have equal length", loc);
  for (size_t i = 0; i < x.size(); ++i) d->set(make_int(x[i]), make_int(y[i]), in.key_ops());
  if (a.size() > 2)
    for (uint32_t c : utf8_decode(text_of(Interp::unwrap(a[2])))) d->set(make_int(c), none(), in.key_ops());
  return d;
}

Ref bytes_maketrans3(Interp& in, Args& a, Loc loc) {
  if (a.size() != 2) in.raise("TypeError", "maketrans expected 2 arguments, got " + std::to_string(a.size()), loc);
  return make_bytes(byte_translation_table(in, bytes_arg(in, a[0], loc), bytes_arg(in, a[1], loc), loc));
}

}  // namespace rpy::modules
