// Everything a generated program includes.
#pragma once
#include "rpy/core.hpp"
#include "rpy/exceptions.hpp"
#include "rpy/ints.hpp"
#include "rpy/io.hpp"
#include "rpy/list.hpp"
#include "rpy/str.hpp"
