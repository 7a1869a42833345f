// Everything a generated program includes.
#pragma once
#include "rpy/builtins.hpp"
#include "rpy/core.hpp"
#include "rpy/dict.hpp"
#include "rpy/exceptions.hpp"
#include "rpy/file.hpp"
#include "rpy/format.hpp"
#include "rpy/ints.hpp"
#include "rpy/io.hpp"
#include "rpy/iter.hpp"
#include "rpy/list.hpp"
#include "rpy/percent.hpp"
#include "rpy/str.hpp"
