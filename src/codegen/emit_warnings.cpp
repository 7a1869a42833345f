// warnings.warn in translated code (annotate/warnings_rules.cpp): a call of rpy::warnings_warn
// (runtime/traceback.cpp) with the message, the stacklevel and the call's constant site: the
// category's name, the filters' actions, the call's file and line, the main script's path.
#include <filesystem>

#include "annotate/annotator.hpp"
#include "codegen/emitter.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::codegen {

using ir::Expr;

namespace {

std::string warn_c_literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

std::string Emitter::call_warn(Expr& e) {
  annotate::WarnCall w = annotate::bind_warn_call(e);
  modules::Interp& in = ann.interp();
  modules::Ref cat = w.category ? w.category->value : nullptr;
  if (!cat || cat->kind != modules::ObjKind::Class) cat = in.builtin_class("UserWarning");
  annotate::WarnPlan p = annotate::warn_plan(in, cat, e.loc);
  // Python shows the paths of modules absolute, and the script's too since 3.9 (Python 2.7: as
  // given on its command line). A relative path rpy holds is relative to the folder rpy ran in.
  std::error_code ec;
  std::string base = std::filesystem::current_path(ec).string();
  if (ec) base.clear();
  if (base.empty() || base.back() != '/') base += '/';
  std::string site = "rpy::WarnSite{" + warn_c_literal(p.category) + ", " + std::to_string(p.action_main) + ", " +
                     std::to_string(p.action_other) + ", " + warn_c_literal(sm_.file(e.loc.file).path) + ", " + std::to_string(e.loc.line) +
                     ", " + warn_c_literal(in.loader().main_path) + ", " + warn_c_literal(base) + ", " + (is_python2() ? "false" : "true") +
                     "}";
  // Python's order: the message, then the stacklevel (the category is a constant).
  std::string m = fresh("rpy_wmsg"), l = fresh("rpy_wlvl");
  std::string code = "({ auto " + m + " = " + expr_as(*w.message, tt.str()) + "; ";
  code += "int64_t " + l + " = " + (w.stacklevel ? expr_as(*w.stacklevel, tt.integer()) : std::string("1")) + "; ";
  return code + "rpy::warnings_warn(" + m + ", " + l + ", " + site + "); nullptr; })";
}

}  // namespace rpy::codegen
