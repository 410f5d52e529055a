#include "controller/pod_control.h"

#include <algorithm>
#include <memory>

#include "fakeapi/well_known.h"

namespace jobsim::controller {
namespace {

// api.SerializedReference as the 1.3 controller encoded it (a v1 JSON object
// followed by a newline, as runtime.Encode writes it).
std::string CreatedByReference(const api::Job& job) {
  api::Json ref = {{"kind", "Job"},
                   {"namespace", job.metadata.namespace_},
                   {"name", job.metadata.name},
                   {"uid", job.metadata.uid},
                   {"apiVersion", job.api_version},
                   {"resourceVersion", std::to_string(job.metadata.resource_version)}};
  api::Json serialized = {{"kind", "SerializedReference"}, {"apiVersion", "v1"}, {"reference", ref}};
  return serialized.dump() + "\n";
}

// pkg/controller/job/indexed_job_utils.go.
constexpr const char* kCompletionIndexEnvName = "JOB_COMPLETION_INDEX";
constexpr size_t kMaxGeneratedNameLength = 58;  // names.MaxGeneratedNameLength

void AddCompletionIndexEnv(std::vector<api::Container>& containers, const ControllerRules& rules) {
  const std::string field_path = std::string(rules.pod_index_label ? "metadata.labels['" : "metadata.annotations['") +
                                 api::kJobCompletionIndex + "']";
  for (api::Container& c : containers) {
    auto has = [](const api::EnvVar& v) { return v.name == kCompletionIndexEnvName; };
    if (std::any_of(c.env.begin(), c.env.end(), has)) continue;
    api::EnvVar var;
    var.name = kCompletionIndexEnvName;
    var.value_from = {{"fieldRef", {{"fieldPath", field_path}}}};
    c.env.push_back(var);
  }
}

void SetCompletionIndex(api::Pod& pod, const std::string& job_name, int32_t index, const ControllerRules& rules) {
  const std::string ix = std::to_string(index);
  api::PodSpec& spec = pod.spec.Mut();
  AddCompletionIndexEnv(spec.init_containers.Mut(), rules);
  AddCompletionIndexEnv(spec.containers.Mut(), rules);
  pod.metadata.annotations.Mut()[api::kJobCompletionIndex] = ix;
  if (rules.pod_index_label) pod.metadata.labels.Mut()[api::kJobCompletionIndex] = ix;
  spec.hostname = job_name + "-" + ix;
  const std::string suffix = "-" + ix + "-";
  const std::string prefix = job_name + suffix;
  pod.metadata.generate_name =
      prefix.size() > kMaxGeneratedNameLength ? job_name.substr(0, kMaxGeneratedNameLength - suffix.size()) + suffix
                                              : prefix;
}

}  // namespace

api::OwnerReference ControllerRefTo(const api::Job& job) {
  api::OwnerReference ref;
  ref.api_version = "batch/v1";
  ref.kind = "Job";
  ref.name = job.metadata.name;
  ref.uid = job.metadata.uid;
  ref.controller = true;
  ref.block_owner_deletion = true;
  return ref;
}

api::Pod NewPodForJob(const api::Job& job, const ControllerRules& rules, int32_t completion_index) {
  const api::PodTemplateSpec& tmpl = job.spec.template_;
  api::Pod pod;
  pod.metadata.namespace_ = job.metadata.namespace_;
  pod.metadata.generate_name = job.metadata.name + "-";
  pod.metadata.labels = tmpl.metadata.labels;
  pod.metadata.annotations = tmpl.metadata.annotations;
  pod.metadata.finalizers = tmpl.metadata.finalizers;
  pod.spec = tmpl.spec;
  if (rules.owner_references) pod.metadata.owner_references.push_back(ControllerRefTo(job));
  if (rules.finalizer_tracking && !pod.metadata.HasFinalizer(api::kJobTrackingFinalizer)) {
    pod.metadata.finalizers.push_back(api::kJobTrackingFinalizer);
  }
  if (rules.created_by_annotation) pod.metadata.annotations.Mut()[kCreatedByAnnotation] = CreatedByReference(job);
  if (completion_index >= 0) SetCompletionIndex(pod, job.metadata.name, completion_index, rules);
  return pod;
}

// A stored version is known by its uid and resourceVersion (one counter over
// the whole store): its name, namespace and apiVersion come with them.
const api::ObjectReference& StorePodControl::RefToJob(const api::Job& job) {
  const api::ObjectMeta& meta = job.metadata;
  if (meta.resource_version != job_ref_version_ || meta.resource_version == 0 || !(meta.uid == job_ref_uid_)) {
    api::ObjectReference ref = api::RefTo(job);
    if (ref.uid != job_ref_.uid || ref.name != job_ref_.name || ref.namespace_ != job_ref_.namespace_ ||
        ref.api_version != job_ref_.api_version || ref.kind != job_ref_.kind) {
      job_ref_memo_ = {};  // the memo is of another object
    }
    job_ref_ = std::move(ref);
    job_ref_version_ = meta.resource_version;
    job_ref_uid_ = meta.uid;
  }
  return job_ref_;
}

api::Status StorePodControl::CreatePod(const api::Job& job, const api::Pod& pod) {
  auto result = store_.Create(std::make_shared<api::Pod>(pod));  // copied straight into the stored object
  if (!result.ok()) {
    events_.Record(RefToJob(job), job_ref_memo_, api::kEventWarning, kFailedCreatePodReason,
                   "Error creating: " + result.status.message());
    return result.status;
  }
  events_.Record(RefToJob(job), job_ref_memo_, api::kEventNormal, kSuccessfulCreatePodReason,
                 "Created pod: " + result.object->metadata.name);
  return api::Status::Ok();
}

api::Status StorePodControl::DeletePod(const api::Job& job, const api::Pod& pod) {
  auto result = store_.Delete<api::Pod>(pod.metadata.namespace_, pod.metadata.name);
  if (result.status.IsNotFound()) return result.status;
  if (!result.ok()) {
    events_.Record(RefToJob(job), job_ref_memo_, api::kEventWarning, kFailedDeletePodReason,
                   "Error deleting: " + result.status.message());
    return result.status;
  }
  events_.Record(RefToJob(job), job_ref_memo_, api::kEventNormal, kSuccessfulDeletePodReason,
                 "Deleted pod: " + pod.metadata.name);
  return api::Status::Ok();
}

api::Status StorePodControl::RemoveTrackingFinalizer(const api::Pod& pod) {
  return store_
      .PatchPodMetadata(pod.metadata.namespace_, pod.metadata.name,
                        [](const api::Pod&, api::ObjectMeta& meta) {
                          // Built anew rather than edited: editing would first copy the
                          // shared list, and a Job's pod usually has no other finalizer.
                          std::vector<std::string> kept;
                          for (const std::string& f : meta.finalizers) {
                            if (f != api::kJobTrackingFinalizer) kept.push_back(f);
                          }
                          meta.finalizers = api::Cow<std::vector<std::string>>();
                          if (!kept.empty()) meta.finalizers = std::move(kept);
                          return api::Status::Ok();
                        })
      .status;
}

api::Status StorePodControl::AdoptPod(const api::Job& job, const api::Pod& pod, bool add_finalizer) {
  const api::Uid uid = pod.metadata.uid;
  return store_
      .PatchPodMetadata(pod.metadata.namespace_, pod.metadata.name,
                        [&](const api::Pod&, api::ObjectMeta& meta) {
                          // The patch carries the pod's uid as a precondition.
                          if (meta.uid != uid) return api::Status::NotFound("pods", meta.name);
                          meta.owner_references.push_back(ControllerRefTo(job));
                          if (add_finalizer && !meta.HasFinalizer(api::kJobTrackingFinalizer)) {
                            meta.finalizers.push_back(api::kJobTrackingFinalizer);
                          }
                          return api::Status::Ok();
                        })
      .status;
}

api::Status StorePodControl::ReleasePod(const api::Job& job, const api::Pod& pod) {
  const api::Uid owner = job.metadata.uid;
  auto result = store_.PatchPodMetadata(pod.metadata.namespace_, pod.metadata.name,
                                        [&](const api::Pod&, api::ObjectMeta& meta) {
                                          auto& refs = meta.owner_references.Mut();
                                          refs.erase(std::remove_if(refs.begin(), refs.end(),
                                                                    [&](const api::OwnerReference& r) {
                                                                      return r.uid == owner;
                                                                    }),
                                                     refs.end());
                                          return api::Status::Ok();
                                        });
  return result.status.IsNotFound() ? api::Status::Ok() : result.status;
}

}  // namespace jobsim::controller
