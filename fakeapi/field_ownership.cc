#include "fakeapi/field_ownership.h"

namespace jobsim::api {
namespace {

// k8s.io/apimachinery/pkg/util/managedfields/internal/stripmeta.go, and the
// deletion fields a DELETE sets outside the field manager.
void StripServerMetadata(Json& object) {
  object.erase("apiVersion");
  object.erase("kind");
  const auto it = object.find("metadata");
  if (it == object.end() || !it->is_object()) return;
  for (const char* key : {"name", "namespace", "uid", "creationTimestamp", "selfLink", "generation",
                          "managedFields", "resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds"}) {
    it->erase(key);
  }
}

}  // namespace

Json OwnableFields(const Json& object, const std::string& subresource) {
  if (subresource == "status") {
    Json out = Json::object();
    if (const auto it = object.find("status"); it != object.end()) out["status"] = *it;
    return out;
  }
  Json out = object;
  StripServerMetadata(out);
  if (subresource.empty()) out.erase("status");
  return out;
}

const Json& ZeroObjectOf(const std::string& kind) {
  static const Json job = Json::parse(
      R"({"metadata":{},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":null}}},"status":{}})");
  static const Json pod = Json::parse(R"({"metadata":{},"spec":{"containers":null},"status":{}})");
  static const Json event = Json::parse(R"({"metadata":{},"involvedObject":{},"source":{}})");
  static const Json other = Json::parse(R"({"metadata":{},"spec":{},"status":{}})");
  if (kind == "Job") return job;
  if (kind == "Pod") return pod;
  if (kind == "Event") return event;
  return other;
}

FieldChanges WriteChanges(const Json* before, const Json& after, const std::string& subresource) {
  const std::string kind = after.value("kind", "");
  const Json& old = before ? *before : ZeroObjectOf(kind);
  return CompareFields(OwnableFields(old, subresource), OwnableFields(after, subresource), FieldSchemaOf(kind));
}

Json FieldsOf(const Json& object) {
  const std::string kind = object.value("kind", "");
  Json stripped = object;
  StripServerMetadata(stripped);
  return CompareFields(ZeroObjectOf(kind), stripped, FieldSchemaOf(kind)).changed;
}

}  // namespace jobsim::api
