// HeldVersions: the pod versions a node's workers took from their own status
// writes (the store's answer to Store::PatchPodStatus) and hold already, whose
// watch events are still to come, in resource-version order.
//
// Such an event tells the worker nothing: it holds that version or a newer
// one, and a version without a deletionTimestamp asks it for nothing (a
// status-only change, which upstream's pod config hands the pod worker not as
// an update but as a reconcile: pkg/kubelet/config/config.go checkAndUpdatePod).
// The kubelet skips it without looking the worker up: at 100,000 pods the
// worker table's slot and the worker were two cache misses per event, while
// the front of this queue was written moments before.
//
// A pod's watch events come in resource-version order, so a version at the
// front older than the event's was never delivered (the watch was cut off, or
// the write changed nothing and answered an older version) and is dropped.
#pragma once

#include <cstdint>
#include <deque>

namespace jobsim::sim {

class HeldVersions {
 public:
  // A worker holds `resource_version`, the newest version in the store (a
  // write that changed nothing answers the one stored, perhaps added already).
  void Add(uint64_t resource_version) {
    if (versions_.empty() || versions_.back() < resource_version) versions_.push_back(resource_version);
  }
  // Whether a watch event of `resource_version` brings a held version; drops
  // it and every older one.
  bool Take(uint64_t resource_version) {
    while (!versions_.empty() && versions_.front() < resource_version) versions_.pop_front();
    if (versions_.empty() || versions_.front() != resource_version) return false;
    versions_.pop_front();
    return true;
  }
  // The watch was cut off: its events are lost, the workers' versions stale.
  void Clear() { versions_.clear(); }
  size_t size() const { return versions_.size(); }

 private:
  std::deque<uint64_t> versions_;
};

}  // namespace jobsim::sim
