// A program put through rpy's real front end for the unit tests of later stages: the source is
// written to a scratch folder named after the running test, imported (module-level code runs) and
// annotated from its `entry_point`. The stages under test read graphs(); the folder is removed
// when the object goes.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "annotate/annotator.hpp"
#include "common/diagnostics.hpp"
#include "modules/loader.hpp"

namespace rpy::unit {

class AnnotatedProgram {
 public:
  // `source` is the whole module; `tag` names the scratch folder (rpy_TAG_SEED_TEST).
  AnnotatedProgram(const std::string& source, const std::string& tag)
      : dir_(std::filesystem::temp_directory_path() /
             ("rpy_" + tag + "_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name())),
        diags_(sm_) {
    std::filesystem::create_directories(dir_);
    std::filesystem::path file = dir_ / "prog.py";
    std::ofstream(file) << source;
    loader_ = std::make_unique<modules::Loader>(sm_, diags_, std::vector<std::string>{dir_.string()});
    modules::ModuleObj* mod = loader_->load_main(file.string());
    ann_ = std::make_unique<annotate::Annotator>(loader_->interp(), diags_);
    ok_ = mod && ann_->run(mod->attrs.at("entry_point"));
  }
  ~AnnotatedProgram() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  AnnotatedProgram(const AnnotatedProgram&) = delete;
  AnnotatedProgram& operator=(const AnnotatedProgram&) = delete;

  // Whether import and annotation succeeded without an error.
  bool ok() const { return ok_ && !diags_.has_errors(); }
  const std::vector<ir::Graph*>& graphs() const { return ann_->graphs(); }

 private:
  std::filesystem::path dir_;
  SourceManager sm_;
  Diagnostics diags_;
  std::unique_ptr<modules::Loader> loader_;
  std::unique_ptr<annotate::Annotator> ann_;
  bool ok_ = false;
};

}  // namespace rpy::unit
