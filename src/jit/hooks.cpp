// codegen::JitHooks for --opt=jit: runs the codewriter when codegen is ready, prints the merge
// points and the tables.
#include <cstdio>

#include "jit/codewriter.hpp"
#include "codegen/emitter.hpp"
#include "jit/jit.hpp"
#include "jit/tables.hpp"

namespace rpy::jit {

namespace {

class Hooks : public codegen::JitHooks {
 public:
  Hooks(annotate::Annotator& ann, const SourceManager& sm, Diagnostics& diags, JitOptions o)
      : ann_(ann), sm_(sm), diags_(diags), opts_(o) {}

  void prepare(codegen::Emitter& em) override {
    cw_ = std::make_unique<Codewriter>(ann_, em, sm_, diags_);
    ok_ = cw_->run();
    if (ok_ && opts_.dump) std::fputs(dump_jitcode(*cw_).c_str(), stdout);
  }
  std::string declarations() override { return ok_ ? "extern rpy::jit::DriverDescr rpy_jit_drivers[];\n" : ""; }
  bool is_portal(const ir::Graph& g) const override { return ok_ && cw_->is_portal(&g); }
  std::string merge_point(codegen::Emitter&, ir::Expr& call) override {
    for (size_t i = 0; i < cw_->drivers.size(); ++i)
      if (cw_->drivers[i].merge_call == &call) return merge_point_code(*cw_, i);
    return "nullptr";
  }
  std::string set_param(codegen::Emitter& em, ir::Expr& call) override {
    std::vector<ir::Expr*> a = codegen::builtin_args(call);
    if (a.size() != 3 || a[1]->op != ir::ExprOp::Const || !a[1]->value || a[1]->value->kind != modules::ObjKind::Str) {
      diags_.error(call.loc, "set_param takes a driver (or None), a constant parameter name and a value");
      return "nullptr";
    }
    int driver = -1;
    if (a[0]->op == ir::ExprOp::Const && a[0]->value && a[0]->value->kind == modules::ObjKind::Instance)
      driver = cw_ ? cw_->driver_index(a[0]->value.get()) : -1;
    std::string name = a[1]->value->as<modules::StrObj>()->value;
    TypeRef vt = a[2]->type;
    bool is_str = vt && (vt->kind == annotate::TypeKind::Str || vt->kind == annotate::TypeKind::Char);
    std::string value = is_str ? em.expr_as(*a[2], em.tt.str()) : em.expr_as(*a[2], em.tt.integer());
    return std::string(is_str ? "rpy::jit::set_param_str(" : "rpy::jit::set_param(") + std::to_string(driver) + ", " + em.str_const(name) +
           ", " + value + ")";
  }
  std::string tables(codegen::Emitter&) override {
    if (!ok_) return "static void rpy_jit_init() {}\n";
    return emit_tables(*cw_);
  }

 private:
  annotate::Annotator& ann_;
  const SourceManager& sm_;
  Diagnostics& diags_;
  JitOptions opts_;
  std::unique_ptr<Codewriter> cw_;
  bool ok_ = false;
};

}  // namespace

std::unique_ptr<codegen::JitHooks> make_hooks(annotate::Annotator& ann, const SourceManager& sm, Diagnostics& diags, JitOptions opts) {
  return std::make_unique<Hooks>(ann, sm, diags, opts);
}

}  // namespace rpy::jit
