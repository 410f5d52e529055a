// Validation of a write to a Job's status subresource:
// getStatusValidationOptions (pkg/registry/batch/job/strategy.go) picks the
// rules, ValidateJobStatusUpdate / validateJobStatus
// (pkg/apis/batch/validation/validation.go) apply them.
//
// With JobManagedBy on, status transitions are checked strictly, because an
// external controller may write the status of a Job it manages: a finished Job
// stays finished, counters never decrease, completionTime goes with Complete,
// and, from 1.31, Failed and Complete follow FailureTarget and
// SuccessCriteriaMet, a finished Job has no terminating pods and no more
// ready pods than active ones. Each such rule only fires when the fields it looks at change in
// this write, so a write that leaves a bad field alone still goes through.
// The 1.32 and 1.33 patch releases spare suspended Jobs two of the rules
// (ApiRules::job_status_suspended_exceptions).
#pragma once

#include "fakeapi/api_rules.h"
#include "fakeapi/field_errors.h"
#include "fakeapi/types.h"

namespace jobsim::api {

// JobStatusValidationOptions: which rules apply to one write.
struct JobStatusRules {
  bool reject_decreasing_succeeded = false;
  bool reject_decreasing_failed = false;
  bool reject_disabling_terminal_condition = false;
  bool reject_invalid_completed_indexes = false;
  bool reject_invalid_failed_indexes = false;
  bool reject_completed_indexes_for_non_indexed = false;
  bool reject_failed_indexes_without_backoff_limit_per_index = false;
  bool reject_failed_indexes_overlapping_completed = false;
  bool reject_finished_with_active_pods = false;
  bool reject_finished_without_start_time = false;
  bool reject_finished_with_uncounted_pods = false;
  bool reject_start_time_update_for_unsuspended = false;
  bool reject_completion_time_before_start_time = false;
  bool reject_mutating_completion_time = false;
  bool reject_not_complete_with_completion_time = false;
  bool reject_complete_without_completion_time = false;
  bool reject_complete_with_failed = false;
  bool reject_complete_with_failure_target = false;
  // The interim conditions and pod counts (ApiRules::job_status_interim_conditions).
  bool reject_failed_without_failure_target = false;
  bool reject_complete_without_success_criteria_met = false;
  bool reject_finished_with_terminating_pods = false;
  bool reject_more_ready_than_active = false;
  // SuccessCriteriaMet may be set on any Job (not only Indexed Jobs with a successPolicy).
  bool success_criteria_met_in_extended_scope = false;
  friend bool operator==(const JobStatusRules&, const JobStatusRules&) = default;
};

// getStatusValidationOptions: the rules for this write of the status.
JobStatusRules StatusRulesFor(const Job& old, const Job& updated, const ApiRules& rules);

// ValidateJobStatusUpdate with those rules; the causes go to errors.
void ValidateJobStatusUpdate(const Job& old, const Job& updated, const ApiRules& rules, FieldErrors& errors);

}  // namespace jobsim::api
