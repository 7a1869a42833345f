// time at import time: clocks, sleep, and the struct_time conversions.
#include <ctime>
#include <thread>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

static double now(clockid_t c) {
  timespec ts;
  clock_gettime(c, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

static Ref struct_time(const std::tm& t) {
  int wday = (t.tm_wday + 6) % 7;  // Python: Monday is 0
  return make_tuple({make_int(t.tm_year + 1900), make_int(t.tm_mon + 1), make_int(t.tm_mday), make_int(t.tm_hour), make_int(t.tm_min),
                     make_int(t.tm_sec), make_int(wday), make_int(t.tm_yday + 1), make_int(t.tm_isdst)});
}

static std::tm to_tm(Interp& in, const Ref& v, Loc loc) {
  auto f = in.iterate(v, loc);
  if (f.size() != 9) in.raise("TypeError", "time tuple must have exactly 9 elements", loc);
  std::tm t{};
  t.tm_year = static_cast<int>(in.to_int(f[0], loc)) - 1900;
  t.tm_mon = static_cast<int>(in.to_int(f[1], loc)) - 1;
  t.tm_mday = static_cast<int>(in.to_int(f[2], loc));
  t.tm_hour = static_cast<int>(in.to_int(f[3], loc));
  t.tm_min = static_cast<int>(in.to_int(f[4], loc));
  t.tm_sec = static_cast<int>(in.to_int(f[5], loc));
  t.tm_wday = (static_cast<int>(in.to_int(f[6], loc)) + 1) % 7;
  t.tm_yday = static_cast<int>(in.to_int(f[7], loc)) - 1;
  t.tm_isdst = static_cast<int>(in.to_int(f[8], loc));
  return t;
}

void install_module_time(Interp& in, ModuleObj& m) {
  def_function(m, "time", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_float(now(CLOCK_REALTIME)); });
  def_function(m, "clock", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_float(now(CLOCK_PROCESS_CPUTIME_ID)); });
  def_function(m, "process_time", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_float(now(CLOCK_PROCESS_CPUTIME_ID)); });
  def_function(m, "perf_counter", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_float(now(CLOCK_MONOTONIC)); });
  def_function(m, "monotonic", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_float(now(CLOCK_MONOTONIC)); });
  def_function(m, "sleep", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    double s = in.to_float(a.at(0), loc);
    if (s < 0) in.raise("ValueError", "sleep length must be non-negative", loc);
    std::this_thread::sleep_for(std::chrono::duration<double>(s));
    return none();
  });
  for (auto [name, local] : {std::pair{"localtime", true}, {"gmtime", false}}) {
    bool loc_tz = local;
    def_function(m, name, [loc_tz](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      std::time_t t = a.empty() || is_none(a[0]) ? std::time(nullptr) : static_cast<std::time_t>(in.to_float(a[0], loc));
      std::tm tm{};
      if (loc_tz)
        localtime_r(&t, &tm);
      else
        gmtime_r(&t, &tm);
      return struct_time(tm);
    });
  }
  def_function(m, "mktime", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::tm t = to_tm(in, a.at(0), loc);
    return make_float(static_cast<double>(std::mktime(&t)));
  });
  def_function(m, "strftime", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& fmt = str_arg(in, a.at(0), "strftime() argument 1", loc);
    std::tm t{};
    if (a.size() > 1) {
      t = to_tm(in, a[1], loc);
    } else {
      std::time_t now_t = std::time(nullptr);
      localtime_r(&now_t, &t);
    }
    char buf[1024];
    size_t n = std::strftime(buf, sizeof buf, fmt.c_str(), &t);
    return make_str(std::string(buf, n));
  });
  for (const char* name : {"asctime", "ctime"}) {
    bool is_ctime = std::string(name) == "ctime";
    def_function(m, name, [is_ctime](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      std::tm t{};
      if (is_ctime || a.empty()) {
        std::time_t tt = a.empty() || is_none(a[0]) ? std::time(nullptr) : static_cast<std::time_t>(in.to_float(a[0], loc));
        localtime_r(&tt, &t);
      } else {
        t = to_tm(in, a[0], loc);
      }
      char buf[64];
      std::strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &t);
      return make_str(buf);
    });
  }
  // In a script these read the clock of the running program, not the translator's.
  for (const char* name : {"time", "clock", "process_time", "perf_counter", "monotonic", "sleep", "localtime", "gmtime", "strftime",
                           "asctime", "ctime"}) {
    auto* b = m.attrs.at(name)->as<BuiltinObj>();
    BuiltinFn inner = std::move(b->fn);
    std::string what = std::string("calls time.") + name + "()";
    b->fn = [inner, what](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      in.run_time_only(loc, what);
      return inner(in, a, kw, loc);
    };
  }
  tzset();
  m.set("timezone", make_int(timezone));
  m.set("altzone", make_int(timezone - 3600));
  m.set("daylight", make_int(daylight));
  m.set("tzname", make_tuple({make_str(tzname[0]), make_str(tzname[1])}));
  (void)in;
}

}  // namespace rpy::modules
