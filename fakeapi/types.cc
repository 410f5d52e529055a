#include "fakeapi/types.h"

#include <algorithm>

namespace jobsim::api {

bool ObjectMeta::HasFinalizer(std::string_view f) const {
  return std::find(finalizers.begin(), finalizers.end(), f) != finalizers.end();
}

const OwnerReference* ObjectMeta::ControllerRef() const {
  for (const auto& ref : owner_references) {
    if (ref.controller.value_or(false)) return &ref;
  }
  return nullptr;
}

}  // namespace jobsim::api

#include "fakeapi/event_recorder.h"

namespace jobsim::api {

ObjectReference RefTo(const Pod& pod, const std::string& field_path) {
  ObjectReference ref;
  ref.kind = "Pod";
  ref.namespace_ = pod.metadata.namespace_;
  ref.name = pod.metadata.name;
  ref.uid = pod.metadata.uid;
  ref.api_version = "v1";
  ref.resource_version = std::to_string(pod.metadata.resource_version);
  ref.field_path = field_path;
  return ref;
}

ObjectReference RefTo(const Job& job) {
  ObjectReference ref;
  ref.kind = "Job";
  ref.namespace_ = job.metadata.namespace_;
  ref.name = job.metadata.name;
  ref.uid = job.metadata.uid;
  ref.api_version = job.api_version;
  ref.resource_version = std::to_string(job.metadata.resource_version);
  return ref;
}

}  // namespace jobsim::api
