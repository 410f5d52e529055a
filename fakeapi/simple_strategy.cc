// Write rules for the kinds jobsim stores without behaviour of their own.
#include <algorithm>

#include "fakeapi/field_errors.h"
#include "fakeapi/strategy.h"

namespace jobsim::api {

Status PrepareForCreate(Event& event, WriteContext& ctx) {
  return ValidateNewEvent(event.metadata.name, event.involved_object.kind, event.involved_object.name);
}

Status ValidateNewEvent(std::string_view name, std::string_view involved_kind, std::string_view involved_name) {
  FieldErrors errors;
  ValidateObjectName(name, true, errors);
  if (involved_name.empty() && involved_kind.empty()) errors.Required("involvedObject");
  if (errors.empty()) return Status::Ok();
  return errors.ToStatus("Event", std::string(name));
}

Status PrepareForCreate(Node& node, WriteContext& ctx) {
  FieldErrors errors;
  ValidateObjectName(node.metadata.name, false, errors);
  return errors.ToStatus("Node", node.metadata.name);
}

namespace {

// pkg/registry/core/namespace/strategy.go Canonicalize: the label follows the name.
void LabelWithName(Namespace& ns, const ApiRules& rules) {
  if (rules.namespace_name_label) ns.metadata.labels.Mut()["kubernetes.io/metadata.name"] = ns.metadata.name;
}

}  // namespace

// strategy.go PrepareForCreate: phase Active and the "kubernetes" finalizer.
Status PrepareForCreate(Namespace& ns, WriteContext& ctx) {
  FieldErrors errors;
  if (!IsDns1123Label(ns.metadata.name)) ValidateObjectName(ns.metadata.name, false, errors);
  if (!errors.empty()) return errors.ToStatus("Namespace", ns.metadata.name);
  ns.phase = "Active";
  Json& finalizers = ns.spec["finalizers"];
  if (!finalizers.is_array()) finalizers = Json::array();
  if (std::find(finalizers.begin(), finalizers.end(), "kubernetes") == finalizers.end()) finalizers.push_back("kubernetes");
  LabelWithName(ns, ctx.rules);
  return Status::Ok();
}

Status PrepareForUpdate(const Event& old, Event& updated, bool status_only, WriteContext& ctx) {
  return Status::Ok();
}

Status PrepareForUpdate(const Node& old, Node& updated, bool status_only, WriteContext& ctx) {
  if (status_only) updated.spec = old.spec;
  else updated.status = old.status;
  return Status::Ok();
}

Status PrepareForUpdate(const Namespace& old, Namespace& updated, bool status_only, WriteContext& ctx) {
  LabelWithName(updated, ctx.rules);
  return Status::Ok();
}

}  // namespace jobsim::api
