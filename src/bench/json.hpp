// A small JSON reader (enough for hyperfine/rpy bench JSON exports, used by --baseline).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace rpy::bench::json {

struct Value {
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  bool b = false;
  double num = 0;
  std::string str;
  std::vector<Value> arr;
  std::map<std::string, Value> obj;
  const Value* get(const std::string& key) const;
};

// Returns false and sets `error` on malformed input.
bool parse(const std::string& text, Value& out, std::string& error);

}  // namespace rpy::bench::json
