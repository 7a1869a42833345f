// rpython.rlib.rsignal in translated code: the C functions RPython's module declares (the
// pypysig_* flags protocol, alarm, pause, siginterrupt), each taking and returning ints.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

using ir::Expr;

bool is_signal_builtin(BuiltinId id) { return id >= BuiltinId::SigIgnore && id <= BuiltinId::SigSiginterrupt; }

TypeRef Annotator::call_signal_builtin(BuiltinId id, Expr& e, std::vector<TypeRef>& args) {
  size_t want = id == BuiltinId::SigPoll || id == BuiltinId::SigPause ? 0 : id == BuiltinId::SigSiginterrupt ? 2 : 1;
  std::string name = builtin_name(id);
  name = name.substr(name.rfind('.') + 1);
  if (!e.kwnames.empty() || args.size() != want) {
    error(e.loc, name + "() takes " + std::to_string(want) + " argument" + (want == 1 ? "" : "s") + " (" +
                     std::to_string(args.size() - e.kwnames.size()) + " given" + (e.kwnames.empty() ? "" : ", and keyword arguments") +
                     ")");
    return tt_.impossible();
  }
  for (size_t i = 0; i < args.size(); ++i)
    if (!imp(args[i]) && !is_intlike(args[i])) {
      error(e.args.size() > i + 1 ? e.args[i + 1]->loc : e.loc, name + "() takes ints, not " + describe(args[i]));
      return tt_.impossible();
    }
  switch (id) {
    case BuiltinId::SigIgnore:
    case BuiltinId::SigDefault:
    case BuiltinId::SigSetflag:
    case BuiltinId::SigReinstall:
    case BuiltinId::SigPushback:
      return tt_.none();
    default:
      return tt_.integer();
  }
}

}  // namespace rpy::annotate
