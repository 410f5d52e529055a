#include "controller/terminal_state.h"

#include "controller/conditions.h"

namespace jobsim::controller {
namespace {

api::Condition FailureOf(const char* reason, const char* message, UnixMs now_ms, const ControllerRules& rules) {
  return NewCondition(rules.delayed_terminal_conditions ? kJobFailureTarget : kJobFailed, kConditionTrue, reason,
                      message, now_ms);
}

// Steps a and b: a terminal intent written by an earlier sync.
std::optional<api::Condition> EarlierIntent(const api::Job& job, UnixMs now_ms) {
  for (const api::Condition& c : job.status.conditions) {
    if (c.type == kJobSuccessCriteriaMet && c.status == kConditionTrue) return c;
  }
  for (const api::Condition& c : job.status.conditions) {
    if (c.type == kJobFailureTarget && c.status == kConditionTrue) {
      return NewCondition(kJobFailed, kConditionTrue, c.reason, c.message, now_ms);
    }
  }
  return std::nullopt;
}

}  // namespace

bool JobSuspended(const api::Job& job, const ControllerRules& rules) {
  return rules.suspend && job.spec.suspend.value_or(false);
}

std::optional<int64_t> DeadlineRemainingMs(const api::Job& job, UnixMs now_ms, const ControllerRules& rules) {
  if (!job.spec.active_deadline_seconds || !job.status.start_time || JobSuspended(job, rules)) return std::nullopt;
  return *job.spec.active_deadline_seconds * kMsPerSecond - (now_ms - *job.status.start_time);
}

bool PastActiveDeadline(const api::Job& job, UnixMs now_ms, const ControllerRules& rules) {
  const std::optional<int64_t> remaining = DeadlineRemainingMs(job, now_ms, rules);
  return remaining && *remaining <= 0;
}

bool ExceedsBackoffLimit(const api::Job& job, int32_t failed, const ControllerRules& rules) {
  return rules.backoff_limit && job.spec.backoff_limit && failed > *job.spec.backoff_limit;
}

bool PastBackoffLimitOnFailure(const api::Job& job, const PodList& pods, const ControllerRules& rules) {
  if (!rules.backoff_limit || !job.spec.backoff_limit) return false;
  if (job.spec.template_.spec->restart_policy != "OnFailure") return false;
  int64_t restarts = 0;
  for (const auto& pod : pods) {
    if (pod->status.phase != "Running" && pod->status.phase != "Pending") continue;
    for (const auto& s : pod->status.init_container_statuses) restarts += s.restart_count;
    for (const auto& s : pod->status.container_statuses) restarts += s.restart_count;
  }
  const int32_t limit = *job.spec.backoff_limit;
  return limit == 0 ? restarts > 0 : restarts >= limit;
}

std::optional<std::string> FailJobMessage(const api::Job& job, const PodList& pods, const PodFailurePolicy* policy,
                                          const ControllerRules& rules) {
  if (!policy) return std::nullopt;
  for (const auto& pod : pods) {
    if (!IsPodFailed(*pod, job, rules)) continue;
    if (auto message = MatchPodFailurePolicy(policy, *pod).fail_job_message) return message;
  }
  return std::nullopt;
}

std::optional<api::Condition> FailureCondition(const api::Job& job, int32_t failed, const PodList& pods,
                                               UnixMs now_ms, const ControllerRules& rules,
                                               const PodFailurePolicy* policy) {
  if (auto earlier = EarlierIntent(job, now_ms)) return earlier;
  if (auto message = FailJobMessage(job, pods, policy, rules)) {
    return NewCondition(kJobFailureTarget, kConditionTrue, kReasonPodFailurePolicy, *message, now_ms);
  }
  if (ExceedsBackoffLimit(job, failed, rules) || PastBackoffLimitOnFailure(job, pods, rules)) {
    return FailureOf(kReasonBackoffLimitExceeded, kMessageBackoffLimitExceeded, now_ms, rules);
  }
  if (PastActiveDeadline(job, now_ms, rules)) {
    return FailureOf(kReasonDeadlineExceeded, kMessageDeadlineExceeded, now_ms, rules);
  }
  return std::nullopt;
}

std::optional<api::Condition> FailedIndexesCondition(const api::Job& job, const IndexIntervals& failed,
                                                     const IndexIntervals& succeeded, UnixMs now_ms,
                                                     const ControllerRules& rules) {
  const int32_t n_failed = failed.Total();
  if (job.spec.max_failed_indexes && n_failed > *job.spec.max_failed_indexes) {
    return FailureOf(kReasonMaxFailedIndexesExceeded, kMessageMaxFailedIndexesExceeded, now_ms, rules);
  }
  if (n_failed > 0 && n_failed + succeeded.Total() >= job.spec.completions.value_or(0)) {
    return FailureOf(kReasonFailedIndexes, kMessageFailedIndexes, now_ms, rules);
  }
  return std::nullopt;
}

std::optional<api::Condition> SuccessPolicyCondition(const api::Job& job, const SuccessPolicy* policy,
                                                     const IndexIntervals& succeeded, UnixMs now_ms) {
  if (!IsIndexedJob(job)) return std::nullopt;
  auto message = MatchSuccessPolicy(policy, job.spec.completions.value_or(0), succeeded);
  if (!message) return std::nullopt;
  return NewCondition(kJobSuccessCriteriaMet, kConditionTrue, kReasonSuccessPolicy, *message, now_ms);
}

bool IsComplete(const api::Job& job, int32_t succeeded, int32_t active, const ControllerRules& rules) {
  if (!job.spec.completions) return succeeded > 0 && active == 0;
  return succeeded >= *job.spec.completions && (active == 0 || !rules.complete_requires_no_active);
}

api::Condition SuccessCondition(UnixMs now_ms, const ControllerRules& rules) {
  const char* type = rules.delayed_terminal_conditions ? kJobSuccessCriteriaMet : kJobComplete;
  if (!rules.completions_reached_reason) return NewCondition(type, kConditionTrue, "", "", now_ms);
  return NewCondition(type, kConditionTrue, kReasonCompletionsReached, kMessageCompletionsReached, now_ms);
}

}  // namespace jobsim::controller
