#include "fakeapi/fields.h"

namespace jobsim::api {

namespace {

std::optional<std::string> CommonField(const ObjectMeta& m, const std::string& field) {
  if (field == "metadata.name") return m.name;
  if (field == "metadata.namespace") return m.namespace_;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> FieldOf(const Pod& p, const std::string& field) {
  if (field == "status.phase") return p.status.phase;
  if (field == "spec.nodeName") return p.spec->node_name;
  if (field == "spec.restartPolicy") return p.spec->restart_policy;
  if (field == "spec.schedulerName") return p.spec->scheduler_name.get();
  if (field == "status.podIP") return p.status.pod_ip;
  return CommonField(p.metadata, field);
}
std::optional<std::string> FieldOf(const Job& j, const std::string& field) {
  if (field == "status.successful") return std::to_string(j.status.succeeded);
  return CommonField(j.metadata, field);
}
std::optional<std::string> FieldOf(const Event& e, const std::string& field) {
  const auto& io = e.involved_object;
  if (field == "involvedObject.kind") return io.kind;
  if (field == "involvedObject.namespace") return io.namespace_;
  if (field == "involvedObject.name") return io.name;
  if (field == "involvedObject.uid") return io.uid;
  if (field == "involvedObject.apiVersion") return io.api_version;
  if (field == "involvedObject.resourceVersion") return io.resource_version;
  if (field == "involvedObject.fieldPath") return io.field_path;
  if (field == "reason") return e.reason;
  if (field == "reportingComponent") return e.reporting_component;
  if (field == "source") return e.source.component;
  if (field == "type") return e.type;
  return CommonField(e.metadata, field);
}
std::optional<std::string> FieldOf(const Node& n, const std::string& field) {
  if (field == "spec.unschedulable") return n.spec.value("unschedulable", false) ? "true" : "false";
  return CommonField(n.metadata, field);
}
std::optional<std::string> FieldOf(const Namespace& n, const std::string& field) {
  if (field == "status.phase") return n.phase;
  return CommonField(n.metadata, field);
}

}  // namespace jobsim::api
