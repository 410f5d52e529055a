// Test support: an EventRecorder that keeps every call, so that tests read a
// component's events (kubelet, scheduler, node controllers) in order without
// the correlator. (The ordered executor is tests/support/test_loop.h.)
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
#include "tests/support/test_loop.h"

namespace jobsim::test {

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
