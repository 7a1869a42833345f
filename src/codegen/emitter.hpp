// Code generation: prints C++ from the annotated IR. Every expression's type and every call's
// target were resolved by the annotator; the emitter only chooses spellings.
#pragma once
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotate/annotator.hpp"
#include "ir/ir.hpp"

namespace rpy::codegen {

using annotate::TypeRef;

struct EmitOptions {
  bool line_directives = true;  // #line so debuggers and profilers show the .py lines
  bool tracebacks = true;       // record frames for Python-style tracebacks
};

class Emitter {
 public:
  Emitter(annotate::Annotator& ann, const SourceManager& sm, EmitOptions opts);
  std::string emit_program();

  // --- shared by the emit_*.cpp files
  std::string ctype(TypeRef t);             // C++ type of a value of type t
  std::string default_value(TypeRef t);     // zero value of that type
  std::string expr(ir::Expr& e);            // C++ expression
  std::string convert(const std::string& code, TypeRef from, TypeRef to);  // implicit conversion
  std::string expr_as(ir::Expr& e, TypeRef to) { return convert(expr(e), e.type, to); }
  std::string truth(ir::Expr& e);           // Python truth value as a C++ bool
  std::string const_value(const modules::Ref& v, TypeRef t, Loc loc);
  std::string str_const(const std::string& bytes);
  std::string call(ir::Expr& e);
  std::string call_builtin(ir::Expr& e);
  std::string emit_binop(ir::Expr& e);
  std::string emit_compare(ir::Expr& e);
  std::string to_str_code(ir::Expr& e);     // str(x) as a Str*
  void stmt(ir::Stmt& s);
  void block(ir::Block& b);
  void line(const std::string& code);
  void mark(Loc loc);                        // #line + current-line bookkeeping
  std::string fresh(const std::string& prefix) { return prefix + std::to_string(++counter_); }
  std::string var_name(const ir::Var* v);
  std::string class_name(annotate::ClassDef* c) { return c->c_name; }
  std::string method_slot(annotate::ClassDef* cls, const std::string& name);
  void fail(Loc loc, const std::string& msg);

  annotate::Annotator& ann;
  annotate::TypeTable& tt;

 private:
  void emit_classes();
  void emit_class(annotate::ClassDef* c);
  void emit_prebuilt();
  void emit_function(ir::Graph& g);
  void emit_prototype(ir::Graph& g, bool decl);
  void emit_main();
  void collect_vslots();

  const SourceManager& sm_;
  EmitOptions opts_;
  std::ostringstream head_, strings_, body_;
  std::ostringstream* out_ = nullptr;
  int indent_ = 1;
  int counter_ = 0;
  std::unordered_map<std::string, std::string> str_consts_;
  std::unordered_map<const modules::Obj*, std::string> prebuilt_names_;
  ir::Graph* cur_graph_ = nullptr;
  std::vector<std::string> loop_labels_;  // break targets ("" = plain break)
  uint32_t cur_line_ = 0;
  uint32_t cur_file_ = 0;
  // Virtual method slots: (declaring class, name) -> signature info.
  struct VSlot {
    annotate::ClassDef* cls;
    std::string name;
    std::vector<TypeRef> params;  // excluding self
    TypeRef ret;
  };
  std::map<std::pair<annotate::ClassDef*, std::string>, VSlot> vslots_;
  friend struct StmtEmitter;
};

// Entry point: the whole program as one C++ translation unit.
std::string generate_cpp(annotate::Annotator& ann, const SourceManager& sm, EmitOptions opts, Diagnostics& diags);

}  // namespace rpy::codegen
