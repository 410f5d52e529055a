#include "sim/events/scheduler_action.h"

namespace jobsim::sim {

std::string_view SchedulerAction(std::string_view reason) {
  if (reason == "Scheduled") return "Binding";
  if (reason == "Preempted") return "Preempting";
  return "Scheduling";
}

}  // namespace jobsim::sim
