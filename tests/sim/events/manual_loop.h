// A tiny event loop for the recorder tests: a VirtualClock plus an Executor
// whose timers run when the test advances time. (sim/event_loop.h lives in
// jobsim_sim, which events_tests does not link.)
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <utility>

#include "sim/base/clock.h"
#include "sim/base/executor.h"

namespace jobsim::test {

class ManualLoop : public Executor {
 public:
  explicit ManualLoop(UnixMs start_unix_ms) : clock_(start_unix_ms) {}

  void Post(std::function<void()> task) override { After(0, std::move(task)); }
  TimerId After(int64_t delay_ms, std::function<void()> task) override {
    const TimerId id = next_id_++;
    tasks_.emplace(std::make_pair(clock_.ElapsedNowMs() + delay_ms, id), std::move(task));
    return id;
  }
  void Cancel(TimerId id) override { cancelled_.insert(id); }

  // Runs every task due up to elapsed_ms, moving the clock to each, then to elapsed_ms.
  void RunUntil(ElapsedMs elapsed_ms) {
    while (!tasks_.empty() && tasks_.begin()->first.first <= elapsed_ms) {
      auto node = tasks_.extract(tasks_.begin());
      clock_.AdvanceTo(node.key().first);
      if (!cancelled_.count(node.key().second)) node.mapped()();
    }
    clock_.AdvanceTo(elapsed_ms);
  }
  void Advance(int64_t delta_ms) { RunUntil(clock_.ElapsedNowMs() + delta_ms); }
  // Tasks still to run (cancelled ones excluded).
  size_t pending() const {
    size_t n = 0;
    for (const auto& [key, task] : tasks_) n += cancelled_.count(key.second) ? 0 : 1;
    return n;
  }

  VirtualClock& clock() { return clock_; }

 private:
  VirtualClock clock_;
  std::map<std::pair<ElapsedMs, TimerId>, std::function<void()>> tasks_;
  std::set<TimerId> cancelled_;
  TimerId next_id_ = 1;
};

}  // namespace jobsim::test
