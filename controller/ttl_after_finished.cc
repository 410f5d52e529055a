#include "controller/ttl_after_finished.h"

#include <fmt/format.h>

#include "controller/conditions.h"

namespace jobsim::controller {
namespace {

// jobFinishTime: the first Complete or Failed condition that is True.
const api::Condition* FinishedCondition(const api::Job& job) {
  for (const api::Condition& c : job.status.conditions) {
    if ((c.type == kJobComplete || c.type == kJobFailed) && c.status == kConditionTrue) return &c;
  }
  return nullptr;
}

}  // namespace

bool NeedsTtlCleanup(const api::Job& job) {
  return !job.metadata.deletion_timestamp && job.spec.ttl_seconds_after_finished && IsJobFinished(job);
}

TtlDecision DecideTtl(const api::Job& job, UnixMs now_ms) {
  if (!NeedsTtlCleanup(job)) return {};
  const api::Condition* finished = FinishedCondition(job);
  if (finished->last_transition_time == 0) {
    return {TtlAction::kError, 0,
            fmt::format("unable to find the time when the Job {}/{} finished", job.metadata.namespace_,
                        job.metadata.name)};
  }
  const UnixMs expire_at =
      finished->last_transition_time + int64_t{*job.spec.ttl_seconds_after_finished} * kMsPerSecond;
  if (expire_at <= now_ms) return {TtlAction::kDeleteNow};
  return {TtlAction::kRequeueAfter, expire_at - now_ms};
}

}  // namespace jobsim::controller
