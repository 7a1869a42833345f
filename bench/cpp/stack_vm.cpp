// stack_vm.cpp: bench/programs/stack_vm.py in C++: the same assembly text, assembled by the
// same two passes into a vector of ints, run by a VM with an operand stack and call frames.
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

const std::vector<std::string> kOpcodes = {"push", "load",   "store",     "add",  "sub", "mul", "mod", "lt",  "eq",
                                           "jump", "jumpif", "jumpifnot", "call", "ret", "pop", "dup", "halt"};
enum Opcode { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, EQ, JUMP, JUMPIF, JUMPIFNOT, CALL, RET, POP, DUP, HALT };

const char* const kSource = R"(
; main(n): total = sum(fib(15 + i % 10) + gcd(i, 360) for i in range(n))
main:   .locals 3           ; 0 = n, 1 = i, 2 = total
        push 0
        store 1
        push 0
        store 2
loop:   load 1
        load 0
        lt
        jumpifnot done
        load 2
        push 15
        load 1
        push 10
        mod
        add
        call fib
        add
        load 1
        push 360
        call gcd
        add
        store 2
        load 1
        push 1
        add
        store 1
        jump loop
done:   load 2
        halt

; fib(n): the recursive definition
fib:    .args 1
        load 0
        push 2
        lt
        jumpif small
        load 0
        push 1
        sub
        call fib
        load 0
        push 2
        sub
        call fib
        add
        ret
small:  load 0
        ret

; gcd(a, b): Euclid's loop
gcd:    .args 2
again:  load 1
        push 0
        eq
        jumpif found
        load 1
        load 0
        load 1
        mod
        store 1
        store 0
        jump again
found:  load 0
        ret
)";

struct AssemblyError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Function {
  std::string name;
  long address;
  int args = 0;
  int locals = 0;
};

struct Program {
  std::vector<long> code;
  std::vector<Function> functions;
};

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> words_of(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

long floor_mod(long a, long b) {
  long r = a % b;
  return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}

Program assemble(const std::string& source) {
  std::vector<std::string> lines;
  std::istringstream in(source);
  for (std::string raw; std::getline(in, raw);) {
    std::string line = trim(raw.substr(0, raw.find(';')));
    if (!line.empty()) lines.push_back(line);
  }
  std::unordered_map<std::string, long> labels;
  std::unordered_map<std::string, long> by_name;
  Program program;
  long address = 0;
  std::vector<std::vector<std::string>> statements;
  for (std::string line : lines) {
    size_t colon = line.find(':');
    if (colon != std::string::npos) {
      std::string label = trim(line.substr(0, colon));
      line = trim(line.substr(colon + 1));
      labels[label] = address;
      if (line.rfind('.', 0) == 0) {  // a label with a directive starts a function
        program.functions.push_back({label, address});
        by_name[label] = static_cast<long>(program.functions.size()) - 1;
      }
    }
    if (line.empty()) continue;
    if (line[0] == '.') {
      auto w = words_of(line);
      if (w[0] == ".args") {
        program.functions.back().args = std::stoi(w[1]);
        program.functions.back().locals = std::stoi(w[1]);
      } else if (w[0] == ".locals") {
        program.functions.back().locals = std::stoi(w[1]);
      } else {
        throw AssemblyError("unknown directive " + w[0]);
      }
      continue;
    }
    statements.push_back(words_of(line));
    address += 2;
  }
  for (const auto& words : statements) {
    long op = -1;
    for (size_t k = 0; k < kOpcodes.size(); ++k)
      if (kOpcodes[k] == words[0]) op = static_cast<long>(k);
    if (op < 0) throw AssemblyError("unknown instruction " + words[0]);
    long arg = 0;
    if (words.size() > 1) {
      if (op == CALL)
        arg = by_name.at(words[1]);
      else if (op == JUMP || op == JUMPIF || op == JUMPIFNOT)
        arg = labels.at(words[1]);
      else
        arg = std::stol(words[1]);
    }
    program.code.push_back(op);
    program.code.push_back(arg);
  }
  return program;
}

struct Frame {
  std::vector<long> locals;
  long return_pc;

  Frame(const Function& f, long ret, std::vector<long>& stack) : locals(static_cast<size_t>(f.locals), 0), return_pc(ret) {
    for (int i = f.args - 1; i >= 0; --i) {
      locals[static_cast<size_t>(i)] = stack.back();
      stack.pop_back();
    }
  }
};

class VM {
 public:
  explicit VM(const Program& program) : program_(program) {}

  long run(long entry, long argument) {
    const std::vector<long>& code = program_.code;
    const std::vector<Function>& functions = program_.functions;
    Frame frame(functions[entry], -1, stack_);
    frame.locals[0] = argument;
    long pc = functions[entry].address;
    long executed = 0;
    auto pop = [this] {
      long v = stack_.back();
      stack_.pop_back();
      return v;
    };
    for (;;) {
      long op = code[pc], arg = code[pc + 1];
      pc += 2;
      ++executed;
      switch (op) {
        case LOAD:
          stack_.push_back(frame.locals[arg]);
          break;
        case PUSH:
          stack_.push_back(arg);
          break;
        case STORE:
          frame.locals[arg] = pop();
          break;
        case ADD: {
          long b = pop();
          stack_.back() += b;
          break;
        }
        case SUB: {
          long b = pop();
          stack_.back() -= b;
          break;
        }
        case MUL: {
          long b = pop();
          stack_.back() *= b;
          break;
        }
        case MOD: {
          long b = pop();
          stack_.back() = floor_mod(stack_.back(), b);
          break;
        }
        case LT: {
          long b = pop();
          stack_.back() = stack_.back() < b ? 1 : 0;
          break;
        }
        case EQ: {
          long b = pop();
          stack_.back() = stack_.back() == b ? 1 : 0;
          break;
        }
        case JUMP:
          pc = arg;
          break;
        case JUMPIF:
          if (pop() != 0) pc = arg;
          break;
        case JUMPIFNOT:
          if (pop() == 0) pc = arg;
          break;
        case CALL: {
          frames_.push_back(std::move(frame));
          const Function& function = functions[arg];
          frame = Frame(function, pc, stack_);
          pc = function.address;
          break;
        }
        case RET:
          pc = frame.return_pc;
          frame = std::move(frames_.back());
          frames_.pop_back();
          break;
        case POP:
          stack_.pop_back();
          break;
        case DUP:
          stack_.push_back(stack_.back());
          break;
        case HALT:
          executed_ = executed;
          return pop();
        default:
          throw AssemblyError("bad opcode " + std::to_string(op));
      }
    }
  }

  long executed() const { return executed_; }

 private:
  const Program& program_;
  std::vector<long> stack_;
  std::vector<Frame> frames_;
  long executed_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  long n = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 10;
  Program program = assemble(kSource);
  VM vm(program);
  long result = vm.run(0, n);
  std::printf("result %ld after %ld instructions (%zu words of code, %zu functions)\n", result, vm.executed(), program.code.size(),
              program.functions.size());
  return 0;
}
