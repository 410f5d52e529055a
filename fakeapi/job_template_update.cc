#include "fakeapi/job_template_update.h"

namespace jobsim::api {
namespace {

// Sets member `key` of `to` as it is in `from` (absent stays absent).
void CopyMember(const Json& from, Json& to, const char* key) {
  auto it = from.find(key);
  if (it == from.end()) {
    to.erase(key);
  } else {
    to[key] = *it;
  }
}

// The Affinity cases of validatePodTemplateUpdate: only nodeAffinity escapes
// the comparison, so pod (anti-)affinity stays immutable. A removed Affinity
// passes if nodeAffinity was all it had.
void TakeNodeAffinity(const Json& updated, Json& old) {
  const auto it = updated.find("affinity");
  if (it == updated.end() || !it->is_object()) {
    const auto had = old.find("affinity");
    if (had == old.end() || !had->is_object()) return;
    had->erase("nodeAffinity");
    if (had->empty()) old.erase(had);
    return;
  }
  Json& affinity = old["affinity"];
  if (!affinity.is_object()) affinity = Json::object();
  CopyMember(*it, affinity, "nodeAffinity");
}

// The old template with the mutable directives of the updated one.
PodTemplateSpec WithDirectivesOf(const PodTemplateSpec& updated, PodTemplateSpec old, const ApiRules& rules) {
  old.metadata.labels = updated.metadata.labels;
  old.metadata.annotations = updated.metadata.annotations;
  Json& spec = old.spec.Mut().extra.Mut();
  TakeNodeAffinity(*updated.spec->extra, spec);
  CopyMember(*updated.spec->extra, spec, "nodeSelector");
  CopyMember(*updated.spec->extra, spec, "tolerations");
  if (rules.job_mutable_scheduling_gates) CopyMember(*updated.spec->extra, spec, "schedulingGates");
  return old;
}

}  // namespace

bool AllowsMutableSchedulingDirectives(const Job& old, const ApiRules& rules) {
  return rules.job_mutable_scheduling_directives && old.spec.suspend.value_or(false) && !old.status.start_time;
}

void ValidateJobTemplateUpdate(const Job& old, const Job& updated, const ApiRules& rules, FieldErrors& errors) {
  const PodTemplateSpec& template_ = updated.spec.template_;
  if (template_ == old.spec.template_) return;
  if (AllowsMutableSchedulingDirectives(old, rules) &&
      template_ == WithDirectivesOf(template_, old.spec.template_, rules)) {
    return;
  }
  errors.Immutable("spec.template", "core.PodTemplateSpec{...}");
}

}  // namespace jobsim::api
