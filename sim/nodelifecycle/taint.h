// Node taints and pod tolerations as typed values (core/v1 Taint and
// Toleration), read from and written to the objects' JSON. The API types keep
// Node.spec and the pod's tolerations as JSON (fakeapi/types.h); these
// controllers are the only readers, so the typing happens at their edge, as
// controller/pod_failure_policy does for Job.spec.podFailurePolicy.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::sim {

inline constexpr const char* kNoSchedule = "NoSchedule";
inline constexpr const char* kNoExecute = "NoExecute";

struct Taint {
  std::string key;
  std::string value;
  std::string effect;
  std::optional<UnixMs> time_added;
  // Taint.MatchTaint: the same key and effect.
  bool Matches(const Taint& other) const { return key == other.key && effect == other.effect; }
  friend bool operator==(const Taint&, const Taint&) = default;
};

struct Toleration {
  std::string key;
  std::string op;  // "Exists" or "Equal" ("" means Equal)
  std::string value;
  std::string effect;  // "" tolerates every effect
  std::optional<int64_t> toleration_seconds;
  // Toleration.ToleratesTaint (staging/src/k8s.io/api/core/v1/toleration.go).
  bool Tolerates(const Taint& taint) const;
  friend bool operator==(const Toleration&, const Toleration&) = default;
};

// node.spec.taints; members jobsim does not know are ignored.
std::vector<Taint> TaintsOf(const api::Node& node);
// Replaces node.spec.taints (removes the field when empty).
void SetTaints(api::Node& node, const std::vector<Taint>& taints);
// pod.spec.tolerations.
std::vector<Toleration> TolerationsOf(const api::Pod& pod);

}  // namespace jobsim::sim
