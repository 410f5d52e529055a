// The pod status the kubelet writes, generated from its container records:
// generateAPIPodStatus and convertToAPIContainerStatuses of
// pkg/kubelet/kubelet_pods.go, reduced to what jobsim models. Pure.
//
//   - a container without an instance waits as ContainerCreating
//     (PodInitializing when the pod has init containers), or with its cached
//     reason (ErrImageNeverPull);
//   - the newest instance gives `state`, the one before `lastState`;
//   - a container the kubelet will restart shows its cached waiting reason
//     (RunContainerError, CrashLoopBackOff) over its exited state, which moves
//     to `lastState`;
//   - regular statuses are sorted by name, init statuses keep spec order;
//   - the phase is getPhase (sim/node/pod_phase.h); a terminal phase is
//     sticky; an eviction (activeDeadlineSeconds) makes it Failed with its
//     reason; reason and message are kept while the phase holds.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "sim/node/conditions_memo.h"
#include "sim/node/container_record.h"
#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

struct Eviction {
  std::string reason;
  std::string message;
};

struct PodStatusInput {
  const api::Pod* pod = nullptr;                          // the spec
  std::span<const ContainerRecord* const> init;     // spec order
  std::span<const ContainerRecord* const> regular;  // spec order
  api::Cow<std::vector<std::string>> host_ips;  // [the host IP], shared by the node's pods
  std::string pod_ip;  // empty until the sandbox exists
  std::optional<UnixMs> start_time;
  bool sandbox_ready = false;
  bool pod_is_terminal = false;  // nothing will run again (finished or deleted)
  std::optional<Eviction> eviction;
  UnixMs now = 0;
  ConditionsMemo* memo = nullptr;  // shares equal condition lists between pods (null: none)
};

// `status` holds the stored status and becomes the new one, in place: the
// parts that did not change stay shared with the stored version.
void UpdatePodStatus(const PodStatusInput& input, const KubeletRules& rules, api::PodStatus& status);

// metav1.Time precision: a unix ms time truncated to the whole second.
inline UnixMs ApiTime(UnixMs t) { return t - t % kMsPerSecond; }

// One container's status. `pod_has_init_containers` picks the default
// waiting reason.
api::ContainerStatus BuildContainerStatus(const ContainerRecord& record, bool pod_has_init_containers,
                                          const KubeletRules& rules);

}  // namespace jobsim::sim
