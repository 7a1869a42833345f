// rpython.rlib.rsignal in translated code: calls of the runtime's signal functions
// (runtime/signals.cpp).
#include "annotate/annotator.hpp"
#include "codegen/emitter.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using ir::Expr;

std::string Emitter::call_signal_builtin(Expr& e) {
  std::vector<Expr*> a = builtin_args(e);
  std::vector<TypeRef> to(a.size(), tt.integer());
  std::string fn;
  bool returns_none = false;
  switch (static_cast<BuiltinId>(e.builtin_id)) {
    case BuiltinId::SigIgnore:
      fn = "rpy::sig_ignore", returns_none = true;
      break;
    case BuiltinId::SigDefault:
      fn = "rpy::sig_default", returns_none = true;
      break;
    case BuiltinId::SigSetflag:
    case BuiltinId::SigReinstall:
      fn = "rpy::sig_setflag", returns_none = true;
      break;
    case BuiltinId::SigPushback:
      fn = "rpy::sig_pushback", returns_none = true;
      break;
    case BuiltinId::SigPoll:
      fn = "rpy::sig_poll";
      break;
    case BuiltinId::SigSetWakeupFd:
      fn = "rpy::sig_set_wakeup_fd";
      break;
    case BuiltinId::SigAlarm:
      fn = "rpy::sig_alarm";
      break;
    case BuiltinId::SigPause:
      fn = "rpy::sig_pause";
      break;
    default:
      fn = "rpy::sig_siginterrupt";
      break;
  }
  std::string call = ordered_call(*this, fn, a, to, "");
  return returns_none ? "(" + call + ", nullptr)" : call;
}

}  // namespace rpy::codegen
