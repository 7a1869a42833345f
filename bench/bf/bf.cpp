// bench/bf/bf.cpp: a straightforward Brainfuck interpreter in C++, the
// reference for the BF benchmark (issue 4: the step-5 binary of
// examples/bf/bf5.py must run mandelbrot.b within 1.15x of this).
//
// It does what the examples/bf interpreters do, written the plain C++ way:
// the program is filtered to the eight commands, bracket partners are
// precomputed into a vector (no other optimisation: no run-length folding,
// no loop idioms), cells are 8-bit and wrap, the tape starts with one cell and
// grows to the right, '.' writes one byte with write(2) as os.write does, ','
// reads one byte with read(2) and leaves the cell unchanged at end of input.
//
// Build: c++ -O2 -o bf-cpp bf.cpp      Run: ./bf-cpp PROGRAM.b
#include <cstdio>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

static bool read_file(const char* path, std::string& out) {
    int fd = ::open(path, O_RDONLY);
    if (fd < 0) return false;
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) { ::close(fd); return false; }
        if (n == 0) break;
        out.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return true;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROGRAM.b\n", argv[0]);
        return 1;
    }
    std::string source;
    if (!read_file(argv[1], source)) {
        std::perror(argv[1]);
        return 1;
    }

    std::string program;
    for (char c : source) {
        switch (c) {
        case '>': case '<': case '+': case '-':
        case '.': case ',': case '[': case ']':
            program.push_back(c);
            break;
        default:
            break;
        }
    }

    std::vector<size_t> jump(program.size(), 0);
    std::vector<size_t> stack;
    for (size_t pc = 0; pc < program.size(); ++pc) {
        if (program[pc] == '[') {
            stack.push_back(pc);
        } else if (program[pc] == ']') {
            if (stack.empty()) {
                std::fprintf(stderr, "unmatched ] at command %zu\n", pc);
                return 1;
            }
            size_t left = stack.back();
            stack.pop_back();
            jump[left] = pc;
            jump[pc] = left;
        }
    }
    if (!stack.empty()) {
        std::fprintf(stderr, "unmatched [ at command %zu\n", stack.back());
        return 1;
    }

    std::vector<unsigned char> tape(1, 0);
    size_t pos = 0;
    size_t pc = 0;
    const size_t n = program.size();
    while (pc < n) {
        switch (program[pc]) {
        case '>':
            ++pos;
            if (pos >= tape.size()) tape.push_back(0);
            break;
        case '<':
            --pos;
            break;
        case '+':
            ++tape[pos];
            break;
        case '-':
            --tape[pos];
            break;
        case '.':
            if (::write(1, &tape[pos], 1) != 1) return 1;
            break;
        case ',': {
            unsigned char c;
            if (::read(0, &c, 1) == 1) tape[pos] = c;
            break;
        }
        case '[':
            if (tape[pos] == 0) pc = jump[pc];
            break;
        case ']':
            if (tape[pos] != 0) pc = jump[pc];
            break;
        }
        ++pc;
    }
    return 0;
}
