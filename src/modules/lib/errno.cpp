// errno: the error numbers and their names.
#include <cerrno>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

void install_module_errno(Interp& in, ModuleObj& m) {
  (void)in;
  static const std::pair<const char*, int> codes[] = {
      {"EPERM", EPERM},
      {"ENOENT", ENOENT},
      {"ESRCH", ESRCH},
      {"EINTR", EINTR},
      {"EIO", EIO},
      {"ENXIO", ENXIO},
      {"E2BIG", E2BIG},
      {"ENOEXEC", ENOEXEC},
      {"EBADF", EBADF},
      {"ECHILD", ECHILD},
      {"EAGAIN", EAGAIN},
      {"ENOMEM", ENOMEM},
      {"EACCES", EACCES},
      {"EFAULT", EFAULT},
      {"EBUSY", EBUSY},
      {"EEXIST", EEXIST},
      {"EXDEV", EXDEV},
      {"ENODEV", ENODEV},
      {"ENOTDIR", ENOTDIR},
      {"EISDIR", EISDIR},
      {"EINVAL", EINVAL},
      {"ENFILE", ENFILE},
      {"EMFILE", EMFILE},
      {"ENOTTY", ENOTTY},
      {"EFBIG", EFBIG},
      {"ENOSPC", ENOSPC},
      {"ESPIPE", ESPIPE},
      {"EROFS", EROFS},
      {"EMLINK", EMLINK},
      {"EPIPE", EPIPE},
      {"EDOM", EDOM},
      {"ERANGE", ERANGE},
      {"EWOULDBLOCK", EWOULDBLOCK},
      {"ENOTEMPTY", ENOTEMPTY},
      {"ENOSYS", ENOSYS},
      {"ETIMEDOUT", ETIMEDOUT},
      {"ECONNREFUSED", ECONNREFUSED},
      {"ECONNRESET", ECONNRESET},
      {"EINPROGRESS", EINPROGRESS},
  };
  auto names = std::make_shared<DictObj>();
  for (auto [n, v] : codes) {
    m.set(n, make_int(v));
    if (names->find(make_int(v)) < 0) names->set(make_int(v), make_str(n));
  }
  m.set("errorcode", names);
}

}  // namespace rpy::modules
