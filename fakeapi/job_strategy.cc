// Job defaulting, selector generation and validation:
//   pkg/apis/batch/v1/defaults.go (SetDefaults_Job),
//   pkg/registry/batch/job/strategy.go (PrepareForCreate, generateSelector),
//   pkg/apis/batch/validation/validation.go (ValidateJob, ValidateJobSpecUpdate),
//   pkg/apis/extensions/v1beta1 conversion (autoSelector) for the 1.3 era.
#include <climits>

#include "fakeapi/field_errors.h"
#include "fakeapi/selector.h"
#include "fakeapi/strategy.h"
#include "fakeapi/well_known.h"

namespace jobsim::api {
namespace {

// Go's %v of a map[string]string: "map[a:b c:d]".
std::string GoMap(const StringMap& m) {
  std::string out = "map[";
  bool first = true;
  for (const auto& [k, v] : m) {
    out += (first ? "" : " ") + k + ":" + v;
    first = false;
  }
  return out + "]";
}

bool IsV1beta1(const Job& job) { return job.api_version == "extensions/v1beta1"; }

// extensions/v1beta1: autoSelector unset/false means the user picks the selector,
// defaulting to the template labels.
void ConvertV1beta1Selector(Job& job) {
  if (job.spec.auto_selector.value_or(false)) {
    job.spec.manual_selector.reset();
    return;
  }
  job.spec.manual_selector = true;
  if (!job.spec.selector && !job.spec.template_.metadata.labels.empty()) {
    job.spec.selector.emplace().match_labels = job.spec.template_.metadata.labels;
  }
}

void GenerateSelector(Job& job, const ApiRules& rules) {
  auto& labels = job.spec.template_.metadata.labels.Mut();
  const std::string& uid = job.metadata.uid;
  labels.try_emplace(kLegacyControllerUidLabel, uid);
  labels.try_emplace(kLegacyJobNameLabel, job.metadata.name);
  if (rules.job_prefixed_labels) {
    labels.try_emplace(kControllerUidLabel, uid);
    labels.try_emplace(kJobNameLabel, job.metadata.name);
  }
  auto& selector = job.spec.selector ? *job.spec.selector : job.spec.selector.emplace();
  selector.match_labels.try_emplace(rules.job_prefixed_labels ? kControllerUidLabel : kLegacyControllerUidLabel,
                                    uid);
}

void ValidateGeneratedSelector(const Job& job, const ApiRules& rules, FieldErrors& errors) {
  if (job.spec.manual_selector.value_or(false) || !job.spec.selector) return;
  const auto& labels = job.spec.template_.metadata.labels;
  auto expect = [&](const char* key, const std::string& want) {
    const std::string path = std::string("spec.template.metadata.labels[") + key + "]";
    const auto it = labels.find(key);
    if (it == labels.end()) errors.Required(path, "must be '" + want + "'");
    else if (it->second != want) errors.Invalid(path, GoMap(labels), "must be '" + want + "'");
  };
  expect(kLegacyControllerUidLabel, job.metadata.uid);
  expect(kLegacyJobNameLabel, job.metadata.name);
  if (rules.job_prefixed_labels) {
    expect(kControllerUidLabel, job.metadata.uid);
    expect(kJobNameLabel, job.metadata.name);
  }
  LabelSelector want;
  want.match_labels[rules.job_prefixed_labels ? kControllerUidLabel : kLegacyControllerUidLabel] =
      job.metadata.uid;
  if (!(job.spec.selector->match_labels == want.match_labels) || !job.spec.selector->match_expressions.empty()) {
    errors.Invalid("spec.selector", "v1.LabelSelector{MatchLabels:" + GoMap(job.spec.selector->match_labels) + "}",
                   "`selector` not auto-generated");
  }
}

void ValidateRestartPolicy(const std::string& policy, FieldErrors& errors) {
  const std::string path = "spec.template.spec.restartPolicy";
  if (policy.empty() || policy == "Always") {
    errors.Required(path, "valid values: \"OnFailure\", \"Never\"");
  } else if (policy != "OnFailure" && policy != "Never") {
    errors.NotSupported(path, policy, {"OnFailure", "Never"});
  }
}

void ValidateSpec(const Job& job, FieldErrors& errors) {
  const JobSpec& spec = job.spec;
  if (!spec.selector) {
    errors.Required("spec.selector");
  } else {
    Selector selector;
    if (Status st = Selector::FromLabelSelector(*spec.selector, selector); !st.ok()) {
      errors.Invalid("spec.selector", "", st.message());
    } else if (selector.empty() || !selector.Matches(spec.template_.metadata.labels)) {
      errors.Invalid("spec.template.metadata.labels", GoMap(spec.template_.metadata.labels),
                     "`selector` does not match template `labels`");
    }
  }
  errors.NonNegative("spec.parallelism", spec.parallelism);
  errors.NonNegative("spec.completions", spec.completions);
  errors.NonNegative("spec.activeDeadlineSeconds", spec.active_deadline_seconds);
  errors.NonNegative("spec.backoffLimit", spec.backoff_limit);
  errors.NonNegative("spec.ttlSecondsAfterFinished", spec.ttl_seconds_after_finished);
  if (spec.completion_mode && *spec.completion_mode != "NonIndexed" && *spec.completion_mode != "Indexed") {
    errors.NotSupported("spec.completionMode", *spec.completion_mode, {"NonIndexed", "Indexed"});
  }
  if (spec.completion_mode.value_or("") == "Indexed" && !spec.completions) {
    errors.Required("spec.completions", "when completion mode is Indexed");
  }
  ValidatePodSpec(spec.template_.spec, "spec.template.spec", true, errors);
  ValidateRestartPolicy(spec.template_.spec.restart_policy, errors);
}

}  // namespace

void ApplyDefaults(Job& job, const ApiRules& rules) {
  JobSpec& spec = job.spec;
  if (!spec.completions && !spec.parallelism) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  if (!spec.parallelism) spec.parallelism = 1;
  if (rules.job_backoff_limit && !spec.backoff_limit) {
    spec.backoff_limit = spec.backoff_limit_per_index ? INT32_MAX : 6;
  }
  if (job.metadata.labels.empty()) job.metadata.labels = spec.template_.metadata.labels;
  if (rules.job_completion_mode && !spec.completion_mode) spec.completion_mode = "NonIndexed";
  if (rules.job_suspend && !spec.suspend) spec.suspend = false;
  if (rules.job_pod_replacement_policy) {
    if (!spec.pod_replacement_policy) {
      spec.pod_replacement_policy = spec.pod_failure_policy.is_null() ? "TerminatingOrFailed" : "Failed";
    }
    if (!spec.manual_selector) spec.manual_selector = false;
  }
  ApplyDefaults(spec.template_.spec, rules);
}

Status PrepareForCreate(Job& job, WriteContext& ctx) {
  if (IsV1beta1(job)) ConvertV1beta1Selector(job);
  ApplyDefaults(job, ctx.rules);
  job.status = JobStatus{};
  job.metadata.generation = 1;
  if (!job.spec.manual_selector.value_or(false)) GenerateSelector(job, ctx.rules);
  // Defaulting runs again when the object is read back: the Job's own labels
  // then come from the (now generated) template labels.
  ApplyDefaults(job, ctx.rules);
  FieldErrors errors;
  ValidateObjectName(job.metadata.name, true, errors);
  ValidateGeneratedSelector(job, ctx.rules, errors);
  ValidateSpec(job, errors);
  return errors.ToStatus("Job.batch", job.metadata.name);
}

Status PrepareForUpdate(const Job& old, Job& updated, bool status_only, WriteContext& ctx) {
  if (status_only) {
    updated.spec = old.spec;
    updated.metadata.generation = old.metadata.generation;
    FieldErrors errors;
    errors.NonNegative("status.active", updated.status.active);
    errors.NonNegative("status.succeeded", updated.status.succeeded);
    errors.NonNegative("status.failed", updated.status.failed);
    return errors.ToStatus("Job.batch", updated.metadata.name);
  }
  updated.status = old.status;
  if (IsV1beta1(updated)) ConvertV1beta1Selector(updated);
  ApplyDefaults(updated, ctx.rules);
  updated.metadata.generation = old.metadata.generation + (updated.spec == old.spec ? 0 : 1);
  FieldErrors errors;
  ValidateSpec(updated, errors);
  if (!(updated.spec.selector == old.spec.selector)) {
    errors.Immutable("spec.selector", "v1.LabelSelector{MatchLabels:" +
                                          GoMap(updated.spec.selector ? updated.spec.selector->match_labels
                                                                      : StringMap{}) + "}");
  }
  if (updated.spec.completions != old.spec.completions) {
    errors.Immutable("spec.completions", updated.spec.completions ? std::to_string(*updated.spec.completions)
                                                                 : "null");
  }
  if (updated.spec.completion_mode != old.spec.completion_mode) {
    errors.Immutable("spec.completionMode", FieldErrors::Quote(updated.spec.completion_mode.value_or("")));
  }
  if (!(updated.spec.template_ == old.spec.template_)) {
    errors.Immutable("spec.template", "core.PodTemplateSpec{...}");
  }
  return errors.ToStatus("Job.batch", updated.metadata.name);
}

}  // namespace jobsim::api
