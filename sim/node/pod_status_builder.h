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

// The container status lists of one pod's records, kept between its status
// writes: a list is built again only after one of its records changed, so a
// write that changes no container (the final one, a condition's) neither
// builds nor compares a list, and hands the store the one it already holds.
class ContainerStatusLists {
 public:
  // A record of the init (or the regular) list changed since the last Update.
  void Invalidate(bool init) { (init ? init_stale_ : regular_stale_) = true; }
  // Builds the lists whose records changed: init statuses in spec order,
  // regular ones by name. `pod_has_init_containers` picks the default waiting reason.
  void Update(std::span<const ContainerRecord* const> init, std::span<const ContainerRecord* const> regular,
              bool pod_has_init_containers, const KubeletRules& rules);
  const api::Cow<std::vector<api::ContainerStatus>>& init() const { return init_; }
  const api::Cow<std::vector<api::ContainerStatus>>& regular() const { return regular_; }

 private:
  api::Cow<std::vector<api::ContainerStatus>> init_;
  api::Cow<std::vector<api::ContainerStatus>> regular_;
  bool init_stale_ = true;
  bool regular_stale_ = true;
};

struct PodStatusInput {
  const api::Pod* pod = nullptr;                          // the spec
  std::span<const ContainerRecord* const> regular;  // spec order
  const ContainerStatusLists* statuses = nullptr;  // REQUIRES: updated from the pod's records
  api::Cow<std::vector<std::string>> host_ips;  // [the host IP], shared by the node's pods
  std::string pod_ip;  // empty until the sandbox exists
  std::optional<UnixMs> start_time;
  bool sandbox_ready = false;
  bool pod_is_terminal = false;  // nothing will run again (finished or deleted)
  std::optional<Eviction> eviction;
  UnixMs now = 0;
  ConditionsMemo* memo = nullptr;  // shares equal condition lists between pods (null: none)
  const std::string* container_names = nullptr;  // memo->Names of the pod's containers, or null
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
