// The one thing that moves virtual time. Tasks are ordered by (due time,
// sequence number): two tasks due at the same millisecond run in the order they
// were scheduled, on every run and machine. No threads.
#pragma once

#include <cstdint>
#include <functional>
#include <queue>
#include <set>
#include <vector>

#include "sim/base/clock.h"
#include "sim/base/executor.h"

namespace jobsim {

class EventLoop : public Executor {
 public:
  using Task = std::function<void()>;
  using TaskId = uint64_t;

  explicit EventLoop(VirtualClock& clock) : clock_(clock) {}
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // REQUIRES: due_ms >= clock.ElapsedNowMs().
  TaskId At(ElapsedMs due_ms, Task task);
  // REQUIRES: delay_ms >= 0.
  TaskId After(int64_t delay_ms, Task task) override {
    return At(clock_.ElapsedNowMs() + delay_ms, std::move(task));
  }
  // Runs at the current time, after everything already due now.
  void Post(Task task) override { At(clock_.ElapsedNowMs(), std::move(task)); }
  // A cancelled task stays queued and is skipped when reached.
  void Cancel(TaskId id) override { cancelled_.insert(id); }

  // Runs every task due at or before until_ms, then sets the clock to until_ms.
  void RunUntil(ElapsedMs until_ms);
  // Runs tasks until stop() holds (checked after each task) or until_ms; returns whether stop() held.
  bool RunUntilCondition(ElapsedMs until_ms, const std::function<bool()>& stop);
  // Due time of the next live task, or -1 when none.
  ElapsedMs NextDueMs();
  uint64_t tasks_run() const { return tasks_run_; }
  VirtualClock& clock() { return clock_; }

 private:
  struct Entry {
    ElapsedMs due_ms;
    TaskId seq;
    Task task;
  };
  struct Later {
    bool operator()(const Entry& a, const Entry& b) const {
      return a.due_ms != b.due_ms ? a.due_ms > b.due_ms : a.seq > b.seq;
    }
  };
  bool RunOne(ElapsedMs until_ms);

  VirtualClock& clock_;
  std::priority_queue<Entry, std::vector<Entry>, Later> queue_;
  std::set<TaskId> cancelled_;
  TaskId next_seq_ = 1;
  uint64_t tasks_run_ = 0;
};

}  // namespace jobsim
