// bf.cpp: bench/programs/bf.py in C++: the same compilation to (operation, argument) pairs
// (runs of + - < > folded, [-] as a clear, bracket partners precomputed) and the same loop.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

enum class Op { Add, Move, Output, Input, JumpIfZero, JumpUnlessZero, Clear };

struct Instruction {
  Op op;
  long arg;
};

constexpr size_t kTapeSize = 30000;

bool is_command(char c) {
  switch (c) {
    case '+':
    case '-':
    case '<':
    case '>':
    case '.':
    case ',':
    case '[':
    case ']':
      return true;
    default:
      return false;
  }
}

std::vector<Instruction> compile_program(const std::string& source) {
  std::string commands;
  for (char c : source)
    if (is_command(c)) commands += c;
  std::vector<Instruction> code;
  std::vector<size_t> open_brackets;
  const size_t n = commands.size();
  size_t i = 0;
  while (i < n) {
    char c = commands[i];
    bool arith = c == '+' || c == '-';
    if (arith || c == '<' || c == '>') {
      long total = 0;
      for (; i < n; ++i) {
        char d = commands[i];
        bool d_arith = d == '+' || d == '-';
        if (!(d_arith || d == '<' || d == '>') || d_arith != arith) break;
        total += (d == '+' || d == '>') ? 1 : -1;
      }
      code.push_back({arith ? Op::Add : Op::Move, total});
      continue;
    }
    if (c == '[' && i + 2 < n && commands[i + 1] == '-' && commands[i + 2] == ']') {
      code.push_back({Op::Clear, 0});
      i += 3;
      continue;
    }
    if (c == '.') {
      code.push_back({Op::Output, 0});
    } else if (c == ',') {
      code.push_back({Op::Input, 0});
    } else if (c == '[') {
      open_brackets.push_back(code.size());
      code.push_back({Op::JumpIfZero, 0});
    } else if (c == ']') {
      if (open_brackets.empty()) throw std::runtime_error("unmatched ]");
      size_t start = open_brackets.back();
      open_brackets.pop_back();
      code[start].arg = static_cast<long>(code.size());
      code.push_back({Op::JumpUnlessZero, static_cast<long>(start)});
    }
    ++i;
  }
  if (!open_brackets.empty()) throw std::runtime_error("unmatched [");
  return code;
}

std::string run(const std::vector<Instruction>& code) {
  std::vector<std::uint8_t> tape(kTapeSize, 0);
  std::string output;
  size_t pos = 0;
  const size_t n = code.size();
  for (size_t pc = 0; pc < n; ++pc) {
    const Instruction& in = code[pc];
    switch (in.op) {
      case Op::Add:
        tape[pos] = static_cast<std::uint8_t>(tape[pos] + in.arg);
        break;
      case Op::Move:
        pos += static_cast<size_t>(in.arg);
        break;
      case Op::JumpIfZero:
        if (tape[pos] == 0) pc = static_cast<size_t>(in.arg);
        break;
      case Op::JumpUnlessZero:
        if (tape[pos] != 0) pc = static_cast<size_t>(in.arg);
        break;
      case Op::Clear:
      case Op::Input:
        tape[pos] = 0;
        break;
      case Op::Output:
        output += static_cast<char>(tape[pos]);
        break;
    }
  }
  return output;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PROGRAM.b\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::perror(argv[1]);
    return 1;
  }
  std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string out = run(compile_program(source));
  long checksum = 0;
  for (char c : out) checksum = (checksum * 31 + static_cast<unsigned char>(c)) % 1000000007;
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::printf("%zu bytes of output, checksum %ld\n", out.size(), checksum);
  return 0;
}
