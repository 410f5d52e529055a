// Pod-failure back-off (pkg/controller/job/backoff_utils.go): after pods fail,
// the controller waits before creating replacements, initial * 2^(n-1) capped
// at max, where n counts the failures since the last success and the wait runs
// from the last failure's finish time. A success resets it.
//
// The record is per Job key and lives only in the controller's memory (a
// restarted controller starts from zero). Everything here is pure except the
// small BackoffStore map.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "fakeapi/types.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::controller {

struct BackoffRecord {
  int32_t failures_after_last_success = 0;
  std::optional<UnixMs> last_failure_ms;
  friend bool operator==(const BackoffRecord&, const BackoffRecord&) = default;
};

// When a finished pod finished (getFinishedTime): the latest finishedAt if every
// app container (and every restartable init container) is terminated with a
// finishedAt; else the Ready=False condition's lastTransitionTime; else
// deletionTimestamp - deletionGracePeriodSeconds; else creationTimestamp.
UnixMs PodFinishTimeMs(const api::Pod& pod);

// The record after this sync's newly finished pods (newBackoffRecord):
// only failures -> add them, last failure = latest finish; only successes ->
// reset; both -> reset, then count the failures that finished strictly after
// the latest success.
BackoffRecord NextBackoffRecord(const BackoffRecord& stored, std::vector<UnixMs> succeeded_finish_ms,
                                std::vector<UnixMs> failed_finish_ms);

// How long pod creation must still wait after `failures` failures, the last
// at last_failure_ms (getRemainingTimeForFailuresCount): 0 without failures;
// else initial * 2^(failures-1) capped at max, minus the time since the last
// failure, floored at 0.
int64_t RemainingBackoffForFailuresMs(int32_t failures, UnixMs last_failure_ms, UnixMs now_ms, int64_t initial_ms,
                                      int64_t max_ms);
// The same for a Job's record (getRemainingTime).
int64_t RemainingBackoffMs(const BackoffRecord& record, UnixMs now_ms, int64_t initial_ms, int64_t max_ms);

// The controller's records by Job key.
class BackoffStore {
 public:
  BackoffRecord Get(const std::string& key) const;
  void Set(const std::string& key, const BackoffRecord& record);
  void Remove(const std::string& key) { records_.erase(key); }
  void Clear() { records_.clear(); }

 private:
  std::unordered_map<std::string, BackoffRecord, StringKeyHash, StringKeyEqual> records_;  // looked up by Job key only
};

}  // namespace jobsim::controller
