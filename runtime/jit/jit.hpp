// What a program translated with --opt=jit calls (docs/JIT.md 4.3): the merge point protocol
// between the compiled interpreter and the JIT, and the program's registration.
#pragma once
#include "jit/iterators.hpp"
#include "jit/jitcode.hpp"

namespace rpy {
struct BaseException;
struct Str;
}  // namespace rpy

namespace rpy::jit {

// Whether merge_point may do anything: the compiled portal tests it inline first, so that a
// program whose JIT is off (RPY_JIT=off) pays one predictable branch per merge point.
extern bool enabled;

// Called once at start-up, after the prebuilt objects exist (the constant pools are filled).
void register_program(Program* p);

// The compiled portal reached the merge point of `d`. values: the greens then the reds, one
// word each. Returns kGoOn (nothing ran), kReenter (the JIT ran: continue at the merge point with
// the new values), kReturn (the portal returned: its result is in values[0...]), or kRaise (the
// portal raised: reraise_pending()).
int merge_point(DriverDescr* d, Word* values);

// rpython.rlib.jit.set_param(driver, name, value): driver is an index into the program's drivers,
// or -1 for all of them. An unknown name is ignored, as PyPy does.
void set_param(int driver, rpy::Str* name, int64_t value);
void set_param_str(int driver, rpy::Str* name, rpy::Str* value);

// Raises the exception that ended a kRaise run.
[[noreturn]] void reraise_pending();

}  // namespace rpy::jit
