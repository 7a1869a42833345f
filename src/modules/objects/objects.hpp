// What the builtin types, the builtins and the standard modules of the evaluator share: argument
// helpers, the import-time-only object kinds (iterators, generators, ranges, slices, namespace
// views, files...), and the installers of each builtin type.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "modules/interp.hpp"
#include "modules/support/coroutine.hpp"

namespace rpy::modules {

// ---- arguments
void check_args(Interp& in, const std::string& name, const Args& a, size_t lo, size_t hi, Loc loc);
void no_kwargs(Interp& in, const std::string& name, const KwArgs& kw, Loc loc);
// Takes the keyword argument `name` out of kw (null when absent).
Ref take_kwarg(KwArgs& kw, const std::string& name);
// Positional argument i, else keyword `name`, else null.
Ref arg_or_kw(Args& a, KwArgs& kw, size_t i, const std::string& name);
bool is_str(const Ref& r);  // str or unicode
const std::string& str_arg(Interp& in, const Ref& r, const std::string& what, Loc loc);
Ref same_kind_str(const Ref& like, std::string v);  // str or unicode, as `like`
bool text_semantics(const Ref& s);                  // indexing by code point (unicode, or any str in Python 3)

// ---- iterators: every iteration goes through one of these.
struct IteratorObj : NativeObj {
  using NativeObj::NativeObj;
  virtual Ref next(Interp& in, Loc loc) = 0;  // null when exhausted
};
// Over a list (live: sees items appended while iterating), tuple, str or the keys of a dict.
struct SeqIterObj : IteratorObj {
  Ref seq;
  size_t pos = 0;
  std::vector<uint32_t> cps;  // code points of a text string
  size_t dict_size = 0;       // a dict's size when iteration began (SIZE_MAX after a change)
  uint64_t key_changes = 0;   // the dict's key_changes then
  int what = 0;               // 0 items, 1 dict keys, 2 dict values, 3 dict items, 4 set items
  SeqIterObj(const TypeInfo* t, Ref s) : IteratorObj(t), seq(std::move(s)) {}
  Ref next(Interp& in, Loc loc) override;
};
// An iterator computed by a function (lazy map, zip, itertools...).
struct FuncIterObj : IteratorObj {
  std::function<Ref(Interp&, Loc)> fn;
  bool done = false;
  FuncIterObj(const TypeInfo* t, std::function<Ref(Interp&, Loc)> f) : IteratorObj(t), fn(std::move(f)) {}
  Ref next(Interp& in, Loc loc) override;
};
// An instance whose class defines next/__next__, or __getitem__ only (the sequence protocol).
struct InstanceIterObj : IteratorObj {
  Ref obj, next_fn;
  int64_t index = -1;  // the sequence protocol's next index (-1: next_fn is used)
  InstanceIterObj(const TypeInfo* t, Ref o) : IteratorObj(t), obj(std::move(o)) {}
  Ref next(Interp& in, Loc loc) override;
};

// A generator: its body runs on a coroutine and stops at each yield.
struct GeneratorObj : IteratorObj {
  std::unique_ptr<Coroutine> co;
  std::unique_ptr<Frame> frame;  // a generator function's frame (null for generator expressions)
  std::string name;
  Ref yielded;                   // the value passed out by the last yield
  Ref sent;                      // the value send() passes in
  Ref thrown;                    // an exception throw() raises at the yield
  Frame* saved_frame = nullptr;  // the innermost frame when the body last suspended
  int saved_depth = 0;
  bool running = false;
  GeneratorObj(const TypeInfo* t, std::string n) : IteratorObj(t), name(std::move(n)) {}
  ~GeneratorObj() override;
  Ref next(Interp& in, Loc loc) override;
  Ref send(Interp& in, Ref value, Loc loc);  // null when the body ended
  Ref throw_in(Interp& in, Ref exc, Loc loc);
  void close(Interp& in, Loc loc);
  Ref yield(Interp& in, Ref value, Loc loc);  // from the body
  Interp* interp = nullptr;
};

// xrange (Python 2) / range (Python 3).
struct RangeObj : NativeObj {
  int64_t start, stop, step;
  RangeObj(const TypeInfo* t, int64_t a, int64_t b, int64_t s) : NativeObj(t), start(a), stop(b), step(s) {}
  int64_t length() const;
  int64_t at(int64_t i) const { return start + i * step; }
};

struct SliceObj : NativeObj {
  Ref start, stop, step;
  SliceObj(const TypeInfo* t, Ref a, Ref b, Ref c) : NativeObj(t), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
};

// A live dict view of a namespace: globals(), vars(m), m.__dict__, C.__dict__, obj.__dict__.
struct NamespaceObj : NativeObj {
  Ref owner;  // keeps the namespace alive
  std::unordered_map<std::string, Ref>* attrs;
  std::vector<std::string>* order;
  bool read_only = false;
  ModuleObj* module = nullptr;  // set for a module's globals
  NamespaceObj(const TypeInfo* t, Ref o, std::unordered_map<std::string, Ref>* a, std::vector<std::string>* ord)
      : NativeObj(t), owner(std::move(o)), attrs(a), order(ord) {}
  std::vector<std::string> live_keys() const;  // in order, without removed names
  void set(const std::string& k, Ref v);
  bool erase(const std::string& k);
};

// Python 3 dict views (keys(), values(), items()) and Python 2's viewkeys() etc.
struct DictViewObj : NativeObj {
  Ref dict;
  int what;  // 1 keys, 2 values, 3 items
  DictViewObj(const TypeInfo* t, Ref d, int w) : NativeObj(t), dict(std::move(d)), what(w) {}
};

// A file: rpy's own stdout/stderr, or a file opened by import-time code.
struct FileObj : NativeObj {
  std::FILE* fp = nullptr;
  std::string name, mode;
  int fd = -1;
  bool closed = false, own = true, is_std = false;
  bool softspace = false;  // Python 2's print bookkeeping
  FileObj(const TypeInfo* t) : NativeObj(t) {}
  ~FileObj() override;
};

struct SuperObj : NativeObj {
  Ref type, obj;
  Ref obj_type;       // the class whose MRO is searched: obj's class, or obj itself (a class)
  bool bind = false;  // obj is an instance of type (methods bind to it), not a subclass
  SuperObj(const TypeInfo* t, Ref ty, Ref o) : NativeObj(t), type(std::move(ty)), obj(std::move(o)) {}
};

// compile()'s result.
struct CodeObj : NativeObj {
  std::shared_ptr<syntax::Module> ast;  // compile()'s (null for a function's code)
  Ref func;                             // f.__code__ / f.func_code: the function (null for compile()'s)
  std::string filename, mode;
  uint32_t file = 0;
  CodeObj(const TypeInfo* t) : NativeObj(t) {}
};

// Any other native value with a payload (regex patterns, deques, struct formats...).
template <class T>
struct BoxObj : NativeObj {
  T value;
  template <class... A>
  explicit BoxObj(const TypeInfo* t, A&&... a) : NativeObj(t), value(std::forward<A>(a)...) {}
};

// ---- helpers shared by the builtin types
Ref new_iterator(Interp& in, std::function<Ref(Interp&, Loc)> fn);
Ref new_generator(Interp& in, const std::string& name, std::function<void(GeneratorObj&)> body);
Ref new_range(Interp& in, int64_t a, int64_t b, int64_t s);
Ref make_dict_view(Interp& in, const Ref& d, int what);
// s[lo:hi:step] of a sequence length n: the indices, in order.
void slice_indices(Interp& in, const Ref& lo, const Ref& hi, const Ref& st, int64_t n, int64_t& start, int64_t& stop, int64_t& step,
                   int64_t& count, Loc loc);
Ref sort_list(Interp& in, std::vector<Ref>& items, const Ref& cmp, const Ref& key, bool reverse, Loc loc);
Ref new_file(Interp& in, std::FILE* fp, const std::string& name, const std::string& mode, bool own);

// ---- formatting (objects/format.cpp)
Ref format_value(Interp& in, const Ref& v, const std::string& spec, Loc loc);
// Python 2's format(v, spec) where one of value and spec is unicode and the other is not: a
// unicode spec gives a unicode result (numbers and str encode it as ASCII first, other objects
// format unicode(v)); a str spec of a unicode value is decoded as ASCII.
Ref format_mixed_text27(Interp& in, const Ref& v, bool unicode_spec, const std::string& spec, Loc loc);
Ref percent_format(Interp& in, const Ref& fmt, const Ref& arg, Loc loc);
Ref str_format(Interp& in, const Ref& fmt, const std::vector<Ref>& args, const Ref& kwargs, bool map, Loc loc);

// ---- str.translate and maketrans (objects/translate.cpp)
void install_translate(Interp& in, TypeInfo* t);   // t.translate (str, unicode, bytes)
Ref str_maketrans3(Interp& in, Args& a, Loc loc);  // Python 3's str.maketrans
Ref bytes_maketrans3(Interp& in, Args& a, Loc loc);
// The 256-byte table of string.maketrans (Python 2) and bytes.maketrans (ValueError for unequal lengths).
std::string byte_translation_table(Interp& in, const std::string& from, const std::string& to, Loc loc);

// ---- installers, one per builtin type (objects/*.cpp)
void install_int_type(Interp& in, TypeInfo* int_t, TypeInfo* long_t, TypeInfo* bool_t);
void install_float_type(Interp& in, TypeInfo* t);
void install_str_type(Interp& in, TypeInfo* str_t, TypeInfo* unicode_t, TypeInfo* bytes_t);
void install_list_type(Interp& in, TypeInfo* t);
void install_tuple_type(Interp& in, TypeInfo* t);
void install_dict_type(Interp& in, TypeInfo* t);
void install_set_type(Interp& in, TypeInfo* set_t, TypeInfo* frozenset_t);
void install_function_types(Interp& in);
void install_iter_types(Interp& in);
void install_file_type(Interp& in, TypeInfo* t);
void install_exceptions(Interp& in, ModuleObj& builtins);

// ---- numbers (objects/int.cpp, objects/float.cpp)
// The result of a numeric operator, or null when the operands are not numbers of this kind.
Ref int_binary(Interp& in, syntax::BinOp op, const Ref& a, const Ref& b, Loc loc);
Ref float_binary(Interp& in, syntax::BinOp op, double x, double y, Loc loc);
Ref int_pow(Interp& in, const Ref& a, const Ref& b, const Ref& mod, Loc loc);
Ref int_from_string(Interp& in, const std::string& text, int base, bool as_long, Loc loc);
// int()/float() of a Python 2 unicode read it as python2.7's PyUnicode_EncodeDecimal gives it:
// decimal digits as ASCII, whitespace as ' ', code points below 256 as bytes (UnicodeEncodeError
// for any other), as the runtime's rpy::u_decimal27.
std::string py2_decimal_text(Interp& in, const std::string& text, Loc loc);
Ref int_from_float(Interp& in, double d, Loc loc);
std::string int_repr(const Ref& v);  // with Python 2's L suffix for longs
std::string int_to_base(const BigInt& v, int base, bool py2_octal);
double parse_float(Interp& in, const std::string& text, Loc loc);
Ref float_round(Interp& in, double x, const Ref& ndigits, Loc loc);

}  // namespace rpy::modules
