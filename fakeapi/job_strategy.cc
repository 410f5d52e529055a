// Job defaulting, selector generation and validation:
//   pkg/apis/batch/v1/defaults.go (SetDefaults_Job),
//   pkg/registry/batch/job/strategy.go (PrepareForCreate, generateSelector),
//   pkg/apis/batch/validation/validation.go (ValidateJob, ValidateJobSpecUpdate),
//   pkg/apis/extensions/v1beta1 conversion (autoSelector) for the 1.3 era.
// spec.podFailurePolicy stays raw JSON here (the controller types it); it is
// defaulted and validated on that JSON.
#include <algorithm>
#include <cctype>
#include <climits>
#include <optional>
#include <set>

#include "fakeapi/field_errors.h"
#include "fakeapi/indexes_format.h"
#include "fakeapi/job_status_validation.h"
#include "fakeapi/job_template_update.h"
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
  const std::string uid = job.metadata.uid.str();
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
  auto expect = [&](const char* key, std::string_view want_text) {
    const std::string want(want_text);
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

void ValidateRestartPolicy(const JobSpec& spec, FieldErrors& errors) {
  const std::string path = "spec.template.spec.restartPolicy";
  const std::string& policy = spec.template_.spec->restart_policy;
  if (policy.empty() || policy == "Always") {
    errors.Required(path, "valid values: \"OnFailure\", \"Never\"");
  } else if (policy != "OnFailure" && policy != "Never") {
    errors.NotSupported(path, policy, {"OnFailure", "Never"});
  } else if (!spec.pod_failure_policy.is_null() && policy != "Never") {
    errors.InvalidString(path, policy, "only \"Never\" is supported when podFailurePolicy is specified");
  }
}

// --- podFailurePolicy (pkg/apis/batch/validation/validation.go) ---

// maxPodFailurePolicyRules, maxPodFailurePolicyOnExitCodesValues,
// maxPodFailurePolicyOnPodConditionsPatterns in validation.go.
constexpr size_t kMaxPodFailurePolicyRules = 20;
constexpr size_t kMaxOnExitCodesValues = 255;
constexpr size_t kMaxOnPodConditionsPatterns = 20;

// The supported sets, sorted as sets.List sorts them.
const std::vector<std::string> kPodFailurePolicyActions = {"Count", "FailIndex", "FailJob", "Ignore"};
const std::vector<std::string> kOnExitCodesOperators = {"In", "NotIn"};
const std::vector<std::string> kOnPodConditionsStatuses = {"False", "True", "Unknown"};

// Go's %q of a []string: ["a" "b"].
std::string GoQuotedList(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& v : values) out += (out.size() > 1 ? " " : "") + FieldErrors::Quote(v);
  return out + "]";
}

// Go's %#v of a []int32: []int32{1, 2}.
std::string GoInt32Slice(const std::vector<int64_t>& values) {
  std::string out = "[]int32{";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + std::to_string(values[i]);
  return out + "}";
}

std::string JsonString(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

const Json* JsonField(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

size_t JsonSize(const Json* list) { return list && list->is_array() ? list->size() : 0; }

// The name part of a qualified name (IsQualifiedName in
// k8s.io/apimachinery/pkg/util/validation); prefixes are not checked.
bool IsQualifiedNamePart(const std::string& s) {
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  if (s.empty() || !alnum(s.front()) || !alnum(s.back())) return false;
  return std::all_of(s.begin(), s.end(), [&](char c) { return alnum(c) || c == '-' || c == '_' || c == '.'; });
}

void ValidateConditionType(const std::string& type, const std::string& path, FieldErrors& errors) {
  const std::string name = type.substr(type.find('/') == std::string::npos ? 0 : type.find('/') + 1);
  if (name.empty()) {
    errors.InvalidString(path, type, "name part must be non-empty");
  } else if (!IsQualifiedNamePart(name)) {
    errors.InvalidString(path, type,
                         "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and "
                         "end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex "
                         "used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
  }
}

void ValidateOnPodConditions(const Json& patterns, const std::string& path, FieldErrors& errors) {
  if (patterns.size() > kMaxOnPodConditionsPatterns) {
    errors.TooMany(path, patterns.size(), kMaxOnPodConditionsPatterns);
  }
  for (size_t j = 0; j < patterns.size(); ++j) {
    const std::string pattern_path = path + "[" + std::to_string(j) + "]";
    const Json& pattern = patterns[j];
    ValidateConditionType(JsonString(pattern, "type"), pattern_path + ".type", errors);
    const std::string status = JsonString(pattern, "status");
    if (status.empty()) {
      errors.Required(pattern_path + ".status", "valid values: " + GoQuotedList(kOnPodConditionsStatuses));
    } else if (std::find(kOnPodConditionsStatuses.begin(), kOnPodConditionsStatuses.end(), status) ==
               kOnPodConditionsStatuses.end()) {
      errors.NotSupported(pattern_path + ".status", status, kOnPodConditionsStatuses);
    }
  }
}

void ValidateExitCodeValues(const Json* list, const std::string& op, const std::string& path, FieldErrors& errors) {
  std::vector<int64_t> values;
  if (list && list->is_array()) {
    for (const Json& v : *list) values.push_back(v.is_number_integer() ? v.get<int64_t>() : 0);
  }
  if (values.empty()) {
    errors.Invalid(path, GoInt32Slice(values), "at least one value is required");
  } else if (values.size() > kMaxOnExitCodesValues) {
    errors.TooMany(path, values.size(), kMaxOnExitCodesValues);
  }
  std::set<int64_t> seen;
  for (size_t j = 0; j < values.size(); ++j) {
    const std::string value_path = path + "[" + std::to_string(j) + "]";
    if (op == "In" && values[j] == 0) errors.InvalidInt(value_path, 0, "must not be 0 for the In operator");
    if (!seen.insert(values[j]).second) errors.DuplicateInt(value_path, values[j]);
  }
  if (!std::is_sorted(values.begin(), values.end())) errors.Invalid(path, GoInt32Slice(values), "must be ordered");
}

void ValidateOnExitCodes(const Json& req, const std::set<std::string>& container_names, const std::string& path,
                         FieldErrors& errors) {
  const std::string op = JsonString(req, "operator");
  if (op.empty()) {
    errors.Required(path + ".operator", "valid values: " + GoQuotedList(kOnExitCodesOperators));
  } else if (op != "In" && op != "NotIn") {
    errors.NotSupported(path + ".operator", op, kOnExitCodesOperators);
  }
  if (const Json* name = JsonField(req, "containerName"); name && name->is_string() &&
                                                          !container_names.count(name->get<std::string>())) {
    errors.InvalidString(path + ".containerName", name->get<std::string>(),
                         "must be one of the container or initContainer names in the pod template");
  }
  ValidateExitCodeValues(JsonField(req, "values"), op, path + ".values", errors);
}

void ValidatePodFailurePolicyRule(const JobSpec& spec, const Json& rule, const std::set<std::string>& container_names,
                                  const std::string& path, FieldErrors& errors) {
  const std::string action = JsonString(rule, "action");
  if (action.empty()) {
    errors.Required(path + ".action", "valid values: " + GoQuotedList(kPodFailurePolicyActions));
  } else if (action == "FailIndex") {
    if (!spec.backoff_limit_per_index) {
      errors.InvalidString(path + ".action", action, "requires the backoffLimitPerIndex to be set");
    }
  } else if (std::find(kPodFailurePolicyActions.begin(), kPodFailurePolicyActions.end(), action) ==
             kPodFailurePolicyActions.end()) {
    errors.NotSupported(path + ".action", action, kPodFailurePolicyActions);
  }
  const Json* on_exit_codes = JsonField(rule, "onExitCodes");
  const Json* on_pod_conditions = JsonField(rule, "onPodConditions");
  if (on_exit_codes) ValidateOnExitCodes(*on_exit_codes, container_names, path + ".onExitCodes", errors);
  if (JsonSize(on_pod_conditions) > 0) ValidateOnPodConditions(*on_pod_conditions, path + ".onPodConditions", errors);
  if (on_exit_codes && JsonSize(on_pod_conditions) > 0) {
    errors.InvalidNoValue(path, "specifying both OnExitCodes and OnPodConditions is not supported");
  }
  if (!on_exit_codes && JsonSize(on_pod_conditions) == 0) {
    errors.InvalidNoValue(path, "specifying one of OnExitCodes and OnPodConditions is required");
  }
}

void ValidatePodFailurePolicy(const JobSpec& spec, FieldErrors& errors) {
  if (spec.pod_failure_policy.is_null()) return;
  const std::string path = "spec.podFailurePolicy.rules";
  const Json* rules = JsonField(spec.pod_failure_policy, "rules");
  const size_t n = JsonSize(rules);
  if (n > kMaxPodFailurePolicyRules) errors.TooMany(path, n, kMaxPodFailurePolicyRules);
  std::set<std::string> container_names;
  for (const Container& c : spec.template_.spec->containers) container_names.insert(c.name);
  for (const Container& c : spec.template_.spec->init_containers) container_names.insert(c.name);
  for (size_t i = 0; i < n; ++i) {
    ValidatePodFailurePolicyRule(spec, (*rules)[i], container_names, path + "[" + std::to_string(i) + "]", errors);
  }
}

// --- successPolicy (validateSuccessPolicy in validation.go) ---

// maxSuccessPolicyRule and maxJobSuccessPolicySucceededIndexesLimit in
// pkg/apis/batch/validation/validation.go.
constexpr size_t kMaxSuccessPolicyRules = 20;
constexpr size_t kMaxSucceededIndexesLength = 64 * 1024;

void ValidateSuccessPolicyRule(const JobSpec& spec, const Json& rule, const std::string& path, FieldErrors& errors) {
  const Json* indexes = JsonField(rule, "succeededIndexes");
  const Json* count = JsonField(rule, "succeededCount");
  if (indexes && indexes->is_null()) indexes = nullptr;
  if (count && count->is_null()) count = nullptr;
  if (!indexes && !count) {
    errors.Required(path, "at least one of succeededCount or succeededIndexes must be specified");
  }
  // Upstream dereferences spec.completions here; an Indexed Job without it
  // has its own error already.
  if (!spec.completions) return;
  const int32_t completions = *spec.completions;
  int64_t total = 0;
  if (indexes && indexes->is_string()) {
    const std::string text = indexes->get<std::string>();
    if (text.size() > kMaxSucceededIndexesLength) errors.TooLong(path + ".succeededIndexes", kMaxSucceededIndexesLength);
    if (auto err = ValidateIndexesFormat(text, completions, total)) {
      errors.InvalidString(path + ".succeededIndexes", text, "error parsing succeededIndexes: " + *err);
    }
  }
  if (count && count->is_number_integer()) {
    const int64_t n = count->get<int64_t>();
    errors.NonNegative(path + ".succeededCount", n);
    if (n > completions) {
      errors.InvalidInt(path + ".succeededCount", n,
                        fmt::format("must be less than or equal to {} (the number of specified completions)",
                                    completions));
    }
    if (indexes && n > total) {
      errors.InvalidInt(
          path + ".succeededCount", n,
          fmt::format("must be less than or equal to {} (the number of indexes in the specified succeededIndexes field)",
                      total));
    }
  }
}

// Go prints the policy with %#v: whole when it has no rule, otherwise with
// pointers as addresses, of which only the type is kept here.
std::string SuccessPolicyValue(const Json& policy) {
  const Json* rules = JsonField(policy, "rules");
  if (!rules) return "batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule(nil)}";
  if (JsonSize(rules) == 0) return "batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{}}";
  return "batch.SuccessPolicy{...}";
}

void ValidateSuccessPolicy(const JobSpec& spec, FieldErrors& errors) {
  if (spec.success_policy.is_null()) return;
  if (spec.completion_mode.value_or("NonIndexed") != "Indexed") {
    errors.Invalid("spec.successPolicy", SuccessPolicyValue(spec.success_policy), "requires indexed completion mode");
    return;
  }
  const std::string path = "spec.successPolicy.rules";
  const Json* rules = JsonField(spec.success_policy, "rules");
  const size_t n = JsonSize(rules);
  if (n == 0) errors.Required(path, "at least one rules must be specified when the successPolicy is specified");
  if (n > kMaxSuccessPolicyRules) errors.TooMany(path, n, kMaxSuccessPolicyRules);
  for (size_t i = 0; i < n; ++i) {
    const Json& rule = (*rules)[i];
    ValidateSuccessPolicyRule(spec, rule.is_object() ? rule : Json::object(), path + "[" + std::to_string(i) + "]",
                              errors);
  }
}

// validatePodReplacementPolicy: only Failed when a podFailurePolicy is set.
void ValidatePodReplacementPolicy(const JobSpec& spec, FieldErrors& errors) {
  if (!spec.pod_replacement_policy) return;
  const std::string& policy = *spec.pod_replacement_policy;
  if (!spec.pod_failure_policy.is_null()) {
    if (policy != "Failed") errors.NotSupported("spec.podReplacementPolicy", policy, {"Failed"});
  } else if (policy != "Failed" && policy != "TerminatingOrFailed") {
    errors.NotSupported("spec.podReplacementPolicy", policy, {"Failed", "TerminatingOrFailed"});
  }
}

// SetDefaults_Job: an onPodConditions pattern without a status means True.
void DefaultPodFailurePolicy(Json& policy) {
  Json* rules = policy.is_object() && policy.contains("rules") ? &policy["rules"] : nullptr;
  if (!rules || !rules->is_array()) return;
  for (Json& rule : *rules) {
    if (!rule.is_object() || !rule.contains("onPodConditions") || !rule["onPodConditions"].is_array()) continue;
    for (Json& pattern : rule["onPodConditions"]) {
      if (pattern.is_object() && JsonString(pattern, "status").empty()) pattern["status"] = "True";
    }
  }
}

bool HasFailIndexRule(const JobSpec& spec) {
  const Json* rules = spec.pod_failure_policy.is_null() ? nullptr : JsonField(spec.pod_failure_policy, "rules");
  if (!rules || !rules->is_array()) return false;
  return std::any_of(rules->begin(), rules->end(),
                     [](const Json& r) { return r.is_object() && JsonString(r, "action") == "FailIndex"; });
}

void DropFailIndexRules(Json& policy) {
  Json& rules = policy["rules"];
  Json kept = Json::array();
  for (const Json& r : rules) {
    if (!r.is_object() || JsonString(r, "action") != "FailIndex") kept.push_back(r);
  }
  rules = kept;
}

// The decoder of a release whose batch/v1 types lack a field drops it as an
// unknown field, before SetDefaults_Job runs: backoffLimit before 1.8, and
// backoffLimitPerIndex (which feeds backoffLimit's default) before 1.28. The
// gated fields a release lacks go in DropDisabledFields with the same result.
void DropUnknownFields(JobSpec& spec, const ApiRules& rules) {
  if (!rules.job_backoff_limit) spec.backoff_limit.reset();
  if (rules.job_backoff_limit_per_index_field) return;
  spec.backoff_limit_per_index.reset();
  spec.max_failed_indexes.reset();
}

// dropDisabledFields in pkg/registry/batch/job/strategy.go: fields of a
// disabled feature gate (or of a release that does not have them yet) are
// dropped unless the stored Job already uses them.
// It runs after defaulting (decoding defaults, the strategy drops), so a 1.28
// Job given backoffLimitPerIndex (the field exists, the gate is off) loses the
// field yet keeps the backoffLimit of 2147483647 it implied, as upstream's
// SetDefaults_Job (pkg/apis/batch/v1/defaults.go) does not ask the gate.
void DropDisabledFields(JobSpec& spec, const JobSpec* old, const ApiRules& rules) {
  if (!rules.job_ttl && (!old || !old->ttl_seconds_after_finished)) spec.ttl_seconds_after_finished.reset();
  if (!rules.job_pod_replacement_policy && (!old || !old->pod_replacement_policy)) {
    spec.pod_replacement_policy.reset();
  }
  if (!rules.job_suspend && (!old || !old->suspend)) spec.suspend.reset();
  if (!rules.job_completion_mode && (!old || !old->completion_mode)) spec.completion_mode.reset();
  // managedBy is dropped on create only; it is immutable afterwards.
  if (!rules.job_managed_by && !old) spec.managed_by.reset();
  if (!rules.job_pod_failure_policy && (!old || old->pod_failure_policy.is_null())) spec.pod_failure_policy = nullptr;
  // JobSuccessPolicy: alpha (off) 1.30, beta (on) 1.31, GA 1.33 (pkg/features/kube_features.go).
  if (!rules.job_success_policy && (!old || old->success_policy.is_null())) spec.success_policy = nullptr;
  if (rules.job_backoff_limit_per_index) return;
  if (!old || !old->backoff_limit_per_index) spec.backoff_limit_per_index.reset();
  if (!old || !old->max_failed_indexes) spec.max_failed_indexes.reset();
  if ((!old || !HasFailIndexRule(*old)) && HasFailIndexRule(spec)) DropFailIndexRules(spec.pod_failure_policy);
}

// --- managedBy (validateJobSpec) ---

// maxManagedByLength in validation.go.
constexpr size_t kMaxManagedByLength = 63;

void ValidateManagedBy(const JobSpec& spec, FieldErrors& errors) {
  if (!spec.managed_by) return;
  ValidateDomainPrefixedPath("spec.managedBy", *spec.managed_by, errors);
  if (spec.managed_by->size() > kMaxManagedByLength) errors.TooLong("spec.managedBy", kMaxManagedByLength);
}

// Go's %q of a *string, "null" when nil (field.Error's value printing).
std::string QuotedOrNull(const std::optional<std::string>& s) { return FieldErrors::Quote(s.value_or("null")); }

// --- Indexed Jobs and backoffLimitPerIndex (validateJobSpec) ---

// maxParallelismForIndexedJob, maxFailedIndexesForIndexedJob,
// completionsSoftLimit, parallelismLimitForHighCompletions and
// maxFailedIndexesLimitForHighCompletions in validation.go.
constexpr int32_t kMaxParallelismForIndexedJob = 100'000;
constexpr int32_t kMaxFailedIndexesForIndexedJob = 100'000;
constexpr int32_t kCompletionsSoftLimit = 100'000;
constexpr int32_t kParallelismLimitForHighCompletions = 10'000;
constexpr int32_t kMaxFailedIndexesLimitForHighCompletions = 10'000;

void ValidateBackoffLimitPerIndex(const JobSpec& spec, FieldErrors& errors) {
  errors.NonNegative("spec.backoffLimitPerIndex", spec.backoff_limit_per_index);
  errors.NonNegative("spec.maxFailedIndexes", spec.max_failed_indexes);
  if (spec.max_failed_indexes && !spec.backoff_limit_per_index) {
    errors.Required("spec.backoffLimitPerIndex", "when maxFailedIndexes is specified");
  }
}

// Above 10^5 completions a per-index limit needs a bounded failedIndexes.
void ValidateHighCompletions(const JobSpec& spec, FieldErrors& errors) {
  if (spec.completions.value_or(0) <= kCompletionsSoftLimit || !spec.backoff_limit_per_index) return;
  const std::string limit = std::to_string(kCompletionsSoftLimit);
  const std::string detail = " when completions are above " + limit + " and used with backoff limit per index";
  if (!spec.max_failed_indexes) {
    errors.Required("spec.maxFailedIndexes", "must be specified when completions is above " + limit);
  }
  if (spec.parallelism.value_or(0) > kParallelismLimitForHighCompletions) {
    errors.InvalidInt("spec.parallelism", *spec.parallelism,
                      "must be less than or equal to " + std::to_string(kParallelismLimitForHighCompletions) + detail);
  }
  if (spec.max_failed_indexes.value_or(0) > kMaxFailedIndexesLimitForHighCompletions) {
    errors.InvalidInt("spec.maxFailedIndexes", *spec.max_failed_indexes,
                      "must be less than or equal to " + std::to_string(kMaxFailedIndexesLimitForHighCompletions) +
                          detail);
  }
}

void ValidateIndexed(const JobSpec& spec, FieldErrors& errors) {
  if (!spec.completions) errors.Required("spec.completions", "when completion mode is Indexed");
  if (spec.parallelism.value_or(0) > kMaxParallelismForIndexedJob) {
    errors.InvalidInt("spec.parallelism", *spec.parallelism,
                      "must be less than or equal to " + std::to_string(kMaxParallelismForIndexedJob) +
                          " when completion mode is Indexed");
  }
  if (spec.completions && spec.max_failed_indexes && *spec.max_failed_indexes > *spec.completions) {
    errors.InvalidInt("spec.maxFailedIndexes", *spec.max_failed_indexes, "must be less than or equal to completions");
  }
  if (spec.max_failed_indexes.value_or(0) > kMaxFailedIndexesForIndexedJob) {
    errors.InvalidInt("spec.maxFailedIndexes", *spec.max_failed_indexes,
                      "must be less than or equal to " + std::to_string(kMaxFailedIndexesForIndexedJob));
  }
  ValidateHighCompletions(spec, errors);
}

void ValidateCompletionMode(const JobSpec& spec, FieldErrors& errors) {
  const std::string mode = spec.completion_mode.value_or("NonIndexed");
  if (mode == "Indexed") {
    ValidateIndexed(spec, errors);
    return;
  }
  if (mode != "NonIndexed") {
    errors.NotSupported("spec.completionMode", mode, {"NonIndexed", "Indexed"});
    return;
  }
  if (spec.backoff_limit_per_index) {
    errors.InvalidInt("spec.backoffLimitPerIndex", *spec.backoff_limit_per_index, "requires indexed completion mode");
  }
  if (spec.max_failed_indexes) {
    errors.InvalidInt("spec.maxFailedIndexes", *spec.max_failed_indexes, "requires indexed completion mode");
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
  ValidateBackoffLimitPerIndex(spec, errors);
  ValidateManagedBy(spec, errors);
  ValidateCompletionMode(spec, errors);
  ValidatePodFailurePolicy(spec, errors);
  ValidateSuccessPolicy(spec, errors);
  ValidatePodReplacementPolicy(spec, errors);
  ValidatePodSpec(spec.template_.spec, "spec.template.spec", true, errors);
  ValidateRestartPolicy(spec, errors);
}

// validateCompletions in validation.go: completions is immutable, except
// that an Indexed Job may change it (ElasticIndexedJob) to the new
// parallelism. A nil completions of an Indexed Job is reported by ValidateSpec.
void ValidateCompletionsUpdate(const JobSpec& spec, const JobSpec& old, const ApiRules& rules, FieldErrors& errors) {
  if (spec.completions == old.completions) return;
  if (!rules.job_elastic_indexed || spec.completion_mode != "Indexed") {
    errors.Immutable("spec.completions", spec.completions ? std::to_string(*spec.completions) : "null");
    return;
  }
  if (spec.completions && spec.completions != spec.parallelism) {
    errors.InvalidInt("spec.completions", *spec.completions, "can only be modified in tandem with spec.parallelism");
  }
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
  if (!spec.pod_failure_policy.is_null()) DefaultPodFailurePolicy(spec.pod_failure_policy);
  if (rules.job_pod_replacement_policy && !spec.pod_replacement_policy) {
    spec.pod_replacement_policy = spec.pod_failure_policy.is_null() ? "TerminatingOrFailed" : "Failed";
  }
  if (rules.job_default_manual_selector && !spec.manual_selector) spec.manual_selector = false;
  ApplyDefaults(spec.template_.spec, rules);
}

Status PrepareForCreate(Job& job, WriteContext& ctx) {
  if (IsV1beta1(job)) ConvertV1beta1Selector(job);
  DropUnknownFields(job.spec, ctx.rules);
  ApplyDefaults(job, ctx.rules);
  DropDisabledFields(job.spec, nullptr, ctx.rules);
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
    ValidateJobStatusUpdate(old, updated, ctx.rules, errors);
    return errors.ToStatus("Job.batch", updated.metadata.name);
  }
  updated.status = old.status;
  if (IsV1beta1(updated)) ConvertV1beta1Selector(updated);
  DropUnknownFields(updated.spec, ctx.rules);
  ApplyDefaults(updated, ctx.rules);
  DropDisabledFields(updated.spec, &old.spec, ctx.rules);
  updated.metadata.generation = old.metadata.generation + (updated.spec == old.spec ? 0 : 1);
  FieldErrors errors;
  ValidateSpec(updated, errors);
  if (!(updated.spec.selector == old.spec.selector)) {
    errors.Immutable("spec.selector", "v1.LabelSelector{MatchLabels:" +
                                          GoMap(updated.spec.selector ? updated.spec.selector->match_labels
                                                                      : StringMap{}) + "}");
  }
  ValidateCompletionsUpdate(updated.spec, old.spec, ctx.rules, errors);
  if (updated.spec.completion_mode != old.spec.completion_mode) {
    errors.Immutable("spec.completionMode", FieldErrors::Quote(updated.spec.completion_mode.value_or("")));
  }
  if (updated.spec.pod_failure_policy != old.spec.pod_failure_policy) {
    // Go prints the new policy with %#v (pointers as addresses); only its type is kept.
    errors.Immutable("spec.podFailurePolicy",
                     updated.spec.pod_failure_policy.is_null() ? "null" : "batch.PodFailurePolicy{...}");
  }
  if (updated.spec.backoff_limit_per_index != old.spec.backoff_limit_per_index) {
    errors.Immutable("spec.backoffLimitPerIndex", updated.spec.backoff_limit_per_index
                                                      ? std::to_string(*updated.spec.backoff_limit_per_index)
                                                      : "null");
  }
  if (updated.spec.managed_by != old.spec.managed_by) {
    errors.Immutable("spec.managedBy", QuotedOrNull(updated.spec.managed_by));
  }
  if (updated.spec.success_policy != old.spec.success_policy) {
    errors.Immutable("spec.successPolicy", updated.spec.success_policy.is_null() ? "null" : SuccessPolicyValue(updated.spec.success_policy));
  }
  ValidateJobTemplateUpdate(old, updated, ctx.rules, errors);
  return errors.ToStatus("Job.batch", updated.metadata.name);
}

}  // namespace jobsim::api
