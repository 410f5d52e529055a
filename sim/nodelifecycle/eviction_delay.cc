#include "sim/nodelifecycle/eviction_delay.h"

#include <algorithm>

namespace jobsim::sim {

bool AllTolerated(const std::vector<Taint>& taints, const std::vector<Toleration>& tolerations) {
  return std::all_of(taints.begin(), taints.end(), [&](const Taint& taint) {
    return std::any_of(tolerations.begin(), tolerations.end(), [&](const Toleration& t) { return t.Tolerates(taint); });
  });
}

std::optional<int64_t> EvictionDelayMs(const std::vector<Taint>& no_execute_taints,
                                       const std::vector<Toleration>& tolerations) {
  std::optional<int64_t> min_seconds;
  for (const Taint& taint : no_execute_taints) {
    auto used =
        std::find_if(tolerations.begin(), tolerations.end(), [&](const Toleration& t) { return t.Tolerates(taint); });
    if (used == tolerations.end()) return 0;
    if (!used->toleration_seconds) continue;
    if (*used->toleration_seconds <= 0) return 0;
    min_seconds = std::min(min_seconds.value_or(*used->toleration_seconds), *used->toleration_seconds);
  }
  if (!min_seconds) return std::nullopt;
  return *min_seconds * kMsPerSecond;
}

std::vector<Taint> NoExecuteTaints(const std::vector<Taint>& taints) {
  std::vector<Taint> out;
  std::copy_if(taints.begin(), taints.end(), std::back_inserter(out),
               [](const Taint& t) { return t.effect == kNoExecute; });
  return out;
}

}  // namespace jobsim::sim
