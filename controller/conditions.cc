#include "controller/conditions.h"

namespace jobsim::controller {

api::Condition NewCondition(const std::string& type, const std::string& status, const std::string& reason,
                            const std::string& message, UnixMs now_ms) {
  api::Condition c;
  c.type = type;
  c.status = status;
  c.reason = reason;
  c.message = message;
  c.last_probe_time = c.last_transition_time = now_ms - now_ms % kMsPerSecond;
  return c;
}

bool HasTrueCondition(const std::vector<api::Condition>& conditions, const std::string& type) {
  for (const api::Condition& c : conditions) {
    if (c.type == type && c.status == kConditionTrue) return true;
  }
  return false;
}

bool IsJobFinished(const api::Job& job) {
  return HasTrueCondition(job.status.conditions, kJobComplete) ||
         HasTrueCondition(job.status.conditions, kJobFailed);
}

bool EnsureConditionStatus(std::vector<api::Condition>& conditions, const std::string& type,
                           const std::string& status, const std::string& reason, const std::string& message,
                           UnixMs now_ms) {
  for (api::Condition& c : conditions) {
    if (c.type != type) continue;
    if (c.status == status && c.reason == reason && c.message == message) return false;
    c = NewCondition(type, status, reason, message, now_ms);
    return true;
  }
  if (status == kConditionFalse) return false;
  conditions.push_back(NewCondition(type, status, reason, message, now_ms));
  return true;
}

}  // namespace jobsim::controller
