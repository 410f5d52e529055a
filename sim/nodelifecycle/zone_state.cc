#include "sim/nodelifecycle/zone_state.h"

namespace jobsim::sim {
namespace {

// kube-controller-manager defaults: --unhealthy-zone-threshold 0.55,
// --large-cluster-size-threshold 50, --secondary-node-eviction-rate 0.01.
constexpr size_t kUnhealthyPercent = 55;
constexpr size_t kLargeClusterThreshold = 50;
constexpr int64_t kSecondaryIntervalMs = 100'000;
// ComputeZoneState: a zone with at most this many unhealthy nodes stays Normal.
constexpr size_t kMinUnhealthyForPartial = 2;

}  // namespace

ZoneState ComputeZoneState(const std::vector<std::string>& ready_statuses, bool partial_disruption) {
  size_t ready = 0;
  for (const std::string& s : ready_statuses) ready += s == "True";
  const size_t not_ready = ready_statuses.size() - ready;
  if (ready == 0 && not_ready > 0) return ZoneState::kFullDisruption;
  if (partial_disruption && not_ready > kMinUnhealthyForPartial &&
      not_ready * 100 >= kUnhealthyPercent * ready_statuses.size()) {
    return ZoneState::kPartialDisruption;
  }
  return ZoneState::kNormal;
}

std::optional<int64_t> EvictionIntervalMs(ZoneState state, size_t zone_size, int64_t normal_interval_ms) {
  switch (state) {
    case ZoneState::kNormal:
      return normal_interval_ms;
    case ZoneState::kPartialDisruption:  // ReducedQPSFunc
      if (zone_size > kLargeClusterThreshold) return kSecondaryIntervalMs;
      return std::nullopt;
    case ZoneState::kFullDisruption:  // the only zone: every zone is down
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace jobsim::sim
