#include "fakeapi/actor_managed_fields.h"

#include <optional>

#include "fakeapi/field_ownership.h"
#include "fakeapi/managed_fields.h"
#include "fakeapi/update_managed_fields.h"
#include "fakeapi/well_known.h"

namespace jobsim::api {
namespace {

std::string StringAt(const Json& object, const char* a, const char* b) {
  const auto it = object.find(a);
  if (it == object.end() || !it->is_object()) return "";
  return it->value(b, "");
}

// The binary behind an event's reporting component.
std::string EventWriter(const Json& event) {
  std::string component = event.value("reportingComponent", "");
  if (component.empty()) component = StringAt(event, "source", "component");
  if (component == "kubelet") return "kubelet";
  if (component == "default-scheduler") return "kube-scheduler";
  return "kube-controller-manager";
}

bool HasControllingJob(const Json& object) {
  const Json* owners = ValueAt(object, {"f:metadata", "f:ownerReferences"});
  if (!owners || !owners->is_array()) return false;
  for (const Json& o : *owners) {
    if (o.value("controller", false) && o.value("kind", "") == "Job") return true;
  }
  return false;
}

std::string CreatorOf(const std::string& kind, const Json& object) {
  if (kind == "Pod" && HasControllingJob(object)) return "kube-controller-manager";
  if (kind == "Event") return EventWriter(object);
  if (kind == "Node") return "kubelet";
  if (kind == "Namespace") return "kube-apiserver";
  return "kubectl-create";
}

std::optional<std::string> StatusWriterOf(const std::string& kind, const Json& object) {
  if (kind == "Job") return "kube-controller-manager";
  if (kind == "Node") return "kubelet";
  if (kind != "Pod") return std::nullopt;
  if (!StringAt(object, "spec", "nodeName").empty()) return "kubelet";
  const Json* conditions = ValueAt(object, {"f:status", "f:conditions"});
  if (conditions && conditions->is_array() && !conditions->empty()) return "kube-scheduler";
  return std::nullopt;
}

// An RFC 3339 time as codec.h writes them ("2025-01-01T00:00:00Z").
bool IsTime(const std::string& s) { return s.size() == 20 && s[10] == 'T' && s[19] == 'Z'; }

void LatestTimeIn(const Json& value, std::string& latest) {
  if (value.is_string()) {
    const std::string& s = value.get_ref<const std::string&>();
    if (IsTime(s) && s > latest) latest = s;
    return;
  }
  if (!value.is_structured()) return;
  for (const Json& child : value) LatestTimeIn(child, latest);
}

// Drops from set the members object no longer has; a map emptied this way goes.
void TrimToObject(Json& set, const Json& object) {
  for (auto it = set.begin(); it != set.end();) {
    const Json* member = it.key() == "." ? &object : MemberOf(object, it.key());
    bool keep = member != nullptr;
    if (keep && !it->empty()) {
      TrimToObject(*it, *member);
      keep = !it->empty();
    }
    it = keep ? std::next(it) : set.erase(it);
  }
}

Json* SetAt(Json& set, const FieldPath& path) {
  Json* at = &set;
  for (const std::string& key : path) {
    if (!at->is_object() || !at->contains(key)) return nullptr;
    at = &(*at)[key];
  }
  return at;
}

// The fields a create does not own because the server sets them after the
// field manager ran: a Job's generated selector and labels (PrepareForCreate),
// a Pod's node (pods/binding).
void DropGenerated(const std::string& kind, const Json& object, Json& set) {
  if (kind == "Pod") RemoveFromSet(set, {"f:spec", "f:nodeName"});
  if (kind != "Job") return;
  const Json* manual = ValueAt(object, {"f:spec", "f:manualSelector"});
  if (manual && manual->is_boolean() && manual->get<bool>()) return;
  for (const FieldPath& path : {FieldPath{"f:metadata", "f:labels"}, FieldPath{"f:spec", "f:template", "f:metadata", "f:labels"}}) {
    Json* labels = SetAt(set, path);
    if (!labels) continue;
    for (const char* label : {kLegacyControllerUidLabel, kLegacyJobNameLabel, kControllerUidLabel,
                              kJobNameLabel}) {
      labels->erase(std::string("f:") + label);
    }
    if (labels->empty() || (labels->size() == 1 && labels->contains("."))) RemoveFromSet(set, path);
  }
  RemoveFromSet(set, {"f:spec", "f:selector"});
}

void Attribute(Json& entries, const UpdateEntry& entry, Json fields) {
  if (fields.empty()) return;
  for (Json& e : entries) {
    if (e.value("manager", "") != entry.manager || e.value("operation", "") != "Update" ||
        e.value("subresource", "") != entry.subresource) {
      continue;
    }
    e["fieldsV1"] = SetUnion(e.value("fieldsV1", Json::object()), fields);
    if (entry.time > e.value("time", "")) e["time"] = entry.time;
    return;
  }
  Json e = {{"manager", entry.manager}, {"operation", "Update"},    {"apiVersion", entry.api_version},
            {"time", entry.time},       {"fieldsType", "FieldsV1"}, {"fieldsV1", std::move(fields)}};
  if (!entry.subresource.empty()) e["subresource"] = entry.subresource;
  entries.push_back(std::move(e));
}

}  // namespace

void AttributeActorFields(Json& object) {
  const std::string kind = object.value("kind", "");
  const std::string api_version = object.value("apiVersion", "v1");
  const std::string created = StringAt(object, "metadata", "creationTimestamp");
  Json& metadata = object["metadata"];
  Json entries = metadata.value("managedFields", Json::array());
  const bool recorded = !entries.empty();
  Json rest = FieldsOf(object);
  Json unclaimed = Json::object();
  if (auto it = rest.find("f:status"); it != rest.end()) {
    unclaimed = {{"f:status", std::move(*it)}};
    rest.erase(it);
  }
  for (auto it = entries.begin(); it != entries.end();) {
    Json& fields = (*it)["fieldsV1"];
    TrimToObject(fields, object);
    SubtractSet(unclaimed, fields);
    SubtractSet(rest, fields);
    it = fields.empty() ? entries.erase(it) : std::next(it);
  }
  if (const auto writer = StatusWriterOf(kind, object)) {
    std::string time = created;
    LatestTimeIn(object.value("status", Json()), time);
    Attribute(entries, {*writer, api_version, "status", time}, std::move(unclaimed));
  }
  if (!recorded) {
    DropGenerated(kind, object, rest);
    Attribute(entries, {CreatorOf(kind, object), api_version, "", created}, std::move(rest));
  }
  SortManagedFields(entries);
  if (entries.empty()) {
    metadata.erase("managedFields");
  } else {
    metadata["managedFields"] = std::move(entries);
  }
}

}  // namespace jobsim::api
