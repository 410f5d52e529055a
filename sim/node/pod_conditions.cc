#include "sim/node/pod_conditions.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

#include "sim/node/pod_phase.h"

namespace jobsim::sim {
namespace {

// pkg/kubelet/status/generate.go
constexpr const char* kPodCompleted = "PodCompleted";
constexpr const char* kPodFailed = "PodFailed";
constexpr const char* kContainersNotReady = "ContainersNotReady";
constexpr const char* kContainersNotInitialized = "ContainersNotInitialized";

// The condition types the kubelet owns, in the order it appends them.
enum Owned : size_t { kReadyToStart, kInitialized, kReady, kContainersReady, kScheduled, kOwnedCount, kNotOwned };
constexpr std::string_view kOwnedTypes[kOwnedCount] = {"PodReadyToStartContainers", "Initialized", "Ready",
                                                       "ContainersReady", "PodScheduled"};

// Runs for each old condition on every status write: the five types differ in
// length, so one comparison decides.
Owned OwnedIndex(std::string_view type) {
  for (size_t i = 0; i < kOwnedCount; ++i) {
    if (type.size() == kOwnedTypes[i].size()) return type == kOwnedTypes[i] ? Owned(i) : kNotOwned;
  }
  return kNotOwned;
}

// A condition the kubelet sets, before its lastTransitionTime is known.
struct Wanted {
  bool status = false;
  std::string_view reason;
  std::string_view message;
  Owned type = kNotOwned;
};

// Appends Go's fmt of the []string of container names that pick(container,
// status) selects ("<label> status: [a b]"), after ", " when the message
// already says something; nothing when none is picked. for_each(visit) calls
// visit(container, its status or nullptr) for each container in order.
template <class ForEach, class Pick>
void AppendNames(std::string& message, std::string_view label, ForEach for_each, Pick pick) {
  bool any = false;
  for_each([&](const api::Container& c, const api::ContainerStatus* status) {
    if (!pick(c, status)) return;
    if (!any) {
      message.reserve(message.size() + 64);  // the usual message in one allocation
      if (!message.empty()) message += ", ";
      message.append("containers with ").append(label).append(" status: [");
      any = true;
    } else {
      message += ' ';
    }
    message += c.name;
  });
  if (any) message += ']';
}

template <class ForEach>
bool AnyUnknown(ForEach for_each) {
  bool any = false;
  for_each([&](const api::Container&, const api::ContainerStatus* s) { any |= s == nullptr; });
  return any;
}

constexpr auto kUnknown = [](const api::Container&, const api::ContainerStatus* s) { return s == nullptr; };

// GenerateContainersReadyCondition: regular containers and sidecars ready.
// `message` holds the message the result refers to.
Wanted ContainersReady(const ConditionsInput& in, const KubeletRules& rules, std::string& message) {
  auto containers = [&](auto visit) {
    for (const auto& c : in.pod->spec->init_containers) {
      if (IsSidecar(c, rules.native_sidecars)) visit(c, FindContainerStatus(*in.init_statuses, c.name));
    }
    for (const auto& c : in.pod->spec->containers) visit(c, FindContainerStatus(*in.statuses, c.name));
  };
  if (in.phase == "Succeeded" && !AnyUnknown(containers)) return {false, kPodCompleted};
  if (in.phase == "Failed" && rules.failed_pod_ready_reason) return {false, kPodFailed};
  AppendNames(message, "unknown", containers, kUnknown);
  AppendNames(message, "unready", containers,
              [](const api::Container&, const api::ContainerStatus* s) { return s && !s->ready; });
  if (!message.empty()) return {false, kContainersNotReady, message};
  return {true};
}

// GeneratePodInitializedCondition. `message` holds the message the result refers to.
Wanted Initialized(const ConditionsInput& in, const KubeletRules& rules, std::string& message) {
  auto containers = [&](auto visit) {
    for (const auto& c : in.pod->spec->init_containers) visit(c, FindContainerStatus(*in.init_statuses, c.name));
  };
  if (in.phase == "Succeeded" && !AnyUnknown(containers)) return {true, kPodCompleted};
  if (in.pod_has_initialized) return {true};
  AppendNames(message, "unknown", containers, kUnknown);
  // A sidecar counts once it has started, a regular init container once it is ready.
  AppendNames(message, "incomplete", containers, [&](const api::Container& c, const api::ContainerStatus* s) {
    return s && (IsSidecar(c, rules.native_sidecars) ? !s->started.value_or(false) : !s->ready);
  });
  if (!message.empty()) return {false, kContainersNotInitialized, message};
  return {true};
}

std::string_view StatusWord(bool status) { return status ? "True" : "False"; }

// A stored condition the write leaves as it is, lastTransitionTime included.
bool Unchanged(const api::Condition* old, const Wanted& wanted) {
  return old && old->last_transition_time && old->status == StatusWord(wanted.status) &&
         old->reason == wanted.reason && old->message == wanted.message;
}

// The condition as written. The status manager keeps a condition's
// lastTransitionTime while its status holds; one that did not change at all
// is kept whole (its lastProbeTime too).
ConditionValue ValueOf(const Wanted& wanted, const api::Condition* old, bool unchanged, UnixMs now) {
  if (unchanged) {
    return {old->type, old->status, old->reason, old->message, old->last_probe_time, old->last_transition_time};
  }
  const std::string_view status = StatusWord(wanted.status);
  return {kOwnedTypes[wanted.type], status, wanted.reason, wanted.message, 0,
          old && old->status == status && old->last_transition_time ? old->last_transition_time : now};
}

// The phase as the conditions read it: Succeeded, Failed or another.
uint64_t PhaseCode(std::string_view phase) {
  if (phase == "Succeeded") return 1;
  return phase == "Failed" ? 2 : 0;
}

// All that Initialized and ContainersReady read of the input, packed for the
// memo; false when the pod has more containers than the bits hold.
bool PackInputs(const ConditionsInput& in, const KubeletRules& rules, ConditionInputs& out) {
  constexpr size_t kFlagBits = 4, kBitsPerContainer = 4;
  const std::vector<api::Container>& init = in.pod->spec->init_containers;
  const std::vector<api::Container>& regular = in.pod->spec->containers;
  if (init.size() + regular.size() > (64 - kFlagBits) / kBitsPerContainer) return false;
  uint64_t bits = PhaseCode(in.phase) | uint64_t{in.sandbox_ready} << 2 | uint64_t{in.pod_has_initialized} << 3;
  size_t shift = kFlagBits;
  auto add = [&](bool sidecar, const api::ContainerStatus* s) {
    const uint64_t v = uint64_t{sidecar} | uint64_t{s != nullptr} << 1 | uint64_t{s && s->ready} << 2 |
                       uint64_t{s && s->started.value_or(false)} << 3;
    bits |= v << shift;
    shift += kBitsPerContainer;
  };
  for (const auto& c : init) add(IsSidecar(c, rules.native_sidecars), FindContainerStatus(*in.init_statuses, c.name));
  for (const auto& c : regular) add(false, FindContainerStatus(*in.statuses, c.name));
  out = {init, regular, bits, in.container_names};
  return true;
}

}  // namespace

void UpdatePodConditions(const ConditionsInput& in, const KubeletRules& rules,
                         api::Cow<std::vector<api::Condition>>& conditions) {
  // The same inputs over this very list, at this time, give what they gave before.
  ConditionInputs inputs;
  const bool packed = in.memo && PackInputs(in, rules, inputs);
  if (packed) {
    if (const ConditionsMemo::List* list = in.memo->FindChange(conditions, inputs, in.now)) {
      conditions = *list;
      return;
    }
  }
  const std::vector<api::Condition>& old = conditions;
  const api::Condition* old_owned[kOwnedCount] = {};
  size_t others = 0;
  for (const auto& c : old) {
    const Owned i = OwnedIndex(c.type);
    if (i == kNotOwned) {
      ++others;
    } else if (!old_owned[i]) {
      old_owned[i] = &c;
    }
  }
  Wanted wanted[kOwnedCount];
  size_t count = 0;
  auto want = [&](Owned type, Wanted w) {
    w.type = type;
    wanted[count++] = w;
  };
  std::string initialized_message, ready_message;  // what wanted[] refers to
  if (rules.pod_ready_to_start_containers) want(kReadyToStart, {in.sandbox_ready});
  want(kInitialized, Initialized(in, rules, initialized_message));
  const Wanted containers_ready = ContainersReady(in, rules, ready_message);
  want(kReady, containers_ready);
  if (rules.containers_ready_condition) want(kContainersReady, containers_ready);
  want(kScheduled, {true});
  // A write that changes none of them keeps the stored list, shared.
  bool unchanged[kOwnedCount];
  bool same = others + count == old.size();
  for (size_t i = 0; i < count; ++i) {
    const api::Condition* o = old_owned[wanted[i].type];
    unchanged[i] = Unchanged(o, wanted[i]);
    same = same && unchanged[i] && &old[others + i] == o;
  }
  if (same) return;
  ConditionValue ours[kOwnedCount];
  for (size_t i = 0; i < count; ++i) ours[i] = ValueOf(wanted[i], old_owned[wanted[i].type], unchanged[i], in.now);
  const std::span<const ConditionValue> values(ours, count);
  if (others == 0 && in.memo) {
    const ConditionsMemo::List& list = in.memo->Get(values);
    if (packed) in.memo->AddChange(conditions, inputs, in.now, list);
    conditions = list;
    return;
  }
  // Sized exactly: a vector of conditions that grows, or is reserved for the
  // old ones plus ours, passes 1 KiB, where glibc malloc takes its slow path.
  std::vector<api::Condition> out;
  out.reserve(others + count);
  for (size_t i = 0; others > 0 && i < old.size(); ++i) {
    if (OwnedIndex(old[i].type) == kNotOwned) out.push_back(old[i]);
  }
  for (const ConditionValue& v : values) AppendCondition(out, v);
  conditions = std::move(out);
}

}  // namespace jobsim::sim
