// `kubectl describe job`. Modern field order from
// staging/src/k8s.io/kubectl/pkg/describe/describe.go describeJob; the
// 1.3-era layout is the one the seed notes show (kubectl 1.2's
// pkg/kubectl/describe.go: Image(s), Selector, Parallelism, Completions,
// Start Time, Active Deadline Seconds, Labels on one line, Pods Statuses,
// "No volumes.", then the 8-column events table), written with real tabs.
// Pure: the job, its events and `now` in, the text out.
#pragma once

#include <string>

#include "fakeapi/types.h"
#include "kubectl/describe_events.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

std::string DescribeJob(const api::Job& job, const EventList& events, UnixMs now, const KubectlRules& rules);

}  // namespace jobsim::kubectl
