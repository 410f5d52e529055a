// Names of API objects as a scenario writes them: `job/pi`, `jobs.batch/pi`,
// `po/pi-x2kqz`, `kube-system/pod/x` (an object), and `pods`, `jobs`, `ev`
// (a resource, for lists). Only the kinds jobsim stores exist; anything else
// is an error naming the resource, as kubectl says it.
#pragma once

#include <optional>
#include <string>

#include "fakeapi/status.h"

namespace jobsim::scenario {

enum class Kind { kPod, kJob, kEvent, kNode, kNamespace };

const char* KindName(Kind kind);      // "Job"
std::string KindSingular(Kind kind);  // "job", as kubectl names a kind in messages
const char* KindGroup(Kind kind);     // "batch", or "" for the core group
const char* KindResource(Kind kind);  // "jobs"
bool KindNamespaced(Kind kind);
// The Kind of a manifest's `kind:` ("Job"), if jobsim stores it.
std::optional<Kind> KindFromName(const std::string& kind_name);

// A resource: `pods`, `po`, `pod`, `jobs.batch`, `jobs.extensions`, ...
struct ResourceRef {
  Kind kind = Kind::kPod;
  std::string api_version;  // the group/version the request goes through: "v1", "batch/v1", "extensions/v1beta1"
  std::string text;         // as written
};

// One object: `[namespace/]resource/name`. Cluster-scoped kinds have no namespace.
struct ObjectRef {
  ResourceRef resource;
  std::string namespace_;
  std::string name;
  std::string text;  // as written, for messages
  Kind kind() const { return resource.kind; }
};

// `jobs.extensions` resolves to extensions/v1beta1 whether or not the profile
// serves it; the API client rejects it at request time like kube-apiserver.
// Errors are BadRequest with kubectl's text: `the server doesn't have a resource type "foo"`.
api::Status ParseResource(const std::string& text, ResourceRef& out);
api::Status ParseObjectRef(const std::string& text, ObjectRef& out);

}  // namespace jobsim::scenario
