// Typed API objects: the fields the simulation reads, as C++ structs.
//
// Every struct keeps `extra`: the JSON members jobsim does not model, so that
// any field a client sends survives a round-trip through the store
// (fakeapi/codec.h converts). Optional fields are std::optional so that "unset"
// and "zero" stay distinct, as in the Go API types.
//
// Timestamps are unix milliseconds (sim/base/clock.h); the API renders them
// with second precision (metav1.Time) or microseconds (metav1.MicroTime).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "fakeapi/cow.h"
#include "fakeapi/uid.h"
#include "sim/base/clock.h"

namespace jobsim::api {

using Json = nlohmann::json;
using StringMap = std::map<std::string, std::string>;
// The members jobsim does not model; unset reads as {}.
using SharedJson = Cow<Json>;
// A string many objects or versions hold the same (a status's image names
// and container id, a pod's schedulerName): each copy is a reference count,
// not a heap string. Unset reads as "".
using SharedString = Cow<std::string>;

struct OwnerReference {
  std::string api_version;
  std::string kind;
  std::string name;
  std::string uid;
  std::optional<bool> controller;
  std::optional<bool> block_owner_deletion;
  friend bool operator==(const OwnerReference&, const OwnerReference&) = default;
};

struct ObjectMeta {
  std::string name;
  std::string generate_name;
  std::string namespace_;
  Uid uid;
  uint64_t resource_version = 0;  // 0 = unset; rendered as a decimal string
  int64_t generation = 0;
  UnixMs creation_timestamp = 0;
  std::optional<UnixMs> deletion_timestamp;
  std::optional<int64_t> deletion_grace_period_seconds;
  Cow<StringMap> labels;  // shared with the pod template they came from
  Cow<StringMap> annotations;
  Cow<std::vector<OwnerReference>> owner_references;
  Cow<std::vector<std::string>> finalizers;  // copy-on-write: a status write does not copy it
  SharedJson extra;  // managedFields, ...

  bool HasFinalizer(std::string_view f) const;
  const OwnerReference* ControllerRef() const;
  friend bool operator==(const ObjectMeta&, const ObjectMeta&) = default;
};

// ---- Pod ----

struct EnvVar {
  std::string name;
  std::optional<std::string> value;
  Json value_from;  // null when absent
  friend bool operator==(const EnvVar&, const EnvVar&) = default;
};

struct Container {
  std::string name;
  std::string image;
  std::vector<std::string> command;
  std::vector<std::string> args;
  std::string image_pull_policy;
  std::optional<std::string> restart_policy;  // init containers: "Always" marks a native sidecar
  std::vector<EnvVar> env;
  SharedJson extra;  // ports, resources, probes, volumeMounts, ...
  friend bool operator==(const Container&, const Container&) = default;
};

struct PodSpec {
  Cow<std::vector<Container>> init_containers;  // shared by the pods of one template
  Cow<std::vector<Container>> containers;
  std::string restart_policy;
  std::optional<int64_t> termination_grace_period_seconds;
  std::optional<int64_t> active_deadline_seconds;
  std::string node_name;
  std::string hostname;
  SharedString scheduler_name;  // the default one string for every pod
  SharedJson extra;
  friend bool operator==(const PodSpec&, const PodSpec&) = default;
};

struct ContainerStateWaiting {
  std::string reason;
  std::string message;
  friend bool operator==(const ContainerStateWaiting&, const ContainerStateWaiting&) = default;
};
struct ContainerStateRunning {
  UnixMs started_at = 0;
  friend bool operator==(const ContainerStateRunning&, const ContainerStateRunning&) = default;
};
struct ContainerStateTerminated {
  int32_t exit_code = 0;
  int32_t signal = 0;
  std::string reason;
  std::string message;
  // nullopt renders as null. The Unix epoch (0) is a real value: containerd
  // reports it for a container that failed to start (StartError).
  std::optional<UnixMs> started_at;
  UnixMs finished_at = 0;
  SharedString container_id;
  friend bool operator==(const ContainerStateTerminated&, const ContainerStateTerminated&) = default;
};

// One of waiting, running and terminated, or none: only the one set is kept
// (three optionals made every status twice the size of its largest state).
// Reads as pointers, null when another or none is set; set by assigning one.
class ContainerState {
 public:
  ContainerState() = default;
  ContainerState(ContainerStateWaiting w) : state_(std::move(w)) {}     // NOLINT: assigned as one
  ContainerState(ContainerStateRunning r) : state_(r) {}                // NOLINT
  ContainerState(ContainerStateTerminated t) : state_(std::move(t)) {}  // NOLINT

  const ContainerStateWaiting* waiting() const { return std::get_if<ContainerStateWaiting>(&state_); }
  const ContainerStateRunning* running() const { return std::get_if<ContainerStateRunning>(&state_); }
  const ContainerStateTerminated* terminated() const { return std::get_if<ContainerStateTerminated>(&state_); }
  ContainerStateWaiting* waiting() { return std::get_if<ContainerStateWaiting>(&state_); }
  ContainerStateRunning* running() { return std::get_if<ContainerStateRunning>(&state_); }
  ContainerStateTerminated* terminated() { return std::get_if<ContainerStateTerminated>(&state_); }
  // Sets S, empty, in place of what was set.
  template <class S>
  S& emplace() {
    return state_.template emplace<S>();
  }
  bool empty() const { return state_.index() == 0; }
  friend bool operator==(const ContainerState&, const ContainerState&) = default;

 private:
  std::variant<std::monostate, ContainerStateWaiting, ContainerStateRunning, ContainerStateTerminated> state_;
};

struct ContainerStatus {
  std::string name;
  ContainerState state;
  ContainerState last_state;
  bool ready = false;
  int32_t restart_count = 0;
  SharedString image;
  SharedString image_id;
  SharedString container_id;
  std::optional<bool> started;
  friend bool operator==(const ContainerStatus&, const ContainerStatus&) = default;
};

struct Condition {
  std::string type;
  std::string status;
  std::string reason;
  std::string message;
  UnixMs last_probe_time = 0;       // 0 renders as null
  UnixMs last_transition_time = 0;  // 0 renders as null
  friend bool operator==(const Condition&, const Condition&) = default;
};

// The lists are copy-on-write: a write that replaces the status does not copy
// the old lists first, and an unchanged list stays shared with the last version.
struct PodStatus {
  std::string phase;
  Cow<std::vector<Condition>> conditions;
  std::string message;
  std::string reason;
  std::string host_ip;
  std::string pod_ip;
  Cow<std::vector<std::string>> host_ips;  // hostIPs: [{"ip": ...}]
  Cow<std::vector<std::string>> pod_ips;   // podIPs: [{"ip": ...}]
  std::optional<UnixMs> start_time;
  Cow<std::vector<ContainerStatus>> init_container_statuses;
  Cow<std::vector<ContainerStatus>> container_statuses;
  std::string qos_class;
  SharedJson extra;
  friend bool operator==(const PodStatus&, const PodStatus&) = default;
};

// The spec is copy-on-write: the pods of one template share one defaulted
// spec until each is bound, and the versions of a pod share its spec, so
// copying a version copies no spec (reads: `pod.spec->containers`; writes:
// `pod.spec.Mut().node_name = ...`).
struct PodTemplateSpec {
  ObjectMeta metadata;
  Cow<PodSpec> spec;
  friend bool operator==(const PodTemplateSpec&, const PodTemplateSpec&) = default;
};

struct Pod {
  ObjectMeta metadata;
  Cow<PodSpec> spec;  // as in PodTemplateSpec
  PodStatus status;
  friend bool operator==(const Pod&, const Pod&) = default;
};

// ---- Job ----

struct LabelSelectorRequirement {
  std::string key;
  std::string op;  // In, NotIn, Exists, DoesNotExist
  std::vector<std::string> values;
  friend bool operator==(const LabelSelectorRequirement&, const LabelSelectorRequirement&) = default;
};

struct LabelSelector {
  StringMap match_labels;
  std::vector<LabelSelectorRequirement> match_expressions;
  bool empty() const { return match_labels.empty() && match_expressions.empty(); }
  friend bool operator==(const LabelSelector&, const LabelSelector&) = default;
};

struct JobSpec {
  std::optional<int32_t> parallelism;
  std::optional<int32_t> completions;
  std::optional<int64_t> active_deadline_seconds;
  std::optional<int32_t> backoff_limit;
  std::optional<LabelSelector> selector;
  std::optional<bool> manual_selector;
  std::optional<bool> auto_selector;  // extensions/v1beta1 only
  PodTemplateSpec template_;
  std::optional<int32_t> ttl_seconds_after_finished;
  std::optional<std::string> completion_mode;
  std::optional<bool> suspend;
  std::optional<std::string> pod_replacement_policy;
  std::optional<int32_t> backoff_limit_per_index;
  std::optional<int32_t> max_failed_indexes;
  std::optional<std::string> managed_by;
  Json pod_failure_policy;  // null when absent; typed in controller/pod_failure_policy
  Json success_policy;      // null when absent
  SharedJson extra;
  friend bool operator==(const JobSpec&, const JobSpec&) = default;
};

struct UncountedTerminatedPods {
  std::vector<std::string> succeeded;
  std::vector<std::string> failed;
  bool empty() const { return succeeded.empty() && failed.empty(); }
  friend bool operator==(const UncountedTerminatedPods&, const UncountedTerminatedPods&) = default;
};

struct JobStatus {
  std::vector<Condition> conditions;
  std::optional<UnixMs> start_time;
  std::optional<UnixMs> completion_time;
  int32_t active = 0;  // omitted from JSON when 0, as omitempty does
  int32_t succeeded = 0;
  int32_t failed = 0;
  std::optional<int32_t> ready;
  std::optional<int32_t> terminating;
  std::string completed_indexes;
  std::optional<std::string> failed_indexes;
  std::optional<UncountedTerminatedPods> uncounted_terminated_pods;
  SharedJson extra;
  friend bool operator==(const JobStatus&, const JobStatus&) = default;
};

struct Job {
  std::string api_version = "batch/v1";  // the version the object was last written through
  ObjectMeta metadata;
  JobSpec spec;
  JobStatus status;
  friend bool operator==(const Job&, const Job&) = default;
};

// ---- Event (core/v1, with the events.k8s.io/v1 fields it carries) ----

struct ObjectReference {
  std::string kind;
  std::string namespace_;
  std::string name;
  std::string uid;
  std::string api_version;
  std::string resource_version;
  std::string field_path;
  friend bool operator==(const ObjectReference&, const ObjectReference&) = default;
};

struct EventSource {
  std::string component;
  std::string host;
  friend bool operator==(const EventSource&, const EventSource&) = default;
};

struct EventSeries {
  int32_t count = 0;
  UnixMs last_observed_time = 0;
  friend bool operator==(const EventSeries&, const EventSeries&) = default;
};

struct Event {
  ObjectMeta metadata;
  ObjectReference involved_object;
  std::string reason;
  std::string message;
  EventSource source;
  UnixMs first_timestamp = 0;  // 0 renders as null
  UnixMs last_timestamp = 0;
  int32_t count = 0;
  std::string type;
  UnixMs event_time = 0;  // MicroTime; 0 renders as null
  std::optional<EventSeries> series;
  std::string action;
  std::string reporting_component;
  std::string reporting_instance;
  SharedJson extra;
  friend bool operator==(const Event&, const Event&) = default;
};

// ---- Node and Namespace ----

struct NodeStatus {
  std::vector<Condition> conditions;
  std::vector<std::pair<std::string, std::string>> addresses;  // (type, address)
  SharedJson extra;
  friend bool operator==(const NodeStatus&, const NodeStatus&) = default;
};

struct Node {
  ObjectMeta metadata;
  Json spec = Json::object();
  NodeStatus status;
  friend bool operator==(const Node&, const Node&) = default;
};

struct Namespace {
  ObjectMeta metadata;
  Json spec = Json::object();
  std::string phase = "Active";
  friend bool operator==(const Namespace&, const Namespace&) = default;
};

}  // namespace jobsim::api
