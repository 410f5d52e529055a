// Test support for node_tests: an ordered executor on a virtual clock (the
// simulation's EventLoop lives in jobsim_sim, which node_tests does not link)
// and an EventRecorder that keeps every call, so that tests read the
// kubelet's and the scheduler's events in order without the correlator.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"

namespace jobsim::test {

// Tasks run in (due time, scheduling order), as the simulation's event loop.
class TestLoop : public Executor {
 public:
  explicit TestLoop(UnixMs start_unix_ms) : clock_(start_unix_ms) {}

  void Post(std::function<void()> task) override { After(0, std::move(task)); }
  TimerId After(int64_t delay_ms, std::function<void()> task) override {
    const TimerId id = next_id_++;
    tasks_.emplace(std::make_pair(clock_.ElapsedNowMs() + delay_ms, id), std::move(task));
    return id;
  }
  void Cancel(TimerId id) override { cancelled_.insert(id); }

  // Runs every task due up to elapsed_ms, then leaves the clock there.
  void RunUntil(ElapsedMs elapsed_ms) {
    while (!tasks_.empty() && tasks_.begin()->first.first <= elapsed_ms) {
      auto node = tasks_.extract(tasks_.begin());
      clock_.AdvanceTo(node.key().first);
      if (!cancelled_.count(node.key().second)) node.mapped()();
    }
    if (elapsed_ms > clock_.ElapsedNowMs()) clock_.AdvanceTo(elapsed_ms);
  }
  // Runs until done() holds after a task, or until the deadline; returns done().
  bool RunUntil(ElapsedMs deadline_ms, const std::function<bool()>& done) {
    while (!done() && !tasks_.empty() && tasks_.begin()->first.first <= deadline_ms) {
      auto node = tasks_.extract(tasks_.begin());
      clock_.AdvanceTo(node.key().first);
      if (!cancelled_.count(node.key().second)) node.mapped()();
    }
    return done();
  }

  VirtualClock& clock() { return clock_; }
  ElapsedMs now_ms() const { return clock_.ElapsedNowMs(); }

 private:
  VirtualClock clock_;
  std::map<std::pair<ElapsedMs, TimerId>, std::function<void()>> tasks_;
  std::set<TimerId> cancelled_;
  TimerId next_id_ = 1;
};

struct RecordedEvent {
  ElapsedMs at_ms;
  api::ObjectReference involved;
  std::string type;
  std::string reason;
  std::string message;
};

class RecordingEvents : public api::EventRecorder {
 public:
  explicit RecordingEvents(const Clock& clock) : clock_(clock) {}
  void Record(const api::ObjectReference& involved, const std::string& type, const std::string& reason,
              const std::string& message) override {
    events.push_back({clock_.ElapsedNowMs(), involved, type, reason, message});
  }
  // "Reason: message" lines, in order, for one pod (all pods when empty).
  std::vector<std::string> Lines(const std::string& pod = "") const {
    std::vector<std::string> out;
    for (const auto& e : events) {
      if (pod.empty() || e.involved.name == pod) out.push_back(e.reason + ": " + e.message);
    }
    return out;
  }
  // When each event with this reason happened, in ms since t=0.
  std::vector<ElapsedMs> Times(const std::string& reason) const {
    std::vector<ElapsedMs> out;
    for (const auto& e : events) {
      if (e.reason == reason) out.push_back(e.at_ms);
    }
    return out;
  }

  std::vector<RecordedEvent> events;

 private:
  const Clock& clock_;
};

}  // namespace jobsim::test
