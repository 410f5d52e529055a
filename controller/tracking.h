// Finalizer-based tracking of finished pods (trackJobStatusAndRemoveFinalizers
// and pkg/controller/job/tracking_utils.go). Every pod carries the finalizer
// batch.kubernetes.io/job-tracking; a finished pod is counted exactly once:
//
//   write 1  its UID goes to status.uncountedTerminatedPods (with any interim
//            FailureTarget / SuccessCriteriaMet condition);
//   patch    its finalizer is removed;
//   write 2  UIDs whose pods lost the finalizer move from the uncounted lists
//            into status.succeeded / status.failed, and once nothing is
//            uncounted (and, with delayed terminal conditions, no pod is
//            terminating) the final Complete / Failed condition is set.
//
// A write happens only when something changed. Removals the controller issued
// but has not seen yet are remembered per Job (FinalizerExpectations) so that
// such pods are neither counted nor patched twice. At most 500 UIDs wait in
// the uncounted lists (MaxUncountedPods); the rest wait for the next sync.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "controller/job_client.h"
#include "controller/pod_control.h"
#include "controller/rules.h"
#include "controller/sync_context.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::controller {

// pkg/controller/job/job_controller.go.
inline constexpr size_t kMaxUncountedPods = 500;

// UIDs whose tracking-finalizer removal was sent but not yet observed, per Job key.
class FinalizerExpectations {
 public:
  void ExpectRemovals(const std::string& key, const std::vector<const api::Pod*>& pods);
  void RemovalObserved(std::string_view key, const api::Uid& uid);
  api::SortedUids Expected(const std::string& key) const;
  void Delete(const std::string& key) { uids_.erase(key); }
  void Clear() { uids_.clear(); }

 private:
  // By Job key, looked up only: the uids of a sync's removals, in no order
  // and each once (a set's node per uid was ~250 instructions of each
  // removal and its observation).
  std::unordered_map<std::string, std::vector<api::Uid>, StringKeyHash, StringKeyEqual> uids_;
};

// The UIDs of the pods that still carry the finalizer, as views of the pods'
// own: a sorted vector, as a sync's few pods fill it once and then only look up.
class UidSet {
 public:
  UidSet() = default;
  explicit UidSet(std::vector<std::string_view> uids) : uids_(std::move(uids)) {
    std::sort(uids_.begin(), uids_.end(), Less{});
    uids_.erase(std::unique(uids_.begin(), uids_.end()), uids_.end());
  }
  bool count(std::string_view uid) const { return std::binary_search(uids_.begin(), uids_.end(), uid, Less{}); }
  void erase(std::string_view uid) {
    auto it = std::lower_bound(uids_.begin(), uids_.end(), uid, Less{});
    if (it != uids_.end() && *it == uid) uids_.erase(it);
  }

  // Text order, decided by the first eight bytes read as one big-endian word
  // when both have them: the first eight hex digits of two uids almost always
  // differ, and a memcmp call per compare was 80% of the set's cost. A type,
  // so that the sort inlines it.
  struct Less {
    bool operator()(std::string_view a, std::string_view b) const {
      if (a.size() >= 8 && b.size() >= 8) {
        const uint64_t x = BigEndianWord(a.data()), y = BigEndianWord(b.data());
        if (x != y) return x < y;
      }
      return a < b;
    }
    static uint64_t BigEndianWord(const char* p) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      if constexpr (std::endian::native == std::endian::little) w = __builtin_bswap64(w);
      return w;
    }
  };

 private:
  std::vector<std::string_view> uids_;
};

// Moves uncounted UIDs whose pods no longer carry the finalizer (or are gone)
// into the succeeded/failed counters. Returns whether the status changed.
bool CountUncountedWithoutFinalizers(api::JobStatus& status, const UidSet& uids_with_finalizer);

struct FinalizerRemovals {
  std::vector<const api::Pod*> pods;  // finalizers to remove this sync
  bool changed = false;               // UIDs were added to the uncounted lists
  bool reached_max_uncounted = false;
};

// Picks the pods whose finalizer can go (the Job is being deleted or finishing,
// or the pod Succeeded or failed, except a failed pod whose index still awaits
// its replacement under backoffLimitPerIndex) and appends their UIDs to the
// Job's uncounted lists: succeeded pods as succeeded; failed pods, and every
// other pod of a failing Job, as failed, unless the podFailurePolicy ignores
// the failure. Indexed Jobs record succeeded pods as completedIndexes instead
// (and failed indexes as failedIndexes), and count only pods with a valid index.
FinalizerRemovals SelectFinalizerRemovals(SyncContext& ctx, const ControllerRules& rules);

// Sets the final Complete/Failed condition (and completionTime) once nothing
// is uncounted and, with delayed terminal conditions, no pod is terminating.
bool EnactJobFinished(api::JobStatus& status, const std::optional<api::Condition>& finished, int32_t terminating,
                      const ControllerRules& rules);

struct TrackingSeams {
  JobClient& jobs;
  PodControl& pods;
  FinalizerExpectations& finalizer_expectations;
};

struct FlushResult {
  api::Status status;
  bool written = false;   // at least one status write succeeded
  bool finished = false;  // the Job got its final condition
};

// The whole protocol above. needs_flush: the caller already changed the status
// (active, ready, terminating, Suspended condition). ctx.finished_condition ends
// as the final condition (Failed/Complete) when an interim one was written.
FlushResult TrackStatusAndRemoveFinalizers(SyncContext& ctx, bool needs_flush, const TrackingSeams& seams,
                                           const ControllerRules& rules);

}  // namespace jobsim::controller
