// `kubectl describe pod`. Modern field order from
// staging/src/k8s.io/kubectl/pkg/describe/describe.go describePod (Priority,
// Service Account, Node, Start Time, Labels, Annotations, Status, IP(s),
// Controlled By, Containers, Conditions, Volumes, QoS Class, Node-Selectors,
// Tolerations, Events); the 1.3-era layout of kubectl 1.2's describePod
// (Labels on one line, "Controllers:" from the kubernetes.io/created-by
// annotation, "QoS Tier:" per container, "No volumes.", real tabs).
// Pure: the pod, its events and `now` in, the text out.
#pragma once

#include <string>

#include "fakeapi/types.h"
#include "kubectl/describe_events.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

std::string DescribePod(const api::Pod& pod, const EventList& events, UnixMs now, const KubectlRules& rules);

}  // namespace jobsim::kubectl
