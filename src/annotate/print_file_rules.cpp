// print(a, b, sep=S, end=E, file=f) of a text file the program opened (a local): Python writes
// str(a), S, str(b), E to f. The call becomes f.write(FMT % (a, b)) where FMT is "%s" per argument
// joined by S and followed by E ('%s' is str() in both dialects), so the file's own write method
// does the writing. sep and end must be constant strings (or None); the file must be a local, so
// reading it before the arguments changes nothing.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;

static bool const_text(const Expr& x, const std::string& dflt, std::string& out) {
  if (x.op != ExprOp::Const || !x.value) return false;
  if (x.value->kind == m::ObjKind::None) {
    out = dflt;
    return true;
  }
  if (x.value->kind != m::ObjKind::Str) return false;
  out = x.value->as<m::StrObj>()->value;
  return true;
}

static std::string percent_escaped(const std::string& s) {
  std::string r;
  for (char c : s) r += c == '%' ? std::string("%%") : std::string(1, c);
  return r;
}

TypeRef Annotator::print_to_file(Expr& e, ir::Graph& g) {
  const size_t nkw = e.kwnames.size(), npos = e.args.size() - 1 - nkw;
  std::string sep = " ", end = "\n";
  Expr* file = nullptr;
  for (size_t i = 0; i < nkw; ++i) {
    const std::string& k = e.kwnames[i];
    Expr& v = *e.args[1 + npos + i];
    if (k == "file")
      file = &v;
    else if (k == "sep" ? !const_text(v, " ", sep) : k == "end" ? !const_text(v, "\n", end) : k != "flush")
      return nullptr;
  }
  if (!file || file->op != ExprOp::Local || !file->type || file->type->kind != TypeKind::File || file->type->bits == 8 ||
      file->type->nullable)
    return nullptr;
  std::string fmt;
  auto tuple = std::make_unique<Expr>(ExprOp::MakeTuple, e.loc);
  for (size_t i = 0; i < npos; ++i) {
    fmt += (i ? percent_escaped(sep) : "") + "%s";
    tuple->args.push_back(std::move(e.args[1 + i]));
  }
  fmt += percent_escaped(end);
  auto text = std::make_unique<Expr>(ExprOp::BinOp, e.loc);
  text->binop = syntax::BinOp::Mod;
  auto lit = std::make_unique<Expr>(ExprOp::Const, e.loc);
  lit->value = m::make_str(fmt);
  text->args.push_back(std::move(lit));
  text->args.push_back(std::move(tuple));
  auto write = std::make_unique<Expr>(ExprOp::GetAttr, file->loc);
  write->attr = "write";
  write->args.push_back(std::make_unique<Expr>(std::move(*file)));
  Expr call(ExprOp::Call, e.loc);
  call.args.push_back(std::move(write));
  call.args.push_back(std::move(text));
  e = std::move(call);
  changed_ = true;
  return expr(e, g);
}

}  // namespace rpy::annotate
