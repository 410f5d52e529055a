// Records a run's timeline (sim/scenario/timeline.h) by watching the Store as
// any other client does: Jobs (creation, status counts, conditions, deletion),
// Pods (creation, phase, restarts, deletion) and Events (type, reason,
// message, the object they are about). Each watch event becomes entries at the
// virtual time it is delivered, which is the time of the write.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "fakeapi/store.h"
#include "sim/scenario/stable_names.h"
#include "sim/scenario/timeline.h"

namespace jobsim::scenario {

class TimelineRecorder {
 public:
  TimelineRecorder() = default;
  TimelineRecorder(const TimelineRecorder&) = delete;
  TimelineRecorder& operator=(const TimelineRecorder&) = delete;

  // Watches store from now on. The watches call back into the recorder, so
  // the store must go (with its World) before the recorder does.
  void Attach(api::Store& store);

  const Timeline& entries() const { return entries_; }
  // Each Job seen, by subject, as the last watch event left it.
  std::map<std::string, JobOutcome> JobOutcomes() const;

 private:
  void OnJob(const api::WatchEvent<api::Job>& e);
  void OnPod(const api::WatchEvent<api::Pod>& e);
  void OnEvent(const api::WatchEvent<api::Event>& e);
  // The Job a pod belongs to: its controller reference, else (before 1.6 set
  // one) the first Job in its namespace whose selector matches its labels; "" for none.
  std::string OwnerSubject(const api::Pod& pod) const;
  void Add(const std::string& kind, const std::string& subject, const std::string& what,
           const std::string& reason = "");

  const Clock* clock_ = nullptr;
  StableNames names_;
  Timeline entries_;
  std::map<std::string, std::shared_ptr<const api::Job>> jobs_;  // by subject; null once deleted
  std::map<std::string, std::shared_ptr<const api::Pod>> pods_;  // by subject, while they exist
  std::map<std::string, std::string> event_texts_;               // "ns/name" -> what was last recorded
  std::map<std::string, int> pods_created_;                      // by Job subject
};

}  // namespace jobsim::scenario
