// Write rules for the kinds jobsim stores without behaviour of their own.
#include <algorithm>

#include "fakeapi/field_errors.h"
#include "fakeapi/strategy.h"

namespace jobsim::api {

Status PrepareForCreate(Event& event, WriteContext& ctx) {
  FieldErrors errors;
  ValidateObjectName(event.metadata.name, true, errors);
  if (event.involved_object.name.empty() && event.involved_object.kind.empty()) {
    errors.Required("involvedObject");
  }
  return errors.ToStatus("Event", event.metadata.name);
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
