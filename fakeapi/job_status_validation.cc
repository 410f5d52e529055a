#include "fakeapi/job_status_validation.h"

#include <algorithm>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "fakeapi/indexes_format.h"
#include "sim/base/duration.h"

namespace jobsim::api {
namespace {

bool IsCondition(const std::vector<Condition>& conditions, const char* type, const char* status) {
  for (const Condition& c : conditions) {
    if (c.type == type && c.status == status) return true;
  }
  return false;
}
bool IsConditionTrue(const std::vector<Condition>& conditions, const char* type) {
  return IsCondition(conditions, type, "True");
}
bool IsComplete(const Job& job) { return IsConditionTrue(job.status.conditions, "Complete"); }
bool IsFailed(const Job& job) { return IsConditionTrue(job.status.conditions, "Failed"); }
bool IsFinished(const Job& job) { return IsComplete(job) || IsFailed(job); }
bool IsFailureTarget(const Job& job) { return IsConditionTrue(job.status.conditions, "FailureTarget"); }
bool IsSuccessCriteriaMet(const Job& job) { return IsConditionTrue(job.status.conditions, "SuccessCriteriaMet"); }
bool IsIndexed(const Job& job) { return job.spec.completion_mode == "Indexed"; }

// Go's time.Time.String() of a metav1.Time: "2025-01-01 00:00:10 +0000 UTC".
std::string GoTime(UnixMs t) {
  std::string s = FormatRfc3339(t);
  s[s.find('T')] = ' ';
  return s.substr(0, s.size() - 1) + " +0000 UTC";
}

// %#v of a *UncountedTerminatedPods.
std::string GoUncounted(const UncountedTerminatedPods& u) {
  auto uids = [](const std::vector<std::string>& list) {
    if (list.empty()) return std::string("[]types.UID(nil)");
    std::string out = "[]types.UID{";
    for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + FieldErrors::Quote(list[i]);
    return out + "}";
  };
  return "batch.UncountedTerminatedPods{Succeeded:" + uids(u.succeeded) + ", Failed:" + uids(u.failed) + "}";
}

// Whether every uncounted UID is non-empty and listed once: the usual case,
// checked without building a field path per UID.
bool UncountedUidsValid(const UncountedTerminatedPods& u) {
  std::vector<std::string_view> uids;
  uids.reserve(u.succeeded.size() + u.failed.size());
  for (const auto* list : {&u.succeeded, &u.failed}) {
    for (const std::string& uid : *list) {
      if (uid.empty()) return false;
      uids.push_back(uid);
    }
  }
  std::sort(uids.begin(), uids.end());
  return std::adjacent_find(uids.begin(), uids.end()) == uids.end();
}

// The checks of every release: non-negative counters, uncounted UIDs.
void ValidateCounters(const JobStatus& status, FieldErrors& errors) {
  errors.NonNegative("status.active", status.active);
  errors.NonNegative("status.succeeded", status.succeeded);
  errors.NonNegative("status.failed", status.failed);
  if (status.ready) errors.NonNegative("status.ready", *status.ready);
  if (status.terminating) errors.NonNegative("status.terminating", *status.terminating);
  if (!status.uncounted_terminated_pods || UncountedUidsValid(*status.uncounted_terminated_pods)) return;
  std::set<std::string> seen;
  auto check = [&](const std::vector<std::string>& uids, const char* list) {
    for (size_t i = 0; i < uids.size(); ++i) {
      const std::string path = fmt::format("status.uncountedTerminatedPods.{}[{}]", list, i);
      if (uids[i].empty()) errors.InvalidString(path, uids[i], "must not be empty");
      else if (!seen.insert(uids[i]).second) errors.Duplicate(path, uids[i]);
    }
  };
  check(status.uncounted_terminated_pods->succeeded, "succeeded");
  check(status.uncounted_terminated_pods->failed, "failed");
}

void ValidateTerminalConditions(const Job& job, const JobStatusRules& r, FieldErrors& errors) {
  const JobStatus& status = job.status;
  if (r.reject_complete_with_failed && IsComplete(job) && IsFailed(job)) {
    errors.InvalidNoValue("status.conditions", "cannot set Complete=True and Failed=true conditions");
  }
  if (r.reject_complete_with_failure_target && IsComplete(job) && IsFailureTarget(job)) {
    errors.InvalidNoValue("status.conditions", "cannot set Complete=True and FailureTarget=true conditions");
  }
  if (r.reject_not_complete_with_completion_time && status.completion_time && !IsComplete(job)) {
    errors.Invalid("status.completionTime", GoTime(*status.completion_time),
                   "cannot set completionTime when there is no Complete=True condition");
  }
  if (r.reject_complete_without_completion_time && !status.completion_time && IsComplete(job)) {
    errors.Required("status.completionTime", "completionTime is required for Complete jobs");
  }
  if (r.reject_completion_time_before_start_time && status.start_time && status.completion_time &&
      *status.completion_time < *status.start_time) {
    errors.Invalid("status.completionTime", GoTime(*status.completion_time),
                   "completionTime cannot be set before startTime");
  }
  if (r.reject_failed_without_failure_target && IsFailed(job) && !IsFailureTarget(job)) {
    errors.InvalidNoValue("status.conditions",
                          "cannot set Failed=True condition without the FailureTarget=true condition");
  }
  if (r.reject_complete_without_success_criteria_met && IsComplete(job) && !IsSuccessCriteriaMet(job)) {
    errors.InvalidNoValue("status.conditions",
                          "cannot set Complete=True condition without the SuccessCriteriaMet=true condition");
  }
}

void ValidateFinishedJob(const Job& job, const JobStatusRules& r, FieldErrors& errors) {
  const JobStatus& status = job.status;
  if (!IsFinished(job)) return;
  if (r.reject_finished_with_active_pods && status.active > 0) {
    errors.InvalidInt("status.active", status.active, "active>0 is invalid for finished job");
  }
  if (r.reject_finished_without_start_time && !status.start_time) {
    errors.Required("status.startTime", "startTime is required for finished job");
  }
  if (r.reject_finished_with_uncounted_pods && status.uncounted_terminated_pods &&
      !status.uncounted_terminated_pods->empty()) {
    errors.Invalid("status.uncountedTerminatedPods", GoUncounted(*status.uncounted_terminated_pods),
                   "uncountedTerminatedPods needs to be empty for finished job");
  }
}

void ValidateIndexes(const Job& job, const JobStatusRules& r, FieldErrors& errors) {
  const JobStatus& status = job.status;
  const std::optional<int32_t> completions = job.spec.completions;
  int64_t total = 0;
  if (r.reject_invalid_completed_indexes && completions) {
    if (auto err = ValidateIndexesFormat(status.completed_indexes, *completions, total)) {
      errors.InvalidString("status.completedIndexes", status.completed_indexes,
                           "error parsing completedIndexes: " + *err);
    }
  }
  if (r.reject_invalid_failed_indexes && completions && job.spec.backoff_limit_per_index && status.failed_indexes) {
    if (auto err = ValidateIndexesFormat(*status.failed_indexes, *completions, total)) {
      errors.InvalidString("status.failedIndexes", *status.failed_indexes, "error parsing failedIndexes: " + *err);
    }
  }
  if (r.reject_completed_indexes_for_non_indexed && !status.completed_indexes.empty() && !IsIndexed(job)) {
    errors.InvalidString("status.completedIndexes", status.completed_indexes,
                         "cannot set non-empty completedIndexes when non-indexed completion mode");
  }
  if (r.reject_failed_indexes_without_backoff_limit_per_index && !job.spec.backoff_limit_per_index &&
      status.failed_indexes) {
    errors.InvalidString("status.failedIndexes", *status.failed_indexes,
                         "cannot set non-null failedIndexes when backoffLimitPerIndex is null");
  }
  if (r.reject_failed_indexes_overlapping_completed && completions && status.failed_indexes) {
    if (auto err = FailedIndexesOverlapCompleted(status.completed_indexes, *status.failed_indexes, *completions)) {
      errors.InvalidString("status.failedIndexes", *status.failed_indexes, *err);
    }
  }
}

// Pods still terminating or more ready than active (checked after the indexes, as upstream).
void ValidatePodCounts(const Job& job, const JobStatusRules& r, FieldErrors& errors) {
  const JobStatus& status = job.status;
  if (r.reject_finished_with_terminating_pods && status.terminating && *status.terminating > 0 && IsFinished(job)) {
    errors.InvalidInt("status.terminating", *status.terminating, "terminating>0 is invalid for finished job");
  }
  if (r.reject_more_ready_than_active && status.ready && *status.ready > status.active) {
    errors.InvalidInt("status.ready", *status.ready, "cannot set more ready pods than active");
  }
}

// The SuccessCriteriaMet rules (JobSuccessPolicy's validation).
void ValidateSuccessCriteriaMet(const Job& job, const JobStatusRules& r, FieldErrors& errors) {
  const bool met = IsSuccessCriteriaMet(job);
  if (!r.success_criteria_met_in_extended_scope && !IsIndexed(job) && met) {
    errors.InvalidNoValue("status.conditions", "cannot set SuccessCriteriaMet to NonIndexed Job");
  }
  if (met && IsFailed(job)) {
    errors.InvalidNoValue("status.conditions", "cannot set SuccessCriteriaMet=True and Failed=true conditions");
  }
  if (met && IsFailureTarget(job)) {
    errors.InvalidNoValue("status.conditions", "cannot set SuccessCriteriaMet=True and FailureTarget=true conditions");
  }
  if (!r.success_criteria_met_in_extended_scope && job.spec.success_policy.is_null() && met) {
    errors.InvalidNoValue("status.conditions", "cannot set SuccessCriteriaMet=True for Job without SuccessPolicy");
  }
  if (!job.spec.success_policy.is_null() && !met && IsComplete(job)) {
    errors.InvalidNoValue("status.conditions",
                          "cannot set Complete=True for Job with SuccessPolicy unless SuccessCriteriaMet=True");
  }
}

// validateJobStatus: the new status on its own.
void ValidateJobStatus(const Job& job, const JobStatusRules& r, FieldErrors& errors) {
  ValidateCounters(job.status, errors);
  ValidateTerminalConditions(job, r, errors);
  ValidateFinishedJob(job, r, errors);
  ValidateIndexes(job, r, errors);
  ValidatePodCounts(job, r, errors);
  ValidateSuccessCriteriaMet(job, r, errors);
}

// The transition from the stored status.
void ValidateTransition(const Job& old, const Job& job, const JobStatusRules& r, FieldErrors& errors) {
  if (r.reject_disabling_terminal_condition) {
    for (const char* type : {"Failed", "Complete", "FailureTarget"}) {
      if (IsConditionTrue(old.status.conditions, type) && !IsConditionTrue(job.status.conditions, type)) {
        errors.InvalidNoValue("status.conditions", fmt::format("cannot disable the terminal {}=True condition", type));
      }
    }
  }
  if (r.reject_decreasing_failed && job.status.failed < old.status.failed) {
    errors.InvalidInt("status.failed", job.status.failed, "cannot decrease the failed counter");
  }
  if (r.reject_decreasing_succeeded && job.status.succeeded < old.status.succeeded) {
    errors.InvalidInt("status.succeeded", job.status.succeeded, "cannot decrease the succeeded counter");
  }
  if (r.reject_mutating_completion_time && job.status.completion_time && old.status.completion_time &&
      *job.status.completion_time != *old.status.completion_time) {
    errors.Invalid("status.completionTime", GoTime(*job.status.completion_time), "completionTime cannot be mutated");
  }
  if (r.reject_start_time_update_for_unsuspended && old.status.start_time &&
      old.status.start_time != job.status.start_time && !job.spec.suspend.value_or(false)) {
    errors.Required("status.startTime", "startTime cannot be removed for unsuspended job");
  }
  if (IsSuccessCriteriaMet(old) && !IsSuccessCriteriaMet(job)) {
    errors.InvalidNoValue("status.conditions", "cannot disable the SuccessCriteriaMet=True condition");
  }
  if (IsComplete(old) && !IsSuccessCriteriaMet(old) && IsSuccessCriteriaMet(job)) {
    errors.InvalidNoValue("status.conditions",
                          "cannot set SuccessCriteriaMet=True for Job already has Complete=true conditions");
  }
}

}  // namespace

JobStatusRules StatusRulesFor(const Job& old, const Job& job, const ApiRules& rules) {
  JobStatusRules r;
  if (!rules.job_managed_by) {
    r.success_criteria_met_in_extended_scope = rules.job_pod_replacement_policy || IsSuccessCriteriaMet(old);
    return r;
  }
  const JobStatus& a = old.status;
  const JobStatus& b = job.status;
  const bool finished_changed = IsFinished(old) != IsFinished(job);
  const bool complete_changed = IsComplete(old) != IsComplete(job);
  const bool failed_changed = IsFailed(old) != IsFailed(job);
  const bool failure_target_changed = IsFailureTarget(old) != IsFailureTarget(job);
  const bool completed_indexes_changed = a.completed_indexes != b.completed_indexes;
  const bool failed_indexes_changed = a.failed_indexes != b.failed_indexes;
  const bool start_time_changed = a.start_time != b.start_time;
  const bool completion_time_changed = a.completion_time != b.completion_time;
  // The exceptions of the 1.32 and 1.33 patch releases (ApiRules::job_status_suspended_exceptions):
  // a suspended Job with completions 0 completes at once, never having started
  // (PR #132614), and the controller's resume write restarts the clock as it
  // turns Suspended False (PR #134769, upstream's isJobResuming).
  const bool suspended_with_zero_completions = rules.job_status_suspended_exceptions &&
                                               job.spec.suspend.value_or(false) && job.spec.completions == 0;
  const bool resuming = rules.job_status_suspended_exceptions && IsConditionTrue(a.conditions, "Suspended") &&
                        IsCondition(b.conditions, "Suspended", "False");
  // Indexed Jobs with completions == parallelism may scale down (elastic).
  r.reject_decreasing_succeeded = !IsIndexed(job) || job.spec.completions != job.spec.parallelism;
  r.reject_decreasing_failed = true;
  r.reject_disabling_terminal_condition = true;
  r.reject_invalid_completed_indexes = completed_indexes_changed;
  r.reject_invalid_failed_indexes = failed_indexes_changed;
  r.reject_completed_indexes_for_non_indexed = completed_indexes_changed;
  r.reject_failed_indexes_without_backoff_limit_per_index = failed_indexes_changed;
  r.reject_failed_indexes_overlapping_completed = failed_indexes_changed || completed_indexes_changed;
  r.reject_finished_with_active_pods = finished_changed || a.active != b.active;
  r.reject_finished_without_start_time = (finished_changed || start_time_changed) && !suspended_with_zero_completions;
  r.reject_finished_with_uncounted_pods = finished_changed || a.uncounted_terminated_pods != b.uncounted_terminated_pods;
  r.reject_start_time_update_for_unsuspended = start_time_changed && !resuming;
  r.reject_completion_time_before_start_time = start_time_changed || completion_time_changed;
  r.reject_mutating_completion_time = true;
  r.reject_not_complete_with_completion_time = complete_changed || completion_time_changed;
  r.reject_complete_without_completion_time = complete_changed || completion_time_changed;
  r.reject_complete_with_failed = complete_changed || failed_changed;
  r.reject_complete_with_failure_target = complete_changed || failure_target_changed;
  r.success_criteria_met_in_extended_scope = true;
  if (!rules.job_status_interim_conditions) return r;
  // Upstream's triggers, isFailedIndexesChanged for Failed included.
  r.reject_failed_without_failure_target = failed_changed || failed_indexes_changed;
  r.reject_complete_without_success_criteria_met =
      complete_changed || IsSuccessCriteriaMet(old) != IsSuccessCriteriaMet(job);
  r.reject_finished_with_terminating_pods = finished_changed || a.terminating != b.terminating;
  r.reject_more_ready_than_active = a.ready != b.ready || a.active != b.active;
  return r;
}

void ValidateJobStatusUpdate(const Job& old, const Job& job, const ApiRules& rules, FieldErrors& errors) {
  const JobStatusRules r = StatusRulesFor(old, job, rules);
  ValidateJobStatus(job, r, errors);
  ValidateTransition(old, job, r, errors);
}

}  // namespace jobsim::api
