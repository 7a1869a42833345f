#include "bench/spawn.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "bench/counters.hpp"
#include "bench/shell.hpp"

extern char** environ;

namespace rpy::bench {

namespace {
inline double seconds(const timespec& a, const timespec& b) { return double(b.tv_sec - a.tv_sec) + double(b.tv_nsec - a.tv_nsec) * 1e-9; }
inline double tv(const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; }

std::string os_error(int e) { return std::string(std::strerror(e)) + " (os error " + std::to_string(e) + ")"; }

void fill_from_status(Measurement& m, int status, const rusage& ru) {
  m.wait_status = status;
  if (WIFEXITED(status))
    m.exit_code = WEXITSTATUS(status);
  else
    m.exit_code.reset();
  m.user = tv(ru.ru_utime);
  m.sys = tv(ru.ru_stime);
  m.maxrss_kb = ru.ru_maxrss;
}
}  // namespace

Invocation make_invocation(const std::vector<std::string>& shell, const std::string& cmd) {
  Invocation inv;
  if (shell.empty()) {
    auto w = split_shell_words(cmd);
    if (!w.ok) {
      inv.error = "Failed to parse command '" + cmd + "': " + w.error;
      return inv;
    }
    if (w.words.empty()) {
      inv.error = "Failed to run command '" + cmd + "': empty command";
      return inv;
    }
    inv.args = w.words;
  } else {
    inv.args = shell;
    inv.args.push_back("-c");
    inv.args.push_back(cmd);
  }
  inv.exe = resolve_executable(inv.args[0]);
  if (inv.exe.empty()) inv.error = os_error(ENOENT);
  for (auto& a : inv.args) inv.argv.push_back(a.data());
  inv.argv.push_back(nullptr);
  return inv;
}

Spawner::Spawner(const OutputPolicy& output, const std::optional<std::string>& input) : policy_(output) {
  null_in_ = open("/dev/null", O_RDONLY | O_CLOEXEC);
  null_out_ = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (policy_.kind == OutputPolicy::File) {
    file_out_ = open(policy_.path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (file_out_ < 0) setup_error_ = "Could not open output file '" + policy_.path + "': " + os_error(errno);
  }
  if (input) {
    input_fd_ = open(input->c_str(), O_RDONLY | O_CLOEXEC);
    if (input_fd_ < 0) setup_error_ = "The file '" + *input + "' specified as '--input' does not exist";
  }
  if (policy_.kind == OutputPolicy::Pipe) pipe_buf_.resize(1 << 16);
}

Spawner::~Spawner() {
  if (helper_pid_ > 0) {
    char q = 'q';
    if (write(req_fd_, &q, 1) != 1) kill(helper_pid_, SIGKILL);
    int st;
    while (waitpid(helper_pid_, &st, 0) < 0 && errno == EINTR) {
    }
  }
  for (int fd : {null_in_, null_out_, file_out_, input_fd_, req_fd_, resp_fd_})
    if (fd >= 0) close(fd);
}

namespace {
struct WireResult {
  int ok;
  int err;
  double wall, user, sys;
  int status;
  int has_exit;
  int exit_code;
  long maxrss_kb;
};

bool read_full(int fd, void* buf, size_t n) {
  char* p = static_cast<char*>(buf);
  while (n > 0) {
    ssize_t k = read(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= size_t(k);
  }
  return true;
}
}  // namespace

bool Spawner::start_helper(const Invocation& inv, std::string& error) {
  int req[2], resp[2];
  if (pipe2(req, O_CLOEXEC) != 0) {
    error = os_error(errno);
    return false;
  }
  if (pipe2(resp, O_CLOEXEC) != 0) {
    error = os_error(errno);
    close(req[0]);
    close(req[1]);
    return false;
  }
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    error = os_error(errno);
    for (int fd : {req[0], req[1], resp[0], resp[1]}) close(fd);
    return false;
  }
  if (pid == 0) {
    close(req[1]);
    close(resp[0]);
    helper_loop(inv, req[0], resp[1]);
  }
  close(req[0]);
  close(resp[1]);
  helper_pid_ = pid;
  req_fd_ = req[1];
  resp_fd_ = resp[0];
  return true;
}

void Spawner::helper_loop(const Invocation& inv, int req, int resp) {
  int clear_refs = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
  while (true) {
    char c;
    if (!read_full(req, &c, 1) || c != 'r') _exit(0);
    if (clear_refs >= 0 && write(clear_refs, "5", 1) != 1) {
    }
    Measurement m;
    std::string err;
    WireResult w{};
    w.ok = run_local(inv, m, err) ? 1 : 0;
    w.err = w.ok ? 0 : errno_of_last_;
    w.wall = m.wall;
    w.user = m.user;
    w.sys = m.sys;
    w.status = m.wait_status;
    w.has_exit = m.exit_code ? 1 : 0;
    w.exit_code = m.exit_code ? *m.exit_code : 0;
    w.maxrss_kb = m.maxrss_kb;
    if (write(resp, &w, sizeof w) != ssize_t(sizeof w)) _exit(1);
  }
}

bool Spawner::run(const Invocation& inv, Measurement& m, std::string& error) {
  if (helper_pid_ <= 0) return run_local(inv, m, error);
  char c = 'r';
  WireResult w{};
  if (write(req_fd_, &c, 1) != 1 || !read_full(resp_fd_, &w, sizeof w)) {
    error = "the spawning helper process died";
    return false;
  }
  if (!w.ok) {
    error = os_error(w.err);
    return false;
  }
  m.wall = w.wall;
  m.user = w.user;
  m.sys = w.sys;
  m.wait_status = w.status;
  if (w.has_exit)
    m.exit_code = w.exit_code;
  else
    m.exit_code.reset();
  m.maxrss_kb = w.maxrss_kb;
  return true;
}

bool Spawner::run_local(const Invocation& inv, Measurement& m, std::string& error) {
  // --- preparation (outside the timed window) ---
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int pipe_fds[2] = {-1, -1};
  int in_fd = input_fd_ >= 0 ? input_fd_ : null_in_;
  if (input_fd_ >= 0) lseek(input_fd_, 0, SEEK_SET);
  posix_spawn_file_actions_adddup2(&fa, in_fd, 0);
  switch (policy_.kind) {
    case OutputPolicy::Null:
      posix_spawn_file_actions_adddup2(&fa, null_out_, 1);
      posix_spawn_file_actions_adddup2(&fa, null_out_, 2);
      break;
    case OutputPolicy::Pipe:
      if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
        errno_of_last_ = errno;
        error = os_error(errno);
        posix_spawn_file_actions_destroy(&fa);
        return false;
      }
      posix_spawn_file_actions_adddup2(&fa, pipe_fds[1], 1);
      posix_spawn_file_actions_adddup2(&fa, null_out_, 2);
      break;
    case OutputPolicy::File:
      if (ftruncate(file_out_, 0) != 0) {
      }
      lseek(file_out_, 0, SEEK_SET);
      posix_spawn_file_actions_adddup2(&fa, file_out_, 1);
      posix_spawn_file_actions_adddup2(&fa, null_out_, 2);
      break;
    case OutputPolicy::Inherit:
      break;
  }
  char* const* argv = inv.argv.data();
  const char* exe = inv.exe.c_str();
  char* buf = pipe_buf_.data();
  size_t buf_size = pipe_buf_.size();
  if (counters_) counters_->start();
  pid_t pid = -1;
  int status = 0;
  rusage ru;
  std::memset(&ru, 0, sizeof ru);
  timespec t0, t1;

  // --- timed window ---
  clock_gettime(CLOCK_MONOTONIC, &t0);
  int rc = posix_spawn(&pid, exe, &fa, nullptr, argv, environ);
  if (rc == 0) {
    if (pipe_fds[1] >= 0) {
      close(pipe_fds[1]);
      pipe_fds[1] = -1;
      while (true) {
        ssize_t n = read(pipe_fds[0], buf, buf_size);
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        break;
      }
    }
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  // --- end of timed window ---

  if (counters_) counters_->stop(m);
  posix_spawn_file_actions_destroy(&fa);
  for (int fd : pipe_fds)
    if (fd >= 0) close(fd);
  if (rc != 0) {
    errno_of_last_ = rc;
    error = os_error(rc);
    return false;
  }
  m.wall = seconds(t0, t1);
  fill_from_status(m, status, ru);
  return true;
}

bool Spawner::run_aux(const Invocation& inv, const OutputPolicy& output, Measurement& m, std::string& error) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  if (output.kind != OutputPolicy::Inherit) {
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  }
  pid_t pid = -1;
  int status = 0;
  rusage ru;
  std::memset(&ru, 0, sizeof ru);
  timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  int rc = posix_spawn(&pid, inv.exe.c_str(), &fa, nullptr, inv.argv.data(), environ);
  if (rc == 0)
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {
    }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    error = os_error(rc);
    return false;
  }
  m.wall = seconds(t0, t1);
  fill_from_status(m, status, ru);
  return true;
}

}  // namespace rpy::bench
