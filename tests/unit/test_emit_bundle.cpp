// Unit tests for the outer frame of bundled programs (codegen/emit_bundle.hpp); that a bundle
// gives every program the result it has alone is tests/bundling/check.py's job.
#include <gtest/gtest.h>

#include <string>

#include "codegen/emit_bundle.hpp"

using namespace rpy::codegen;

TEST(EmitBundle, NamesAreIdentifierCharacters) {
  EXPECT_TRUE(valid_bundle_name("p0"));
  EXPECT_TRUE(valid_bundle_name("Prog_12"));
  EXPECT_TRUE(valid_bundle_name(std::string(64, 'a')));
  EXPECT_FALSE(valid_bundle_name(""));
  EXPECT_FALSE(valid_bundle_name(std::string(65, 'a')));
  EXPECT_FALSE(valid_bundle_name("a-b"));
  EXPECT_FALSE(valid_bundle_name("a.b"));
  EXPECT_FALSE(valid_bundle_name("a b"));
  EXPECT_FALSE(valid_bundle_name("../x"));
}

TEST(EmitBundle, AProgramAloneIsUnchanged) {
  EXPECT_EQ(bundle_wrap("", "int x;\n"), "int x;\n");
  EXPECT_EQ(program_main_name(""), "main");
  EXPECT_EQ(runtime_include("").rfind("#include \"rpy/rpy.hpp\"", 0), 0u);
}

TEST(EmitBundle, APartIsInItsNamespaceWithoutTheRuntimeInclude) {
  EXPECT_EQ(bundle_wrap("p3", "int x;\n"), "namespace rpy_bundle_p3 {\nint x;\n}  // namespace rpy_bundle_p3\n");
  EXPECT_EQ(program_main_name("p3"), "rpy_program_main");
  std::string inc = runtime_include("p3");
  EXPECT_EQ(inc.find("#include"), std::string::npos);
  EXPECT_EQ(inc.back(), '\n');
  EXPECT_EQ(inc.find('\n'), inc.size() - 1);  // one line, as in a program alone (#line numbering)
}

TEST(EmitBundle, TheDispatcherIncludesTheRuntimeFirstThenEachPart) {
  std::string d = bundle_dispatcher({"p0", "p1"});
  size_t runtime = d.find("#include \"rpy/rpy.hpp\"");
  size_t p0 = d.find("#include \"p0.cpp\"");
  size_t p1 = d.find("#include \"p1.cpp\"");
  ASSERT_NE(runtime, std::string::npos);
  EXPECT_EQ(d.find("#include"), runtime);
  ASSERT_NE(p0, std::string::npos);
  ASSERT_NE(p1, std::string::npos);
  EXPECT_LT(runtime, p0);
  EXPECT_LT(p0, p1);
  EXPECT_NE(d.find("{\"p0\", rpy_bundle_p0::rpy_program_main}"), std::string::npos);
  EXPECT_NE(d.find("{\"p1\", rpy_bundle_p1::rpy_program_main}"), std::string::npos);
  EXPECT_NE(d.find("getenv(\"RPY_BUNDLE_PROGRAM\")"), std::string::npos);
  // The variable is gone before the program starts.
  EXPECT_LT(d.find("unsetenv(\"RPY_BUNDLE_PROGRAM\")"), d.find("return p.main(argc, argv)"));
}
