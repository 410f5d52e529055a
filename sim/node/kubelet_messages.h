// The texts of the kubelet's and the scheduler's events and of the waiting
// messages, per era. Pure functions of the rules and their arguments; the
// upstream source of each text is named next to it in kubelet_messages.cc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "fakeapi/types.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/start_failure.h"

namespace jobsim::sim {

// format.Pod (pkg/kubelet/util/format/pod.go): "pi-2n6pa_default(3643a8cc-...)".
std::string FormatPodRef(const api::Pod& pod);

// Go's %q for the ASCII texts jobsim produces: "a\"b\n".
std::string GoQuote(const std::string& text);

// docker/containerd container ids are 64 hex digits; events of the docker
// era show the first 12.
std::string ShortContainerId(std::string_view id);

// recordNodeStatusEvent (pkg/kubelet/kubelet_node_status.go): "Node node-1 status is now: NodeReady".
std::string NodeStatusEventMessage(const std::string& node, const std::string& event);

std::string PullingMessage(const KubeletRules& rules, const std::string& image);
// pull_ms: the pull itself; total_ms: since Pulling, waiting included.
std::string PulledMessage(const KubeletRules& rules, const std::string& image, int64_t pull_ms, int64_t total_ms,
                          uint64_t size_bytes);
std::string AlreadyPresentMessage(const std::string& image);
std::string NeverPullMessage(const std::string& image);

std::string CreatedEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id);
std::string StartedEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id);
std::string KillingEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id);

// The Warning Failed event of a start failure.
std::string StartFailedEventMessage(const KubeletRules& rules, const std::string& container, std::string_view id,
                                    const StartFailure& failure);
// The RunContainerError waiting message of a start failure.
std::string RunContainerErrorMessage(const KubeletRules& rules, std::string_view id, const StartFailure& failure);

std::string BackOffEventMessage(const KubeletRules& rules, const std::string& container, const api::Pod& pod);
std::string BackOffWaitingMessage(const KubeletRules& rules, int64_t backoff_ms, const std::string& container,
                                  const api::Pod& pod);

// 1.3's FailedSync: "Error syncing pod, skipping: failed to "StartContainer"
// for "pi" with CrashLoopBackOff: "Back-off 20s ..."" plus a newline.
std::string FailedSyncMessage(const std::string& container, const std::string& error, const std::string& message);

std::string ScheduledMessage(const KubeletRules& rules, const std::string& ns, const std::string& name,
                             const std::string& node);

// pkg/kubelet/active_deadline.go
inline constexpr const char* kDeadlineExceededReason = "DeadlineExceeded";
inline constexpr const char* kDeadlineExceededMessage = "Pod was active on the node longer than the specified deadline";

}  // namespace jobsim::sim
