// keyword: kwlist and iskeyword(s), the reserved words of the program's dialect (Python 2.7's
// include print and exec; Python 3's True, False, None, nonlocal, async and await).
#include <algorithm>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

namespace {

const std::vector<std::string>& kwlist(int python) {
  static const std::vector<std::string> py2 = {"and",   "as",     "assert", "break", "class",   "continue", "def",  "del",
                                               "elif",  "else",   "except", "exec",  "finally", "for",      "from", "global",
                                               "if",    "import", "in",     "is",    "lambda",  "not",      "or",   "pass",
                                               "print", "raise",  "return", "try",   "while",   "with",     "yield"};
  static const std::vector<std::string> py3 = {"False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
                                               "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
                                               "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
                                               "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
  return python == 2 ? py2 : py3;
}

}  // namespace

bool is_keyword(int python, const std::string& name) {
  const auto& kws = kwlist(python);
  return std::find(kws.begin(), kws.end(), name) != kws.end();
}

void install_module_keyword(Interp& in, ModuleObj& m) {
  std::vector<Ref> words;
  for (auto& w : kwlist(in.python())) words.push_back(make_str(w));
  m.set("kwlist", make_list(words));
  def_function(m, "iskeyword", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    no_kwargs(in, "iskeyword", kw, loc);
    check_args(in, "iskeyword", a, 1, 1, loc);
    return make_bool(is_str(a[0]) && is_keyword(in.python(), a[0]->as<StrObj>()->value));
  });
}

}  // namespace rpy::modules
