// What one run of a scenario looked like from the API, for `jobsim diff`:
// a list of entries (virtual time, subject, what) in the order a watcher saw
// them. Subjects and texts never carry a random name or id, so two runs of
// one scenario (under two Kubernetes versions) can be compared entry by entry.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/base/clock.h"

namespace jobsim::scenario {

struct TimelineEntry {
  ElapsedMs t_ms = 0;
  std::string kind;     // the subject's kind: "Job", "Pod", "Node"
  std::string subject;  // "job/pi", "pod/pi-#3" (the third pod created with generateName pi-)
  std::string what;     // "created", "status.failed=2", "condition Failed=True ...", "event Warning Failed: ..."
  std::string reason;   // an Event's reason; "" for entries that are not Events
  friend bool operator==(const TimelineEntry&, const TimelineEntry&) = default;
};

using Timeline = std::vector<TimelineEntry>;

// How much of a timeline to compare.
enum class Detail {
  kJobs,  // entries about Jobs: their changes and their Events
  kPods,  // and the Pods' changes (created, phase, restarts, deleted)
  kAll,   // and the Events about Pods (scheduler, kubelet)
};

const char* DetailName(Detail detail);  // "jobs", "pods", "all"
std::optional<Detail> DetailNamed(const std::string& name);

// The entries of t that `detail` keeps, in order.
Timeline Select(const Timeline& t, Detail detail);

// A Job as the run left it.
struct JobOutcome {
  std::string status;  // "active=1 failed=6 ready=0; Failed=True BackoffLimitExceeded", or "deleted"
  int pods_created = 0;
};

// One run: its timeline, and each Job's outcome by subject ("job/pi").
struct RunTimeline {
  std::string version;  // "1.33"
  uint64_t seed = 1;
  Timeline entries;
  std::map<std::string, JobOutcome> jobs;
  int checks_passed = 0;
  int checks_failed = 0;
  ElapsedMs end_ms = 0;
};

}  // namespace jobsim::scenario
