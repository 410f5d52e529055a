// Pod defaulting and validation (pkg/apis/core/v1/defaults.go,
// pkg/apis/core/validation/validation.go, pkg/registry/core/pod/strategy.go),
// reduced to what Job pods use.
#include <algorithm>
#include <string_view>

#include "fakeapi/field_errors.h"
#include "fakeapi/strategy.h"

namespace jobsim::api {
namespace {

// An image without a tag, or tagged latest, is pulled Always; others IfNotPresent.
std::string DefaultPullPolicy(const std::string& image) {
  const auto slash = image.rfind('/');
  const std::string last = slash == std::string::npos ? image : image.substr(slash + 1);
  if (last.find('@') != std::string::npos) return "IfNotPresent";
  const auto colon = last.find(':');
  if (colon == std::string::npos || last.substr(colon + 1) == "latest") return "Always";
  return "IfNotPresent";
}

// SetDefaults_ObjectFieldSelector: a fieldRef names the pod's fields in v1.
void DefaultFieldRefs(std::vector<EnvVar>& env) {
  for (EnvVar& var : env) {
    if (!var.value_from.is_object()) continue;
    auto ref = var.value_from.find("fieldRef");
    if (ref != var.value_from.end() && ref->is_object() && !ref->contains("apiVersion")) (*ref)["apiVersion"] = "v1";
  }
}

void DefaultContainer(Container& c, const ApiRules& rules) {
  if (c.image_pull_policy.empty()) c.image_pull_policy = DefaultPullPolicy(c.image);
  DefaultFieldRefs(c.env);
  c.extra.Edit([&](Json& extra) {
    if (!extra.contains("terminationMessagePath")) extra["terminationMessagePath"] = "/dev/termination-log";
    if (rules.pod_termination_message_policy && !extra.contains("terminationMessagePolicy")) {
      extra["terminationMessagePolicy"] = "File";
    }
    if (!extra.contains("resources")) extra["resources"] = Json::object();
    // SetDefaults_ContainerPort (pkg/apis/core/v1/defaults.go).
    if (const auto ports = extra.find("ports"); ports != extra.end() && ports->is_array()) {
      for (Json& port : *ports) {
        if (port.is_object() && !port.contains("protocol")) port["protocol"] = "TCP";
      }
    }
  });
}

// Edits through the memo when there is one.
template <class T, class F>
void EditShared(Cow<T>& value, EditMemo<T>* memo, F edit) {
  if (memo) {
    memo->Apply(value, edit);
  } else {
    value.Edit(edit);
  }
}

void DefaultContainers(Cow<std::vector<Container>>& containers, const ApiRules& rules, PodDefaultingMemo* memo) {
  EditShared(containers, memo ? &memo->containers : nullptr, [&](std::vector<Container>& list) {
    for (Container& c : list) DefaultContainer(c, rules);
  });
}

// Paths are built only for an error: every pod create validates its containers.
void ValidateContainers(const std::vector<Container>& containers, const std::string& path, const char* field,
                        std::vector<std::string_view>& names, FieldErrors& errors) {
  for (size_t i = 0; i < containers.size(); ++i) {
    const Container& c = containers[i];
    auto at = [&](const char* member) { return path + "." + field + "[" + std::to_string(i) + "]." + member; };
    if (c.name.empty()) {
      errors.Required(at("name"));
    } else if (!IsDns1123Label(c.name)) {
      errors.InvalidString(at("name"), c.name,
                           "a lowercase RFC 1123 label must consist of lower case alphanumeric "
                           "characters or '-', and must start and end with an alphanumeric character");
    } else if (std::find(names.begin(), names.end(), c.name) != names.end()) {
      errors.Duplicate(at("name"), c.name);
    } else {
      names.push_back(c.name);
    }
    if (c.image.empty()) errors.Required(at("image"));
  }
}

// What admission plugins and pod defaulting add to a new pod's spec beyond its template.
void Admit(Json& extra, const ApiRules& rules) {
  if (rules.pod_enable_service_links && !extra.contains("enableServiceLinks")) extra["enableServiceLinks"] = true;
  if (rules.pod_preemption_policy) {
    if (!extra.contains("priority")) extra["priority"] = 0;
    if (!extra.contains("preemptionPolicy")) extra["preemptionPolicy"] = "PreemptLowerPriority";
  }
  if (!extra.contains("serviceAccountName")) {
    extra["serviceAccountName"] = "default";
    extra["serviceAccount"] = "default";
  }
  if (rules.pod_default_tolerations && !extra.contains("tolerations")) {
    // DefaultTolerationSeconds admission (plugin/pkg/admission/defaulttolerationseconds).
    extra["tolerations"] = Json::array(
        {{{"effect", "NoExecute"}, {"key", "node.kubernetes.io/not-ready"}, {"operator", "Exists"},
          {"tolerationSeconds", 300}},
         {{"effect", "NoExecute"}, {"key", "node.kubernetes.io/unreachable"}, {"operator", "Exists"},
          {"tolerationSeconds", 300}}});
  }
}

// One string for every pod: each version of each pod holds it.
const SharedString& DefaultSchedulerName() {
  static const SharedString name = [] {
    SharedString s;
    s = "default-scheduler";
    return s;
  }();
  return name;
}

void DefaultPodSpec(PodSpec& spec, const ApiRules& rules, PodDefaultingMemo* memo) {
  if (spec.restart_policy.empty()) spec.restart_policy = "Always";
  if (!spec.termination_grace_period_seconds) spec.termination_grace_period_seconds = 30;
  EditShared(spec.extra, memo ? &memo->spec_defaults : nullptr, [](Json& extra) {
    if (!extra.contains("dnsPolicy")) extra["dnsPolicy"] = "ClusterFirst";
    if (!extra.contains("securityContext")) extra["securityContext"] = Json::object();
  });
  if (rules.pod_scheduler_name && spec.scheduler_name.empty()) spec.scheduler_name = DefaultSchedulerName();
  DefaultContainers(spec.init_containers, rules, memo);
  DefaultContainers(spec.containers, rules, memo);
}

}  // namespace

void ApplyDefaults(Cow<PodSpec>& spec, const ApiRules& rules, PodDefaultingMemo* memo) {
  spec.Edit([&](PodSpec& s) { DefaultPodSpec(s, rules, memo); });
}

void ValidatePodSpec(const PodSpec& spec, const std::string& path, bool job_template, FieldErrors& errors) {
  if (spec.containers.empty()) errors.Required(path + ".containers");
  std::vector<std::string_view> names;  // a handful: a search beats a set's allocations
  ValidateContainers(spec.init_containers, path, "initContainers", names, errors);
  ValidateContainers(spec.containers, path, "containers", names, errors);
  if (!job_template && spec.restart_policy != "Always" && spec.restart_policy != "OnFailure" &&
      spec.restart_policy != "Never") {
    errors.NotSupported(path + ".restartPolicy", spec.restart_policy, {"Always", "OnFailure", "Never"});
  }
  if (spec.termination_grace_period_seconds.value_or(0) < 0) {
    errors.NonNegative(path + ".terminationGracePeriodSeconds", spec.termination_grace_period_seconds);
  }
  if (spec.active_deadline_seconds && *spec.active_deadline_seconds <= 0) {
    errors.InvalidInt(path + ".activeDeadlineSeconds", *spec.active_deadline_seconds,
                      "must be between 1 and 2147483647, inclusive");
  }
}

Status PrepareForCreate(Pod& pod, WriteContext& ctx) {
  auto prepare = [&](PodSpec& spec) {
    DefaultPodSpec(spec, ctx.rules, ctx.pod_memo);
    EditShared(spec.extra, ctx.pod_memo ? &ctx.pod_memo->admission : nullptr,
               [&](Json& extra) { Admit(extra, ctx.rules); });
  };
  // Through the memo, the pods of one template keep sharing one spec, and
  // that spec, once found valid, is not validated again (invalid ones are:
  // each pod gets its errors).
  bool checked_here = false;  // without a memo, every pod's spec is checked
  bool* spec_valid = &checked_here;
  if (ctx.pod_memo) {
    spec_valid = &ctx.pod_memo->specs.Apply(pod.spec, prepare);
  } else {
    pod.spec.Edit(prepare);
  }
  pod.status = PodStatus{};
  pod.status.phase = "Pending";
  pod.status.qos_class = "BestEffort";
  FieldErrors errors;
  ValidateObjectName(pod.metadata.name, true, errors);
  if (!*spec_valid) {
    const size_t before = errors.size();
    ValidatePodSpec(pod.spec, "spec", false, errors);
    *spec_valid = errors.size() == before;
  }
  return errors.ToStatus("Pod", pod.metadata.name);
}

Status PrepareForUpdate(const Pod& old, Pod& updated, bool status_only, WriteContext& ctx) {
  if (status_only) {
    updated.spec = old.spec;
    return Status::Ok();
  }
  if (!(updated.status == old.status)) updated.status = old.status;  // a compare is cheaper than a copy
  // A write that keeps the stored spec (metadata only: a finalizer, a label)
  // has nothing to default or check: the stored spec is defaulted already.
  if (updated.spec == old.spec) return Status::Ok();
  ApplyDefaults(updated.spec, ctx.rules, ctx.pod_memo);
  // Pod updates may not change fields other than image and activeDeadlineSeconds (core validation).
  PodSpec comparable = *updated.spec;
  for (size_t i = 0; i < comparable.containers.size() && i < old.spec->containers.size(); ++i) {
    if (comparable.containers[i].image != old.spec->containers[i].image) {
      comparable.containers.Mut()[i].image = old.spec->containers[i].image;
    }
  }
  comparable.active_deadline_seconds = old.spec->active_deadline_seconds;
  if (comparable.node_name.empty()) comparable.node_name = old.spec->node_name;
  if (!(comparable == old.spec)) {
    FieldErrors errors;
    errors.Forbidden("spec",
                     "pod updates may not change fields other than `spec.containers[*].image`,"
                     "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,"
                     "`spec.tolerations` (only additions to existing tolerations),"
                     "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)");
    return errors.ToStatus("Pod", updated.metadata.name);
  }
  updated.spec.Mut().node_name = old.spec->node_name;
  return Status::Ok();
}

}  // namespace jobsim::api
