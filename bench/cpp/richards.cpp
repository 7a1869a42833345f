// richards.cpp: bench/programs/richards.py in C++: the same tasks as classes with a virtual
// step(), packets linked through raw pointers and owned by the scheduler.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

enum TaskId { kIdle, kWorker, kHandlerA, kHandlerB, kDeviceA, kDeviceB, kTaskCount };
enum PacketKind { kKindDevice, kKindWork };
constexpr int kBufferSize = 4;

struct Packet {
  Packet* link;
  int ident;
  int kind;
  int datum = 0;
  std::array<int, kBufferSize> data{};

  Packet(Packet* l, int id, int k) : link(l), ident(id), kind(k) {}

  // Append this packet to the queue that starts at queue; return the new head.
  Packet* append_to(Packet* queue) {
    link = nullptr;
    if (!queue) return this;
    Packet* last = queue;
    while (last->link) last = last->link;
    last->link = this;
    return queue;
  }
};

class Scheduler;

class Task {
 public:
  Task(Scheduler& s, int ident, int priority, Packet* queue);
  virtual ~Task() = default;

  bool is_held_or_waiting() const { return holding_ || (!packet_pending_ && waiting_); }
  bool is_waiting_with_packet() const { return packet_pending_ && waiting_ && !holding_; }

  Task* add_packet(Packet* packet, Task* current) {
    if (!input_) {
      input_ = packet;
      packet_pending_ = true;
      if (priority_ > current->priority_) return this;
    } else {
      input_ = packet->append_to(input_);
    }
    return current;
  }

  Task* run() {
    Packet* packet = nullptr;
    if (is_waiting_with_packet()) {
      packet = input_;
      input_ = packet->link;
      packet_pending_ = input_ != nullptr;
      waiting_ = false;
    }
    return step(packet);
  }

  Task* link() const { return link_; }

 protected:
  virtual Task* step(Packet* packet) = 0;

  Task* wait() {
    waiting_ = true;
    return this;
  }
  Task* hold();
  Task* release(int ident);
  Task* send(Packet* packet);

  Scheduler& scheduler_;
  bool waiting_ = false;

 private:
  Task* link_;
  int ident_;
  int priority_;
  Packet* input_;
  bool packet_pending_;
  bool holding_ = false;
};

class Scheduler {
 public:
  std::array<Task*, kTaskCount> tasks{};
  Task* task_list = nullptr;
  long hold_count = 0;
  long queue_count = 0;

  template <class T, class... Args>
  void add_task(Args&&... args) {
    owned_.push_back(std::make_unique<T>(*this, std::forward<Args>(args)...));
  }
  Packet* new_packet(Packet* link, int ident, int kind) {
    packets_.push_back(std::make_unique<Packet>(link, ident, kind));
    return packets_.back().get();
  }

  Task* find(int ident) const {
    Task* t = tasks[ident];
    if (!t) throw std::runtime_error("no task " + std::to_string(ident));
    return t;
  }

  void schedule() {
    Task* task = task_list;
    while (task) task = task->is_held_or_waiting() ? task->link() : task->run();
  }

 private:
  std::vector<std::unique_ptr<Task>> owned_;
  std::vector<std::unique_ptr<Packet>> packets_;
};

Task::Task(Scheduler& s, int ident, int priority, Packet* queue)
    : scheduler_(s), link_(s.task_list), ident_(ident), priority_(priority), input_(queue), packet_pending_(queue != nullptr) {
  s.task_list = this;
  s.tasks[ident] = this;
}

Task* Task::hold() {
  ++scheduler_.hold_count;
  holding_ = true;
  return link_;
}

Task* Task::release(int ident) {
  Task* task = scheduler_.find(ident);
  task->holding_ = false;
  return task->priority_ > priority_ ? task : this;
}

Task* Task::send(Packet* packet) {
  Task* task = scheduler_.find(packet->ident);
  ++scheduler_.queue_count;
  packet->link = nullptr;
  packet->ident = ident_;
  return task->add_packet(packet, this);
}

class IdleTask : public Task {
 public:
  IdleTask(Scheduler& s, int ident, int priority, int count) : Task(s, ident, priority, nullptr), count_(count) {}

 protected:
  Task* step(Packet*) override {
    if (--count_ == 0) return hold();
    if ((control_ & 1) == 0) {
      control_ /= 2;
      return release(kDeviceA);
    }
    control_ = (control_ / 2) ^ 0xD008;
    return release(kDeviceB);
  }

 private:
  int control_ = 1;
  int count_;
};

class WorkTask : public Task {
 public:
  WorkTask(Scheduler& s, int ident, int priority, Packet* queue) : Task(s, ident, priority, queue) { waiting_ = true; }

 protected:
  Task* step(Packet* packet) override {
    if (!packet) return wait();
    destination_ = destination_ == kHandlerA ? kHandlerB : kHandlerA;
    packet->ident = destination_;
    packet->datum = 0;
    for (int i = 0; i < kBufferSize; ++i) {
      if (++count_ > 26) count_ = 1;
      packet->data[i] = 'A' + count_ - 1;
    }
    return send(packet);
  }

 private:
  int destination_ = kHandlerA;
  int count_ = 0;
};

class HandlerTask : public Task {
 public:
  HandlerTask(Scheduler& s, int ident, int priority, Packet* queue) : Task(s, ident, priority, queue) { waiting_ = true; }

 protected:
  Task* step(Packet* packet) override {
    if (packet) {
      if (packet->kind == kKindWork)
        work_in_ = packet->append_to(work_in_);
      else
        device_in_ = packet->append_to(device_in_);
    }
    Packet* work = work_in_;
    if (!work) return wait();
    int count = work->datum;
    if (count >= kBufferSize) {
      work_in_ = work->link;
      return send(work);
    }
    Packet* device = device_in_;
    if (!device) return wait();
    device_in_ = device->link;
    device->datum = work->data[count];
    work->datum = count + 1;
    return send(device);
  }

 private:
  Packet* work_in_ = nullptr;
  Packet* device_in_ = nullptr;
};

class DeviceTask : public Task {
 public:
  DeviceTask(Scheduler& s, int ident, int priority) : Task(s, ident, priority, nullptr) { waiting_ = true; }

 protected:
  Task* step(Packet* packet) override {
    if (!packet) {
      packet = pending_;
      if (!packet) return wait();
      pending_ = nullptr;
      return send(packet);
    }
    pending_ = packet;
    return hold();
  }

 private:
  Packet* pending_ = nullptr;
};

std::pair<long, long> run_once() {
  Scheduler s;
  s.add_task<IdleTask>(kIdle, 1, 10000);
  Packet* queue = s.new_packet(nullptr, kWorker, kKindWork);
  queue = s.new_packet(queue, kWorker, kKindWork);
  s.add_task<WorkTask>(kWorker, 1000, queue);
  queue = s.new_packet(nullptr, kDeviceA, kKindDevice);
  queue = s.new_packet(queue, kDeviceA, kKindDevice);
  queue = s.new_packet(queue, kDeviceA, kKindDevice);
  s.add_task<HandlerTask>(kHandlerA, 2000, queue);
  queue = s.new_packet(nullptr, kDeviceB, kKindDevice);
  queue = s.new_packet(queue, kDeviceB, kKindDevice);
  queue = s.new_packet(queue, kDeviceB, kKindDevice);
  s.add_task<HandlerTask>(kHandlerB, 3000, queue);
  s.add_task<DeviceTask>(kDeviceA, 4000);
  s.add_task<DeviceTask>(kDeviceB, 5000);
  s.schedule();
  return {s.queue_count, s.hold_count};
}

}  // namespace

int main(int argc, char** argv) {
  long runs = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 10;
  long queued = 0, held = 0;
  for (long i = 0; i < runs; ++i) {
    auto [q, h] = run_once();
    queued += q;
    held += h;
  }
  std::printf("%ld runs: %ld packets queued, %ld holds\n", runs, queued, held);
  return 0;
}
