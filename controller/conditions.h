// Job conditions: the types, reasons and messages the controller writes, and
// the upsert rule it writes them with (ensureJobConditionStatus in
// pkg/controller/job/job_controller.go). Pure functions over a condition list.
//
// Every condition the controller writes has lastProbeTime = lastTransitionTime
// = the sync's time, truncated to whole seconds as metav1.Time is.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::controller {

// staging/src/k8s.io/api/batch/v1/types.go (JobConditionType).
inline constexpr const char* kJobComplete = "Complete";
inline constexpr const char* kJobFailed = "Failed";
inline constexpr const char* kJobSuspended = "Suspended";
inline constexpr const char* kJobFailureTarget = "FailureTarget";
inline constexpr const char* kJobSuccessCriteriaMet = "SuccessCriteriaMet";

inline constexpr const char* kConditionTrue = "True";
inline constexpr const char* kConditionFalse = "False";

// Reasons and messages: pkg/controller/job/job_controller.go and batch/v1/types.go.
inline constexpr const char* kReasonBackoffLimitExceeded = "BackoffLimitExceeded";
inline constexpr const char* kMessageBackoffLimitExceeded = "Job has reached the specified backoff limit";
inline constexpr const char* kReasonDeadlineExceeded = "DeadlineExceeded";
inline constexpr const char* kMessageDeadlineExceeded = "Job was active longer than specified deadline";
inline constexpr const char* kReasonPodFailurePolicy = "PodFailurePolicy";
inline constexpr const char* kReasonMaxFailedIndexesExceeded = "MaxFailedIndexesExceeded";
inline constexpr const char* kMessageMaxFailedIndexesExceeded =
    "Job has exceeded the specified maximal number of failed indexes";
inline constexpr const char* kReasonFailedIndexes = "FailedIndexes";
inline constexpr const char* kMessageFailedIndexes = "Job has failed indexes";
inline constexpr const char* kReasonCompletionsReached = "CompletionsReached";
inline constexpr const char* kMessageCompletionsReached = "Reached expected number of succeeded pods";
inline constexpr const char* kReasonSuccessPolicy = "SuccessPolicy";  // message: controller/success_policy
inline constexpr const char* kReasonJobSuspended = "JobSuspended";
inline constexpr const char* kMessageJobSuspended = "Job suspended";
inline constexpr const char* kReasonJobResumed = "JobResumed";
inline constexpr const char* kMessageJobResumed = "Job resumed";

// A condition of status True or False stamped with now (truncated to seconds).
api::Condition NewCondition(const std::string& type, const std::string& status, const std::string& reason,
                            const std::string& message, UnixMs now_ms);

// A condition of that type exists with status True.
bool HasTrueCondition(const std::vector<api::Condition>& conditions, const std::string& type);
// Complete=True or Failed=True (util.IsJobFinished).
bool IsJobFinished(const api::Job& job);

// Upsert: an existing condition of the type is replaced (fresh timestamps) when
// status, reason or message differ; a missing one is appended unless its status
// is False. Returns whether the list changed.
bool EnsureConditionStatus(std::vector<api::Condition>& conditions, const std::string& type,
                           const std::string& status, const std::string& reason, const std::string& message,
                           UnixMs now_ms);

}  // namespace jobsim::controller
