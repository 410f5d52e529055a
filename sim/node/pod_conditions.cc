#include "sim/node/pod_conditions.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "sim/node/pod_phase.h"

namespace jobsim::sim {
namespace {

// pkg/kubelet/status/generate.go
constexpr const char* kPodCompleted = "PodCompleted";
constexpr const char* kPodFailed = "PodFailed";
constexpr const char* kContainersNotReady = "ContainersNotReady";
constexpr const char* kContainersNotInitialized = "ContainersNotInitialized";

// A condition the kubelet sets, before its lastTransitionTime is known.
struct Wanted {
  std::string_view type;
  bool status = false;
  std::string_view reason;
  std::string message;
};

using Names = std::vector<std::string_view>;

// Go's fmt of a []string: "[a b]", appended.
void AppendGoList(std::string& out, const Names& names) {
  out += '[';
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += ' ';
    out += names[i];
  }
  out += ']';
}

std::string UnreadyMessage(const Names& unknown, const Names& unready, std::string_view unready_word) {
  std::string out;
  if (!unknown.empty()) {
    out += "containers with unknown status: ";
    AppendGoList(out, unknown);
  }
  if (!unready.empty()) {
    if (!out.empty()) out += ", ";
    out.append("containers with ").append(unready_word).append(" status: ");
    AppendGoList(out, unready);
  }
  return out;
}

// GenerateContainersReadyCondition: regular containers and sidecars ready.
Wanted ContainersReady(const ConditionsInput& in, const KubeletRules& rules) {
  const api::PodSpec& spec = in.pod->spec;
  Names unknown, unready;
  auto check = [&](const api::Container& c, const std::vector<api::ContainerStatus>& statuses) {
    const api::ContainerStatus* s = FindContainerStatus(statuses, c.name);
    if (!s) {
      unknown.push_back(c.name);
    } else if (!s->ready) {
      unready.push_back(c.name);
    }
  };
  for (const auto& c : spec.init_containers) {
    if (IsSidecar(c, rules.native_sidecars)) check(c, *in.init_statuses);
  }
  for (const auto& c : spec.containers) check(c, *in.statuses);
  if (in.phase == "Succeeded" && unknown.empty()) return {"ContainersReady", false, kPodCompleted};
  if (in.phase == "Failed" && rules.failed_pod_ready_reason) return {"ContainersReady", false, kPodFailed};
  std::string message = UnreadyMessage(unknown, unready, "unready");
  if (!message.empty()) return {"ContainersReady", false, kContainersNotReady, std::move(message)};
  return {"ContainersReady", true};
}

// GeneratePodInitializedCondition.
Wanted Initialized(const ConditionsInput& in, const KubeletRules& rules) {
  Names unknown, incomplete;
  for (const auto& c : in.pod->spec.init_containers) {
    const api::ContainerStatus* s = FindContainerStatus(*in.init_statuses, c.name);
    if (!s) {
      unknown.push_back(c.name);
    } else if (IsSidecar(c, rules.native_sidecars) ? !s->started.value_or(false) : !s->ready) {
      incomplete.push_back(c.name);
    }
  }
  if (in.phase == "Succeeded" && unknown.empty()) return {"Initialized", true, kPodCompleted};
  if (in.pod_has_initialized) return {"Initialized", true};
  std::string message = UnreadyMessage(unknown, incomplete, "incomplete");
  if (!message.empty()) return {"Initialized", false, kContainersNotInitialized, std::move(message)};
  return {"Initialized", true};
}

bool OwnedByKubelet(std::string_view type) {
  static constexpr std::string_view kOwned[] = {"PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady",
                                                "PodScheduled"};
  return std::find(std::begin(kOwned), std::end(kOwned), type) != std::end(kOwned);
}

// The status manager keeps a condition's lastTransitionTime while its status holds.
api::Condition Stamped(Wanted wanted, const std::vector<api::Condition>& old, UnixMs now) {
  // Constructed, not assigned: assigning a string_view to a string takes a slow path.
  api::Condition c{.type = std::string(wanted.type),
                   .status = wanted.status ? "True" : "False",
                   .reason = std::string(wanted.reason),
                   .message = std::move(wanted.message),
                   .last_transition_time = now};
  for (const auto& o : old) {
    if (o.type != wanted.type) continue;
    if (o.status == c.status && o.last_transition_time) c.last_transition_time = o.last_transition_time;
    break;
  }
  return c;
}

}  // namespace

std::vector<api::Condition> PodConditions(const ConditionsInput& in, const KubeletRules& rules) {
  const std::vector<api::Condition>& old = in.pod->status.conditions;
  constexpr size_t kKubeletConditions = 5;
  Wanted wanted[kKubeletConditions];
  size_t count = 0;
  if (rules.pod_ready_to_start_containers) wanted[count++] = {"PodReadyToStartContainers", in.sandbox_ready};
  wanted[count++] = Initialized(in, rules);
  Wanted containers_ready = ContainersReady(in, rules);
  wanted[count] = containers_ready;
  wanted[count++].type = "Ready";
  if (rules.containers_ready_condition) wanted[count++] = std::move(containers_ready);
  wanted[count++] = {"PodScheduled", true};
  // Sized exactly: a vector of conditions that grows, or is reserved for the
  // old ones plus ours, passes 1 KiB, where glibc malloc takes its slow path.
  const auto others = std::count_if(old.begin(), old.end(), [](const api::Condition& c) { return !OwnedByKubelet(c.type); });
  std::vector<api::Condition> out;
  out.reserve(static_cast<size_t>(others) + count);
  for (const auto& c : old) {
    if (!OwnedByKubelet(c.type)) out.push_back(c);
  }
  for (size_t i = 0; i < count; ++i) out.push_back(Stamped(std::move(wanted[i]), old, in.now));
  return out;
}

}  // namespace jobsim::sim
