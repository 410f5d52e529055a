#include "sim/nodelifecycle/condition_taints.h"

#include <algorithm>

#include "fakeapi/well_known.h"

namespace jobsim::sim {
namespace {

bool Managed(const Taint& t, const char* effect) {
  return t.effect == effect && (t.key == api::kTaintNodeNotReady || t.key == api::kTaintNodeUnreachable);
}

}  // namespace

std::string ReadyStatus(const api::Node& node) {
  for (const auto& c : node.status.conditions) {
    if (c.type == "Ready") return c.status;
  }
  return "Unknown";
}

const char* ReadyTaintKey(const std::string& ready_status) {
  if (ready_status == "True") return "";
  return ready_status == "False" ? api::kTaintNodeNotReady : api::kTaintNodeUnreachable;
}

bool HasManagedTaint(const std::vector<Taint>& taints, const char* effect) {
  return std::any_of(taints.begin(), taints.end(), [&](const Taint& t) { return Managed(t, effect); });
}

std::vector<Taint> WantedTaints(const std::string& ready_status, const char* effect) {
  const std::string key = ReadyTaintKey(ready_status);
  if (key.empty()) return {};
  return {Taint{key, "", effect, std::nullopt}};
}

std::vector<Taint> ReconcileTaints(const std::vector<Taint>& current, const char* effect,
                                   const std::vector<Taint>& want, UnixMs now) {
  auto wanted = [&](const Taint& t) {
    return std::any_of(want.begin(), want.end(), [&](const Taint& w) { return w.Matches(t); });
  };
  std::vector<Taint> out;
  for (const Taint& t : current) {
    if (!Managed(t, effect) || wanted(t)) out.push_back(t);
  }
  for (const Taint& w : want) {
    if (std::none_of(out.begin(), out.end(), [&](const Taint& t) { return t.Matches(w); })) {
      Taint added = w;
      added.time_added = now - now % kMsPerSecond;  // metav1.Time
      out.push_back(std::move(added));
    }
  }
  return out;
}

}  // namespace jobsim::sim
