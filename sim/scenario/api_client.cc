#include "sim/scenario/api_client.h"

#include <fmt/format.h>

#include "fakeapi/codec.h"
#include "fakeapi/patch_object.h"
#include "fakeapi/selector.h"
#include "sim/scenario/field_path.h"
#include "sim/scenario/kind_dispatch.h"
#include "sim/scenario/kubectl_messages.h"

namespace jobsim::scenario {
namespace {

// The object as kubectl sends it: namespace filled in, annotations present.
Json Normalized(const Manifest& manifest) {
  Json object = manifest.object;
  Json& metadata = object["metadata"];
  if (!metadata.is_object()) metadata = Json::object();
  if (KindNamespaced(manifest.kind) && !metadata.contains("namespace")) metadata["namespace"] = "default";
  if (!metadata.contains("annotations") || !metadata["annotations"].is_object()) {
    metadata["annotations"] = Json::object();
  }
  return object;
}

std::string NameOf(const Json& object) { return LookupString(object, "metadata.name"); }

std::string NamespaceOf(const Manifest& manifest, const Json& object) {
  if (!KindNamespaced(manifest.kind)) return "";
  const std::string ns = LookupString(object, "metadata.namespace");
  return ns.empty() ? "default" : ns;
}

Json LastApplied(const Json& live) {
  const std::string text = LookupString(live, fmt::format("metadata.annotations[\"{}\"]", kLastAppliedAnnotation));
  if (text.empty()) return Json::object();
  Json parsed = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? Json::object() : parsed;
}

}  // namespace

Json ApplyPatchBody(const Json& last_applied, const Json& desired) {
  Json patch = desired;
  if (!last_applied.is_object() || !desired.is_object()) return patch;
  for (auto it = last_applied.begin(); it != last_applied.end(); ++it) {
    if (!desired.contains(it.key())) {
      patch[it.key()] = nullptr;
    } else if (it->is_object() && desired[it.key()].is_object()) {
      patch[it.key()] = ApplyPatchBody(*it, desired[it.key()]);
    }
  }
  return patch;
}

WriteResult ApiClient::Failure(const api::Status& status, const std::string& verb, const std::string& source) const {
  WriteResult w;
  w.code = status.code();
  w.reason = status.reason();
  w.error_text = ErrorText(profile_.kubectl, status, verb, source);
  return w;
}

// Discovery as kube-apiserver of the profile serves it: batch/v1 Jobs always,
// extensions/v1beta1 Jobs until 1.7; the core kinds only in v1.
std::optional<WriteResult> ApiClient::CheckServed(Kind kind, const std::string& api_version,
                                                  const std::string& source) const {
  const bool served = kind == Kind::kJob ? api_version == "batch/v1" ||
                                               (api_version == "extensions/v1beta1" && profile_.api.serves_extensions_jobs)
                                         : api_version == "v1";
  if (served) return std::nullopt;
  WriteResult w;
  w.code = 404;
  w.reason = "NotFound";
  w.error_text = NoMatchText(KindName(kind), api_version, source);
  return w;
}

WriteResult ApiClient::Create(const Manifest& manifest, const std::string& source) {
  if (auto unserved = CheckServed(manifest.kind, manifest.api_version, source)) return *unserved;
  return ForKind(manifest.kind, [&](auto type) {
    using T = typename decltype(type)::type;
    T object;
    if (api::Status st = api::Decode(manifest.object, object); !st.ok()) return Failure(st, "creating", source);
    api::Result<T> r = store_.Create(std::move(object));
    if (!r.ok()) return Failure(r.status, "creating", source);
    WriteResult w;
    w.ok = true;
    w.warnings = r.warnings;
    w.message = SuccessLine(profile_.kubectl, manifest.kind, r.object->metadata.name, Operation::kCreated);
    return w;
  });
}

WriteResult ApiClient::Apply(const Manifest& manifest, const std::string& source) {
  if (auto unserved = CheckServed(manifest.kind, manifest.api_version, source)) return *unserved;
  Json desired = Normalized(manifest);
  const std::string name = NameOf(desired);
  if (name.empty()) {
    WriteResult w;
    w.code = 400;
    w.reason = "BadRequest";
    w.error_text = "error: resource name may not be empty";
    return w;
  }
  desired["metadata"]["annotations"][kLastAppliedAnnotation] = Normalized(manifest).dump() + "\n";
  const std::string ns = NamespaceOf(manifest, desired);
  return ForKind(manifest.kind, [&](auto type) {
    using T = typename decltype(type)::type;
    auto live = store_.Get<T>(ns, name);
    if (!live) {
      Manifest annotated = manifest;
      annotated.object = desired;
      return Create(annotated, source);
    }
    const uint64_t before = live->metadata.resource_version;
    api::Result<T> r = api::PatchAsJson<T>(store_, ns, name, [&](const Json& current, Json& out) {
      return api::StrategicMergePatch(current, ApplyPatchBody(LastApplied(current), desired), out);
    });
    if (!r.ok()) return Failure(r.status, "applying", source);
    WriteResult w;
    w.ok = true;
    w.warnings = r.warnings;
    const bool changed = r.object->metadata.resource_version != before;
    w.message = SuccessLine(profile_.kubectl, manifest.kind, name, changed ? Operation::kConfigured : Operation::kUnchanged);
    return w;
  });
}

WriteResult ApiClient::Patch(const ObjectRef& ref, api::PatchType type, const Json& patch, bool status) {
  return ForKind(ref.kind(), [&](auto kind_type) {
    using T = typename decltype(kind_type)::type;
    auto live = store_.Get<T>(ref.namespace_, ref.name);
    const uint64_t before = live ? live->metadata.resource_version : 0;
    api::Result<T> r = api::PatchAsJson<T>(store_, ref.namespace_, ref.name, [&](const Json& current, Json& out) {
      return api::ApplyPatch(type, current, patch, out);
    }, status);
    if (!r.ok()) return Failure(r.status);
    WriteResult w;
    w.ok = true;
    w.warnings = r.warnings;
    const bool changed = r.object->metadata.resource_version != before;
    w.message = SuccessLine(profile_.kubectl, ref.kind(), ref.name, changed ? Operation::kPatched : Operation::kPatchedNoChange);
    return w;
  });
}

WriteResult ApiClient::Delete(const ObjectRef& ref, api::Propagation propagation) {
  if (ref.kind() == Kind::kJob && ref.resource.api_version == "extensions/v1beta1" &&
      !profile_.api.serves_extensions_jobs) {
    WriteResult w;
    w.code = 404;
    w.reason = "NotFound";
    w.error_text = "the server doesn't have a resource type \"jobs\" in group \"extensions\"";
    return w;
  }
  return ForKind(ref.kind(), [&](auto type) {
    using T = typename decltype(type)::type;
    api::DeleteOptions options;
    options.propagation = propagation;
    options.api_version = ref.resource.api_version;
    api::Result<T> r = store_.Delete<T>(ref.namespace_, ref.name, options);
    if (!r.ok()) return Failure(r.status);
    WriteResult w;
    w.ok = true;
    w.warnings = r.warnings;
    w.message = SuccessLine(profile_.kubectl, ref.kind(), ref.name, Operation::kDeleted);
    return w;
  });
}

std::vector<WriteResult> ApiClient::DeleteAll(const ResourceRef& resource, const std::string& ns,
                                              const std::string& selector, api::Propagation propagation) {
  std::vector<Json> objects;
  if (api::Status st = List(resource, ns, selector, "", objects); !st.ok()) return {Failure(st)};
  std::vector<WriteResult> results;
  for (const Json& object : objects) {
    ObjectRef ref;
    ref.resource = resource;
    ref.namespace_ = KindNamespaced(resource.kind) ? ns : "";
    ref.name = NameOf(object);
    ref.text = std::string(KindResource(resource.kind)) + "/" + ref.name;
    results.push_back(Delete(ref, propagation));
  }
  if (results.empty()) {
    WriteResult none;
    none.ok = true;
    none.message = "No resources found";
    results.push_back(none);
  }
  return results;
}

std::optional<Json> ApiClient::Get(const ObjectRef& ref) const {
  return ForKind(ref.kind(), [&](auto type) -> std::optional<Json> {
    using T = typename decltype(type)::type;
    auto object = store_.Get<T>(ref.namespace_, ref.name);
    if (!object) return std::nullopt;
    return api::Encode(*object);
  });
}

api::Status ApiClient::List(const ResourceRef& resource, const std::string& ns, const std::string& label_selector,
                            const std::string& field_selector, std::vector<Json>& out) const {
  api::ListOptions options;
  options.namespace_ = KindNamespaced(resource.kind) ? ns : "";
  if (api::Status st = api::Selector::Parse(label_selector, options.labels); !st.ok()) return st;
  if (api::Status st = api::FieldSelector::Parse(field_selector, options.fields); !st.ok()) return st;
  return ForKind(resource.kind, [&](auto type) {
    using T = typename decltype(type)::type;
    std::vector<std::shared_ptr<const T>> objects;
    api::Status st = store_.List(options, objects);
    for (const auto& object : objects) out.push_back(api::Encode(*object));
    return st;
  });
}

}  // namespace jobsim::scenario
