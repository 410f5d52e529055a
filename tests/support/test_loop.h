// The simulation's event loop for unit tests of folders that may not link
// sim/ (controller, node, events): the real (time, sequence) ordering of
// sim/base/event_loop.h, plus what tests ask about — pending tasks and the
// due time of a timer.
#pragma once

#include <functional>
#include <map>
#include <memory>

#include "sim/base/clock.h"
#include "sim/base/event_loop.h"
#include "sim/base/executor.h"

namespace jobsim::test {

class TestLoop final : public Executor {
 public:
  explicit TestLoop(UnixMs start_unix_ms)
      : owned_clock_(std::make_unique<VirtualClock>(start_unix_ms)), clock_(*owned_clock_), loop_(clock_) {}
  explicit TestLoop(VirtualClock& clock) : clock_(clock), loop_(clock_) {}

  void Post(Task task) override { After(0, std::move(task)); }
  TimerId After(int64_t delay_ms, Task task) override {
    auto id_slot = std::make_shared<TimerId>(0);
    const TimerId id = loop_.After(delay_ms, [this, id_slot, task = std::move(task)]() mutable {
      due_.erase(*id_slot);
      task();
    });
    *id_slot = id;
    due_[id] = clock_.ElapsedNowMs() + delay_ms;
    return id;
  }
  void Cancel(TimerId id) override {
    loop_.Cancel(id);
    due_.erase(id);
  }

  // Runs every task due up to t (inclusive), then leaves the clock at t.
  void RunUntil(ElapsedMs t) { loop_.RunUntil(t); }
  // Runs until done() holds after a task, or to the deadline; returns done().
  bool RunUntil(ElapsedMs deadline_ms, const std::function<bool()>& done) {
    return loop_.RunUntilCondition(deadline_ms, done);
  }
  void Advance(int64_t delta_ms) { RunUntil(clock_.ElapsedNowMs() + delta_ms); }

  size_t pending() const { return due_.size(); }
  // Due time of a pending timer, or -1.
  ElapsedMs DueOf(TimerId id) const {
    auto it = due_.find(id);
    return it == due_.end() ? -1 : it->second;
  }
  VirtualClock& clock() { return clock_; }
  ElapsedMs now_ms() const { return clock_.ElapsedNowMs(); }

 private:
  std::unique_ptr<VirtualClock> owned_clock_;
  VirtualClock& clock_;
  EventLoop loop_;
  std::map<TimerId, ElapsedMs> due_;
};

}  // namespace jobsim::test
