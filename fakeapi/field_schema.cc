#include "fakeapi/field_schema.h"

namespace jobsim::api {
namespace {

using Table = FieldSchema::Table;
using Entry = FieldSchema::Entry;

Entry MapOn(std::vector<std::string> keys, std::map<std::string, Json> defaults = {}) {
  return Entry{FieldShape::kMap, ListKeys{std::move(keys), std::move(defaults)}};
}
const Entry kSet{FieldShape::kSet, {}};
const Entry kAtomic{FieldShape::kAtomic, {}};

// The list and map types of the fields jobsim's objects carry, type by type,
// as kubernetes/kubernetes api/openapi-spec/v3/apis__batch__v1_openapi.json
// and api__v1_openapi.json give them (x-kubernetes-list-type,
// x-kubernetes-list-map-keys, x-kubernetes-map-type; lists with a patch merge
// key and no list type, as NodeStatus.addresses, count as maps on that key).
// Lists not named here are atomic (command, args, envFrom, tolerations,
// readinessGates, containerStatuses, images, taints, ...).

// io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta (OwnerReference: x-kubernetes-map-type atomic).
void AddObjectMeta(Table& t, const std::string& at) {
  t[at + "finalizers"] = kSet;
  t[at + "ownerReferences"] = MapOn({"uid"});
  t[at + "ownerReferences[]"] = kAtomic;
}

// io.k8s.api.core.v1.Container (EphemeralContainer alike). The selectors of
// EnvVarSource are x-kubernetes-map-type atomic.
void AddContainer(Table& t, const std::string& at) {
  t[at + "ports"] = MapOn({"containerPort", "protocol"}, {{"protocol", "TCP"}});
  t[at + "env"] = MapOn({"name"});
  for (const char* selector : {"configMapKeyRef", "secretKeyRef", "fieldRef", "resourceFieldRef"}) {
    t[at + "env[].valueFrom." + selector] = kAtomic;
  }
  t[at + "volumeMounts"] = MapOn({"mountPath"});
  t[at + "volumeDevices"] = MapOn({"devicePath"});
  t[at + "resources.claims"] = MapOn({"name"});
}

// io.k8s.api.core.v1.PodSpec (LocalObjectReference: x-kubernetes-map-type atomic).
void AddPodSpec(Table& t, const std::string& at) {
  for (const char* containers : {"containers", "initContainers", "ephemeralContainers"}) {
    t[at + containers] = MapOn({"name"});
    AddContainer(t, at + containers + "[].");
  }
  t[at + "volumes"] = MapOn({"name"});
  t[at + "imagePullSecrets"] = MapOn({"name"});
  t[at + "imagePullSecrets[]"] = kAtomic;
  t[at + "hostAliases"] = MapOn({"ip"});
  t[at + "topologySpreadConstraints"] = MapOn({"topologyKey", "whenUnsatisfiable"});
  t[at + "resourceClaims"] = MapOn({"name"});
  t[at + "schedulingGates"] = MapOn({"name"});
  t[at + "nodeSelector"] = kAtomic;
}

// io.k8s.api.core.v1.PodStatus.
void AddPodStatus(Table& t, const std::string& at) {
  t[at + "conditions"] = MapOn({"type"});
  t[at + "podIPs"] = MapOn({"ip"});
  t[at + "hostIPs"] = MapOn({"ip"});
  t[at + "resourceClaimStatuses"] = MapOn({"name"});
}

Table JobTable() {
  Table t;
  AddObjectMeta(t, "metadata.");
  t["spec.selector"] = kAtomic;  // LabelSelector: x-kubernetes-map-type atomic
  AddObjectMeta(t, "spec.template.metadata.");
  AddPodSpec(t, "spec.template.spec.");
  t["status.conditions"] = kAtomic;  // JobStatus.conditions: x-kubernetes-list-type atomic
  t["status.uncountedTerminatedPods.succeeded"] = kSet;
  t["status.uncountedTerminatedPods.failed"] = kSet;
  return t;
}

Table PodTable() {
  Table t;
  AddObjectMeta(t, "metadata.");
  AddPodSpec(t, "spec.");
  AddPodStatus(t, "status.");
  return t;
}

// io.k8s.api.core.v1.Event: ObjectReference is x-kubernetes-map-type atomic.
Table EventTable() {
  Table t;
  AddObjectMeta(t, "metadata.");
  t["involvedObject"] = kAtomic;
  t["related"] = kAtomic;
  return t;
}

// io.k8s.api.core.v1.NodeSpec, NodeStatus.
Table NodeTable() {
  Table t;
  AddObjectMeta(t, "metadata.");
  t["spec.podCIDRs"] = kSet;
  t["status.conditions"] = MapOn({"type"});
  t["status.addresses"] = MapOn({"type"});
  return t;
}

// io.k8s.api.core.v1.NamespaceSpec (finalizers: atomic), NamespaceStatus.
Table NamespaceTable() {
  Table t;
  AddObjectMeta(t, "metadata.");
  t["status.conditions"] = MapOn({"type"});
  return t;
}

Table MetadataTable() {
  Table t;
  AddObjectMeta(t, "metadata.");
  return t;
}

}  // namespace

FieldShape FieldSchema::ShapeAt(const std::string& path, const Json& value) const {
  if (const auto it = table_.find(path); it != table_.end()) return it->second.shape;
  return value.is_object() ? FieldShape::kGranular : FieldShape::kAtomic;
}

const ListKeys& FieldSchema::KeysAt(const std::string& path) const { return table_.find(path)->second.keys; }

const FieldSchema& FieldSchemaOf(const std::string& kind) {
  static const FieldSchema job(JobTable()), pod(PodTable()), event(EventTable()), node(NodeTable()),
      ns(NamespaceTable()), other(MetadataTable());
  if (kind == "Job") return job;
  if (kind == "Pod") return pod;
  if (kind == "Event") return event;
  if (kind == "Node") return node;
  if (kind == "Namespace") return ns;
  return other;
}

std::string ItemKeyOf(const ListKeys& keys, const Json& item) {
  if (!item.is_object()) return "";
  Json key = Json::object();  // an object's members dump sorted by name
  for (const std::string& name : keys.names) {
    if (const auto it = item.find(name); it != item.end()) {
      key[name] = *it;
    } else if (const auto d = keys.defaults.find(name); d != keys.defaults.end()) {
      key[name] = d->second;
    } else {
      return "";
    }
  }
  return "k:" + key.dump();
}

std::string ValueKeyOf(const Json& value) { return "v:" + value.dump(); }

}  // namespace jobsim::api
