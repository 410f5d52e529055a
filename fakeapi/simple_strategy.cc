// Write rules for the kinds jobsim stores without behaviour of their own.
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

Status PrepareForCreate(Namespace& ns, WriteContext& ctx) {
  FieldErrors errors;
  if (!IsDns1123Label(ns.metadata.name)) ValidateObjectName(ns.metadata.name, false, errors);
  return errors.ToStatus("Namespace", ns.metadata.name);
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
  return Status::Ok();
}

}  // namespace jobsim::api
