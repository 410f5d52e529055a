// Whether an update may change a Job's pod template: validatePodTemplateUpdate
// (pkg/apis/batch/validation/validation.go) with the AllowMutableSchedulingDirectives
// option that validationOptionsForJob (pkg/registry/batch/job/strategy.go) sets.
//
// The template is immutable, except that while the stored Job is suspended and
// has never started (no status.startTime) a queueing controller may retarget
// it before letting it run: node affinity (only its nodeAffinity part),
// nodeSelector, tolerations, the template's labels and annotations, and from
// 1.27 schedulingGates (ApiRules::job_mutable_scheduling_directives, ...gates).
#pragma once

#include "fakeapi/api_rules.h"
#include "fakeapi/field_errors.h"
#include "fakeapi/types.h"

namespace jobsim::api {

// AllowMutableSchedulingDirectives: the stored Job is suspended and never started.
bool AllowsMutableSchedulingDirectives(const Job& old, const ApiRules& rules);

// "spec.template: Invalid value: ...: field is immutable" unless the
// template changed only where the rules allow.
void ValidateJobTemplateUpdate(const Job& old, const Job& updated, const ApiRules& rules, FieldErrors& errors);

}  // namespace jobsim::api
