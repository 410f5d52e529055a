// The one thing that moves virtual time. Tasks are ordered by (due time,
// sequence number): two tasks due at the same millisecond run in the order they
// were scheduled, on every run and machine. No threads.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <vector>

#include "sim/base/clock.h"
#include "sim/base/executor.h"
#include "sim/base/ring_fifo.h"
#include "sim/base/stable_vector.h"

namespace jobsim {

class EventLoop : public Executor {
 public:
  using TaskId = uint64_t;

  explicit EventLoop(VirtualClock& clock) : clock_(clock) {}
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // REQUIRES: due_ms >= clock.ElapsedNowMs().
  TaskId At(ElapsedMs due_ms, Task&& task);
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
  // A queued task's place in the order; the task itself waits in its slot, so
  // reordering the heap moves 24 trivially copyable bytes, not a std::function.
  struct Key {
    ElapsedMs due_ms;
    TaskId seq;
    uint32_t slot;
    bool operator<(const Key& o) const { return due_ms != o.due_ms ? due_ms < o.due_ms : seq < o.seq; }
  };
  // The heap's order, as a type: passed as a function pointer, GCC left the
  // compare an indirect call in every sift step.
  struct Later {
    bool operator()(const Key& a, const Key& b) const { return b < a; }
  };
  bool RunOne(ElapsedMs until_ms);
  static constexpr size_t kWarmStages = 2;  // Task::Warm's stages
  static constexpr size_t kLookahead = kWarmStages + 1;
  // The keys of the next tasks to run, in order (fewer when fewer are
  // queued). Cancelled tasks are not skipped.
  size_t Upcoming(const Key* (&ahead)[kLookahead]) const;
  // The earliest key of both queues, or nullptr when both are empty.
  const Key* Next() const;
  uint32_t Pop(const Key& key);
  void Free(uint32_t slot);
  uint32_t NewSlot();

  VirtualClock& clock_;
  // Tasks due later than now, as a min-heap on (due, seq).
  std::vector<Key> later_;
  // Tasks due now, in sequence order: most tasks are posted for the current
  // time, and each is due after everything queued before it, so a FIFO keeps
  // them in order and the merge with later_ in Next() is exact.
  RingFifo<Key> now_;
  // Every task waits in a slot; slots never move, so a running task stays
  // where it is while it queues others.
  StableVector<Task> slots_;
  std::vector<uint32_t> free_slots_;
  std::set<TaskId> cancelled_;
  TaskId next_seq_ = 1;
  uint64_t tasks_run_ = 0;
};

}  // namespace jobsim
