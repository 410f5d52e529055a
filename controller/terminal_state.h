// When a Job is done (the terminal-state part of syncJob in
// pkg/controller/job/job_controller.go). Pure decisions; the controller acts.
//
// Failure is evaluated first, in this order, the first hit winning:
//   a. an existing SuccessCriteriaMet=True: the Job will complete, nothing fails it;
//   b. an existing FailureTarget=True: the Job fails with that reason/message;
//   c. podFailurePolicy: the first failed pod (in list order) that matches a
//      FailJob rule -> FailureTarget, reason PodFailurePolicy, the rule's
//      message (always FailureTarget: the final Failed follows in the same
//      sync unless terminal conditions are delayed);
//   d. backoffLimit: failed > backoffLimit, or for restartPolicy OnFailure the
//      restart counts of Running/Pending pods sum to >= backoffLimit (> 0 when
//      the limit is 0) -> BackoffLimitExceeded;
//   e. activeDeadlineSeconds passed since status.startTime -> DeadlineExceeded;
//   f. backoffLimitPerIndex (Indexed): more failed indexes than
//      maxFailedIndexes -> MaxFailedIndexesExceeded; else every index either
//      succeeded or failed, at least one failed -> FailedIndexes.
//   g. successPolicy (Indexed), when a-f chose nothing: the first rule the
//      succeeded indexes meet -> SuccessCriteriaMet, reason SuccessPolicy (an
//      existing SuccessCriteriaMet is step a; an existing FailureTarget, step
//      b, wins over a rule met later).
// d, e and f produce FailureTarget when terminal conditions are delayed (the
// Job gets Failed once no pod is terminating), Failed otherwise.
// Success: succeeded >= completions (any success for a work-queue Job) with no
// active pod left (the 1.3 controller did not wait for active pods).
#pragma once

#include <optional>

#include "controller/indexed_job.h"
#include "controller/pod_classification.h"
#include "controller/pod_failure_policy.h"
#include "controller/rules.h"
#include "controller/success_policy.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

// spec.suspend, where the profile knows the field.
bool JobSuspended(const api::Job& job, const ControllerRules& rules);

// ADS and startTime set, not suspended, now - startTime >= ADS (the boundary counts).
bool PastActiveDeadline(const api::Job& job, UnixMs now_ms, const ControllerRules& rules);
// Time left until the deadline (may be <= 0), when a deadline applies.
std::optional<int64_t> DeadlineRemainingMs(const api::Job& job, UnixMs now_ms, const ControllerRules& rules);

bool ExceedsBackoffLimit(const api::Job& job, int32_t failed, const ControllerRules& rules);
// restartPolicy OnFailure: restart counts of Running/Pending pods against backoffLimit.
bool PastBackoffLimitOnFailure(const api::Job& job, const PodList& pods, const ControllerRules& rules);

// Step c: the FailJob message of the first failed pod a FailJob rule matches
// (getFailJobMessage in pkg/controller/job/job_controller.go).
std::optional<std::string> FailJobMessage(const api::Job& job, const PodList& pods, const PodFailurePolicy* policy,
                                          const ControllerRules& rules);

// Steps a-e above; nullopt when the Job is not failing. policy: the Job's
// parsed podFailurePolicy, or null.
std::optional<api::Condition> FailureCondition(const api::Job& job, int32_t failed, const PodList& pods,
                                               UnixMs now_ms, const ControllerRules& rules,
                                               const PodFailurePolicy* policy = nullptr);

// Step f, evaluated by the caller once a-e chose nothing (the failed indexes
// are computed in any case). failed/succeeded: the Job's failed and succeeded
// indexes as of this sync.
std::optional<api::Condition> FailedIndexesCondition(const api::Job& job, const IndexIntervals& failed,
                                                     const IndexIntervals& succeeded, UnixMs now_ms,
                                                     const ControllerRules& rules);

// Step g, evaluated by the caller once a-f chose nothing. succeeded: the
// Job's succeeded indexes as of this sync.
std::optional<api::Condition> SuccessPolicyCondition(const api::Job& job, const SuccessPolicy* policy,
                                                     const IndexIntervals& succeeded, UnixMs now_ms);

bool IsComplete(const api::Job& job, int32_t succeeded, int32_t active, const ControllerRules& rules);
// Complete, or SuccessCriteriaMet when terminal conditions are delayed;
// reason CompletionsReached when the profile has it, else no reason.
api::Condition SuccessCondition(UnixMs now_ms, const ControllerRules& rules);

}  // namespace jobsim::controller
