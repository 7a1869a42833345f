// --dump-types: the inferred types of every function, variable, class attribute.
#pragma once
#include <string>

#include "annotate/annotator.hpp"

namespace rpy::annotate {
std::string dump_types(Annotator& ann);
}
