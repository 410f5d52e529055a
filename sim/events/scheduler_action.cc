#include "sim/events/scheduler_action.h"

namespace jobsim::sim {

std::string SchedulerAction(const std::string& reason) {
  if (reason == "Scheduled") return "Binding";
  if (reason == "Preempted") return "Preempting";
  return "Scheduling";
}

}  // namespace jobsim::sim
