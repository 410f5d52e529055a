#include "fakeapi/types.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

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
  FillRefTo(pod, field_path, ref);
  return ref;
}

namespace {

// `text` written over `out`. Assigning a view goes through std::string's
// general replace (it allows for overlap): when the length stays (a uid, a
// resource version), copying the characters costs a third of that.
void OverwriteText(std::string& out, std::string_view text) {
  if (out.size() != text.size()) {
    out.assign(text);
  } else {
    std::memcpy(out.data(), text.data(), text.size());
  }
}

// Whether `s` is the literal `text`: a comparison GCC inlines (std::string's
// with a C string is a memcmp call).
template <size_t N>
bool IsText(const std::string& s, const char (&text)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), text, N - 1) == 0;
}

}  // namespace

void FillRefTo(const Pod& pod, const std::string& field_path, ObjectReference& ref) {
  if (!IsText(ref.kind, "Pod")) OverwriteText(ref.kind, "Pod");
  ref.namespace_ = pod.metadata.namespace_;
  ref.name = pod.metadata.name;
  OverwriteText(ref.uid, pod.metadata.uid);
  if (!IsText(ref.api_version, "v1")) OverwriteText(ref.api_version, "v1");
  char digits[20];
  const auto end = std::to_chars(digits, digits + sizeof digits, pod.metadata.resource_version).ptr;
  OverwriteText(ref.resource_version, std::string_view(digits, static_cast<size_t>(end - digits)));
  ref.field_path = field_path;
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
