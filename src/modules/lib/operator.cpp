// operator: the operators as functions, and itemgetter, attrgetter, methodcaller.
#include <cstring>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

using syntax::BinOp;
using syntax::CmpOp;
using syntax::UnaryOp;

namespace {

struct Getter {
  std::vector<Ref> keys;  // items or dotted attribute names
  std::string method;
  Args args;
  KwArgs kwargs;
};
using GetterObj = BoxObj<Getter>;

Ref dotted_attr(Interp& in, Ref obj, const std::string& path, Loc loc) {
  size_t i = 0;
  while (true) {
    size_t j = path.find('.', i);
    obj = in.get_attr(obj, path.substr(i, j == std::string::npos ? std::string::npos : j - i), loc);
    if (j == std::string::npos) return obj;
    i = j + 1;
  }
}

}  // namespace

void install_module_operator(Interp& in, ModuleObj& m) {
  bool py2 = in.python() == 2;
  struct Bin {
    const char* name;
    BinOp op;
  };
  static const Bin bins[] = {{"add", BinOp::Add},      {"sub", BinOp::Sub},   {"mul", BinOp::Mul},       {"floordiv", BinOp::FloorDiv},
                             {"mod", BinOp::Mod},      {"pow", BinOp::Pow},   {"lshift", BinOp::LShift}, {"rshift", BinOp::RShift},
                             {"and_", BinOp::BitAnd},  {"or_", BinOp::BitOr}, {"xor", BinOp::BitXor},    {"concat", BinOp::Add},
                             {"matmul", BinOp::MatMul}};
  for (auto& b : bins) {
    BinOp op = b.op;
    def_function(m, b.name, [op](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "operator function", a, 2, 2, loc);
      return in.binary(op, a[0], a[1], loc);
    });
    std::string iname = std::string("i") + b.name;
    if (iname.back() == '_') iname.pop_back();
    def_function(m, iname, [op](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "operator function", a, 2, 2, loc);
      return in.inplace(op, a[0], a[1], loc);
    });
    def_function(
        m, std::string("__") + (b.name[std::strlen(b.name) - 1] == '_' ? std::string(b.name, std::strlen(b.name) - 1) : b.name) + "__",
        [op](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.binary(op, a.at(0), a.at(1), loc); });
  }
  // Division: `div` is / of the dialect (floor on ints in Python 2), truediv always true division.
  def_function(m, "truediv", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "truediv", a, 2, 2, loc);
    return in.binary(BinOp::TrueDiv, a[0], a[1], loc);
  });
  if (py2)
    def_function(m, "div", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.binary(BinOp::Div, a.at(0), a.at(1), loc); });
  for (auto [name, op] : {std::pair{"neg", UnaryOp::Neg}, {"pos", UnaryOp::Pos}, {"invert", UnaryOp::Invert}, {"inv", UnaryOp::Invert}}) {
    UnaryOp o = op;
    def_function(m, name, [o](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.unary(o, a.at(0), loc); });
  }
  def_function(m, "not_", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(!in.truth(a.at(0), loc)); });
  def_function(m, "truth", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(in.truth(a.at(0), loc)); });
  def_function(m, "abs", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.call(in.builtin_class("abs"), a, {}, loc); });
  def_function(m, "index", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_int(in.to_index(a.at(0), loc)); });
  for (auto [name, op] : {std::pair{"eq", CmpOp::Eq},
                          {"ne", CmpOp::NotEq},
                          {"lt", CmpOp::Lt},
                          {"le", CmpOp::LtE},
                          {"gt", CmpOp::Gt},
                          {"ge", CmpOp::GtE},
                          {"is_", CmpOp::Is},
                          {"is_not", CmpOp::IsNot}}) {
    CmpOp o = op;
    def_function(m, name, [o](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "comparison", a, 2, 2, loc);
      return in.rich_compare(o, a[0], a[1], loc);
    });
    std::string n = name;
    if (n.back() != '_')
      def_function(m, "__" + n + "__",
                   [o](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.rich_compare(o, a.at(0), a.at(1), loc); });
  }
  def_function(m, "contains", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(in.contains(a.at(0), a.at(1), loc)); });
  if (py2) {
    def_function(m, "sequenceIncludes",
                 [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(in.contains(a.at(0), a.at(1), loc)); });
    def_function(m, "isCallable",
                 [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.call(in.builtin_class("callable"), a, {}, loc); });
  }
  def_function(m, "countOf", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t n = 0;
    for (auto& x : in.iterate(a.at(0), loc))
      if (in.eq(x, a.at(1), loc)) ++n;
    return make_int(n);
  });
  def_function(m, "indexOf", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t i = 0;
    for (auto& x : in.iterate(a.at(0), loc)) {
      if (in.eq(x, a.at(1), loc)) return make_int(i);
      ++i;
    }
    in.raise("ValueError", "sequence.index(x): x not in sequence", loc);
  });
  def_function(m, "getitem", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.subscript(a.at(0), a.at(1), loc); });
  def_function(m, "setitem", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.set_item(a.at(0), a.at(1), a.at(2), loc);
    return none();
  });
  def_function(m, "delitem", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.del_item(a.at(0), a.at(1), loc);
    return none();
  });

  TypeInfo* ig = in.new_type("itemgetter", nullptr, "operator");
  TypeInfo* ag = in.new_type("attrgetter", nullptr, "operator");
  TypeInfo* mc = in.new_type("methodcaller", nullptr, "operator");
  ig->type_obj->as<BuiltinObj>()->fn = [ig](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) in.raise("TypeError", "itemgetter expected 1 arguments, got 0", loc);
    auto g = std::make_shared<GetterObj>(ig);
    g->value.keys = a;
    return g;
  };
  in.def_method(ig, "__call__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& g = static_cast<GetterObj*>(a[0].get())->value;
    if (g.keys.size() == 1) return in.subscript(a.at(1), g.keys[0], loc);
    std::vector<Ref> out;
    for (auto& k : g.keys) out.push_back(in.subscript(a.at(1), k, loc));
    return make_tuple(out);
  });
  ag->type_obj->as<BuiltinObj>()->fn = [ag](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) in.raise("TypeError", "attrgetter expected 1 arguments, got 0", loc);
    for (auto& k : a) str_arg(in, k, "attribute name", loc);
    auto g = std::make_shared<GetterObj>(ag);
    g->value.keys = a;
    return g;
  };
  in.def_method(ag, "__call__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& g = static_cast<GetterObj*>(a[0].get())->value;
    if (g.keys.size() == 1) return dotted_attr(in, a.at(1), g.keys[0]->as<StrObj>()->value, loc);
    std::vector<Ref> out;
    for (auto& k : g.keys) out.push_back(dotted_attr(in, a.at(1), k->as<StrObj>()->value, loc));
    return make_tuple(out);
  });
  mc->type_obj->as<BuiltinObj>()->fn = [mc](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (a.empty()) in.raise("TypeError", "methodcaller needs at least one argument, the method name", loc);
    auto g = std::make_shared<GetterObj>(mc);
    g->value.method = str_arg(in, a[0], "method name", loc);
    g->value.args.assign(a.begin() + 1, a.end());
    g->value.kwargs = kw;
    return g;
  };
  in.def_method(mc, "__call__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& g = static_cast<GetterObj*>(a[0].get())->value;
    return in.call(in.get_attr(a.at(1), g.method, loc), g.args, g.kwargs, loc);
  });
  m.set("itemgetter", ig->type_obj);
  m.set("attrgetter", ag->type_obj);
  m.set("methodcaller", mc->type_obj);
}

}  // namespace rpy::modules
