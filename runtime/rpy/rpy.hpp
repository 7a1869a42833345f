// Everything a generated program includes.
#pragma once
#include <cctype>
#include <cmath>
#include <tuple>

#include "rpy/builtins.hpp"
#include "rpy/bytearray.hpp"
#include "rpy/core.hpp"
#include "rpy/counter.hpp"
#include "rpy/defaultdict.hpp"
#include "rpy/odict.hpp"
#include "rpy/deque.hpp"
#include "rpy/dict.hpp"
#include "rpy/dict_order.hpp"
#include "rpy/exceptions.hpp"
#include "rpy/file.hpp"
#include "rpy/finalize.hpp"
#include "rpy/format.hpp"
#include "rpy/ints.hpp"
#include "rpy/io.hpp"
#include "rpy/iter.hpp"
#include "rpy/list.hpp"
#include "rpy/num_io.hpp"
#include "rpy/opt.hpp"
#include "rpy/percent.hpp"
#include "rpy/sized_int.hpp"
#include "rpy/str.hpp"
