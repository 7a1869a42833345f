// Splits locals into webs (definitions that reach a common use): one type per variable where
// control flow merges, as RPython's SSA-based annotator gives.
#pragma once
#include "ir/ir.hpp"

namespace rpy::ir {
void split_webs(Graph& g);
}
