// An Executor for controller tests: tasks ordered by (due time, sequence),
// run only when the test advances the virtual clock. The same contract as
// sim/event_loop.h, which controller tests may not link.
#pragma once

#include <functional>
#include <map>
#include <utility>

#include "sim/base/clock.h"
#include "sim/base/executor.h"

namespace jobsim::controller::test {

class TestExecutor final : public Executor {
 public:
  explicit TestExecutor(VirtualClock& clock) : clock_(clock) {}

  void Post(std::function<void()> task) override { After(0, std::move(task)); }
  TimerId After(int64_t delay_ms, std::function<void()> task) override {
    const TimerId id = next_id_++;
    due_[id] = clock_.ElapsedNowMs() + delay_ms;
    tasks_.emplace(std::make_pair(due_[id], id), std::move(task));
    return id;
  }
  void Cancel(TimerId id) override {
    auto it = due_.find(id);
    if (it == due_.end()) return;
    tasks_.erase({it->second, id});
    due_.erase(it);
  }

  // Runs every task due at or before until_ms (the clock follows), then sets
  // the clock to until_ms. Stops early, returning true, once done() holds.
  bool RunUntil(ElapsedMs until_ms, const std::function<bool()>& done = nullptr) {
    while (!tasks_.empty() && tasks_.begin()->first.first <= until_ms) {
      auto node = tasks_.extract(tasks_.begin());
      due_.erase(node.key().second);
      clock_.AdvanceTo(node.key().first);
      node.mapped()();
      if (done && done()) return true;
    }
    if (until_ms > clock_.ElapsedNowMs()) clock_.AdvanceTo(until_ms);
    return done && done();
  }
  // Due time of a pending timer, or -1.
  ElapsedMs DueOf(TimerId id) const {
    auto it = due_.find(id);
    return it == due_.end() ? -1 : it->second;
  }
  size_t pending() const { return tasks_.size(); }

 private:
  VirtualClock& clock_;
  std::map<std::pair<ElapsedMs, TimerId>, std::function<void()>> tasks_;
  std::map<TimerId, ElapsedMs> due_;
  TimerId next_id_ = 1;
};

}  // namespace jobsim::controller::test
