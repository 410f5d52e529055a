// The `action` of an events.k8s.io/v1 Event, which the API requires and the
// core/v1 EventRecorder interface has no parameter for. Only the scheduler
// uses that API here, so its reasons decide: pkg/scheduler/schedule_one.go
// records Scheduled with "Binding" and FailedScheduling with "Scheduling";
// pkg/scheduler/framework/preemption records Preempted with "Preempting".
#pragma once

#include <string_view>

namespace jobsim::sim {

// "Binding", "Preempting", or "Scheduling" for any other reason (a literal:
// the scheduler's every event asks, and nothing is copied).
std::string_view SchedulerAction(std::string_view reason);

}  // namespace jobsim::sim
