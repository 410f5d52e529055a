#include "fakeapi/codec.h"

#include <fmt/format.h>

#include <set>

#include "sim/base/duration.h"

namespace jobsim::api {
namespace {

// ---------------------------------------------------------------- decoding

// Walks one JSON object: typed fields are taken out, the rest lands in extra.
class Reader {
 public:
  Reader(const Json& in, std::string path, Status& status)
      : in_(in), path_(std::move(path)), status_(status) {
    if (!in_.is_object() && !in_.is_null()) Fail("", "expected an object");
  }

  bool Has(const char* key) const { return in_.is_object() && in_.contains(key) && !in_[key].is_null(); }
  const Json* Take(const char* key) {
    taken_.insert(key);
    return Has(key) ? &in_[key] : nullptr;
  }
  std::string Path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

  // S: std::string, SharedString or Uid.
  template <class S>
  void Str(const char* key, S& out) {
    if (const Json* v = Take(key)) {
      if (v->is_string()) out = v->get<std::string>();
      else Fail(key, "expected a string");
    }
  }
  void OptStr(const char* key, std::optional<std::string>& out) {
    if (const Json* v = Take(key)) {
      if (v->is_string()) out = v->get<std::string>();
      else Fail(key, "expected a string");
    }
  }
  template <class I>
  void Int(const char* key, I& out) {
    if (const Json* v = Take(key)) {
      if (v->is_number_integer()) out = v->get<I>();
      else Fail(key, "expected an integer");
    }
  }
  template <class I>
  void OptInt(const char* key, std::optional<I>& out) {
    if (const Json* v = Take(key)) {
      if (v->is_number_integer()) out = v->get<I>();
      else Fail(key, "expected an integer");
    }
  }
  void Bool(const char* key, bool& out) {
    if (const Json* v = Take(key)) {
      if (v->is_boolean()) out = v->get<bool>();
      else Fail(key, "expected a boolean");
    }
  }
  void OptBool(const char* key, std::optional<bool>& out) {
    if (const Json* v = Take(key)) {
      if (v->is_boolean()) out = v->get<bool>();
      else Fail(key, "expected a boolean");
    }
  }
  void Time(const char* key, UnixMs& out) {
    if (const Json* v = Take(key)) {
      auto t = v->is_string() ? ParseRfc3339(v->get<std::string>()) : std::nullopt;
      if (t) out = *t;
      else Fail(key, "expected an RFC 3339 time");
    }
  }
  void OptTime(const char* key, std::optional<UnixMs>& out) {
    UnixMs t = 0;
    if (Has(key)) {
      Time(key, t);
      out = t;
    } else {
      Take(key);
    }
  }
  void Strings(const char* key, std::vector<std::string>& out) {
    if (const Json* v = Take(key)) {
      if (!v->is_array()) return Fail(key, "expected a list");
      for (const Json& e : *v) {
        if (!e.is_string()) return Fail(key, "expected a list of strings");
        out.push_back(e.get<std::string>());
      }
    }
  }
  void Map(const char* key, StringMap& out) {
    if (const Json* v = Take(key)) {
      if (!v->is_object()) return Fail(key, "expected a map of strings");
      for (auto it = v->begin(); it != v->end(); ++it) {
        if (!it->is_string()) return Fail(key, "expected a map of strings");
        out[it.key()] = it->get<std::string>();
      }
    }
  }
  void Raw(const char* key, Json& out) {
    if (const Json* v = Take(key)) out = *v;
  }
  // Decodes each element of a list with fn(element, path).
  template <class T, class Fn>
  void List(const char* key, std::vector<T>& out, Fn fn) {
    if (const Json* v = Take(key)) {
      if (!v->is_array()) return Fail(key, "expected a list");
      for (size_t i = 0; i < v->size(); ++i) {
        T item;
        fn((*v)[i], fmt::format("{}[{}]", Path(key), i), item);
        out.push_back(std::move(item));
      }
    }
  }
  // The members nobody took; unset when there are none.
  SharedJson Rest() const {
    if (!in_.is_object()) return {};
    Json rest = Json::object();
    for (auto it = in_.begin(); it != in_.end(); ++it) {
      if (!taken_.count(it.key())) rest[it.key()] = *it;
    }
    SharedJson shared;
    if (!rest.empty()) shared = std::move(rest);
    return shared;
  }
  void Fail(const std::string& key, const std::string& what) {
    if (!status_.ok()) return;
    const std::string where = key.empty() ? path_ : Path(key.c_str());
    status_ = Status::BadRequest(fmt::format("{}: {}", where.empty() ? "object" : where, what));
  }
  Status& status() { return status_; }

 private:
  const Json& in_;
  std::string path_;
  Status& status_;
  std::set<std::string> taken_;
};

void DecodeOwnerRef(const Json& in, const std::string& path, Status& st, OwnerReference& out) {
  Reader r(in, path, st);
  r.Str("apiVersion", out.api_version);
  r.Str("kind", out.kind);
  r.Str("name", out.name);
  r.Str("uid", out.uid);
  r.OptBool("controller", out.controller);
  r.OptBool("blockOwnerDeletion", out.block_owner_deletion);
}

void DecodeMeta(const Json& in, const std::string& path, Status& st, ObjectMeta& out) {
  Reader r(in, path, st);
  r.Str("name", out.name);
  r.Str("generateName", out.generate_name);
  r.Str("namespace", out.namespace_);
  r.Str("uid", out.uid);
  if (const Json* rv = r.Take("resourceVersion")) {
    const std::string text = rv->is_string() ? rv->get<std::string>() : "";
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
      out.resource_version = std::stoull(text);
    } else if (!text.empty()) {
      r.Fail("resourceVersion", "expected a decimal resource version");
    }
  }
  r.Int("generation", out.generation);
  r.Time("creationTimestamp", out.creation_timestamp);
  r.OptTime("deletionTimestamp", out.deletion_timestamp);
  r.OptInt("deletionGracePeriodSeconds", out.deletion_grace_period_seconds);
  r.Map("labels", out.labels.Mut());
  r.Map("annotations", out.annotations.Mut());
  r.List("ownerReferences", out.owner_references.Mut(),
         [&](const Json& j, const std::string& p, OwnerReference& o) { DecodeOwnerRef(j, p, st, o); });
  r.Strings("finalizers", out.finalizers.Mut());
  out.extra = r.Rest();
}

void DecodeContainer(const Json& in, const std::string& path, Status& st, Container& out) {
  Reader r(in, path, st);
  r.Str("name", out.name);
  r.Str("image", out.image);
  r.Strings("command", out.command);
  r.Strings("args", out.args);
  r.Str("imagePullPolicy", out.image_pull_policy);
  r.OptStr("restartPolicy", out.restart_policy);
  r.List("env", out.env, [&](const Json& j, const std::string& p, EnvVar& e) {
    Reader er(j, p, st);
    er.Str("name", e.name);
    er.OptStr("value", e.value);
    er.Raw("valueFrom", e.value_from);
  });
  out.extra = r.Rest();
}

void DecodePodSpec(const Json& in, const std::string& path, Status& st, PodSpec& out) {
  Reader r(in, path, st);
  auto container = [&](const Json& j, const std::string& p, Container& c) { DecodeContainer(j, p, st, c); };
  r.List("initContainers", out.init_containers.Mut(), container);
  r.List("containers", out.containers.Mut(), container);
  r.Str("restartPolicy", out.restart_policy);
  r.OptInt("terminationGracePeriodSeconds", out.termination_grace_period_seconds);
  r.OptInt("activeDeadlineSeconds", out.active_deadline_seconds);
  r.Str("nodeName", out.node_name);
  r.Str("hostname", out.hostname);
  r.Str("schedulerName", out.scheduler_name);
  out.extra = r.Rest();
}

// The kubelet sets one state; of several sent, the last of waiting, running
// and terminated is kept (ContainerState holds one).
void DecodeState(const Json& in, const std::string& path, Status& st, ContainerState& out) {
  Reader r(in, path, st);
  if (const Json* w = r.Take("waiting")) {
    Reader wr(*w, r.Path("waiting"), st);
    auto& waiting = out.emplace<ContainerStateWaiting>();
    wr.Str("reason", waiting.reason);
    wr.Str("message", waiting.message);
  }
  if (const Json* run = r.Take("running")) {
    Reader rr(*run, r.Path("running"), st);
    rr.Time("startedAt", out.emplace<ContainerStateRunning>().started_at);
  }
  if (const Json* t = r.Take("terminated")) {
    Reader tr(*t, r.Path("terminated"), st);
    auto& term = out.emplace<ContainerStateTerminated>();
    tr.Int("exitCode", term.exit_code);
    tr.Int("signal", term.signal);
    tr.Str("reason", term.reason);
    tr.Str("message", term.message);
    tr.OptTime("startedAt", term.started_at);
    tr.Time("finishedAt", term.finished_at);
    tr.Str("containerID", term.container_id);
  }
}

void DecodeContainerStatus(const Json& in, const std::string& path, Status& st, ContainerStatus& out) {
  Reader r(in, path, st);
  r.Str("name", out.name);
  if (const Json* s = r.Take("state")) DecodeState(*s, r.Path("state"), st, out.state);
  if (const Json* s = r.Take("lastState")) DecodeState(*s, r.Path("lastState"), st, out.last_state);
  r.Bool("ready", out.ready);
  r.Int("restartCount", out.restart_count);
  r.Str("image", out.image);
  r.Str("imageID", out.image_id);
  r.Str("containerID", out.container_id);
  r.OptBool("started", out.started);
}

void DecodeCondition(const Json& in, const std::string& path, Status& st, Condition& out) {
  Reader r(in, path, st);
  r.Str("type", out.type);
  r.Str("status", out.status);
  r.Str("reason", out.reason);
  r.Str("message", out.message);
  r.Time("lastProbeTime", out.last_probe_time);
  r.Time("lastTransitionTime", out.last_transition_time);
}

void DecodeSelector(const Json& in, const std::string& path, Status& st, LabelSelector& out) {
  Reader r(in, path, st);
  r.Map("matchLabels", out.match_labels);
  r.List("matchExpressions", out.match_expressions,
         [&](const Json& j, const std::string& p, LabelSelectorRequirement& req) {
           Reader rr(j, p, st);
           rr.Str("key", req.key);
           rr.Str("operator", req.op);
           rr.Strings("values", req.values);
         });
}

void DecodeJobSpec(const Json& in, const std::string& path, Status& st, JobSpec& out) {
  Reader r(in, path, st);
  r.OptInt("parallelism", out.parallelism);
  r.OptInt("completions", out.completions);
  r.OptInt("activeDeadlineSeconds", out.active_deadline_seconds);
  r.OptInt("backoffLimit", out.backoff_limit);
  if (const Json* s = r.Take("selector")) DecodeSelector(*s, r.Path("selector"), st, out.selector.emplace());
  r.OptBool("manualSelector", out.manual_selector);
  r.OptBool("autoSelector", out.auto_selector);
  if (const Json* t = r.Take("template")) {
    Reader tr(*t, r.Path("template"), st);
    if (const Json* m = tr.Take("metadata")) DecodeMeta(*m, tr.Path("metadata"), st, out.template_.metadata);
    if (const Json* s = tr.Take("spec")) DecodePodSpec(*s, tr.Path("spec"), st, out.template_.spec.Mut());
  }
  r.OptInt("ttlSecondsAfterFinished", out.ttl_seconds_after_finished);
  r.OptStr("completionMode", out.completion_mode);
  r.OptBool("suspend", out.suspend);
  r.OptStr("podReplacementPolicy", out.pod_replacement_policy);
  r.OptInt("backoffLimitPerIndex", out.backoff_limit_per_index);
  r.OptInt("maxFailedIndexes", out.max_failed_indexes);
  r.OptStr("managedBy", out.managed_by);
  r.Raw("podFailurePolicy", out.pod_failure_policy);
  r.Raw("successPolicy", out.success_policy);
  out.extra = r.Rest();
}

void DecodeJobStatus(const Json& in, const std::string& path, Status& st, JobStatus& out) {
  Reader r(in, path, st);
  r.List("conditions", out.conditions,
         [&](const Json& j, const std::string& p, Condition& c) { DecodeCondition(j, p, st, c); });
  r.OptTime("startTime", out.start_time);
  r.OptTime("completionTime", out.completion_time);
  r.Int("active", out.active);
  r.Int("succeeded", out.succeeded);
  r.Int("failed", out.failed);
  r.OptInt("ready", out.ready);
  r.OptInt("terminating", out.terminating);
  r.Str("completedIndexes", out.completed_indexes);
  r.OptStr("failedIndexes", out.failed_indexes);
  if (const Json* u = r.Take("uncountedTerminatedPods")) {
    Reader ur(*u, r.Path("uncountedTerminatedPods"), st);
    auto& uncounted = out.uncounted_terminated_pods.emplace();
    ur.Strings("succeeded", uncounted.succeeded);
    ur.Strings("failed", uncounted.failed);
  }
  out.extra = r.Rest();
}

// Drops apiVersion/kind (owned by the REST layer) from the object's extra.
SharedJson RestWithoutTypeMeta(Reader& r) {
  r.Take("apiVersion");
  r.Take("kind");
  return r.Rest();
}

// ---------------------------------------------------------------- encoding

void PutStr(Json& out, const char* key, std::string_view v) {
  if (!v.empty()) out[key] = v;
}
void PutStr(Json& out, const char* key, const std::string& v) { PutStr(out, key, std::string_view(v)); }
template <class T>
void PutOpt(Json& out, const char* key, const std::optional<T>& v) {
  if (v) out[key] = *v;
}
void PutStrings(Json& out, const char* key, const std::vector<std::string>& v) {
  if (!v.empty()) out[key] = v;
}
void PutMap(Json& out, const char* key, const StringMap& v) {
  if (!v.empty()) out[key] = v;
}
Json WithExtra(const Json& extra) { return extra.is_object() ? extra : Json::object(); }

Json EncodeContainer(const Container& c) {
  Json out = WithExtra(c.extra);
  out["name"] = c.name;
  PutStr(out, "image", c.image);
  PutStrings(out, "command", c.command);
  PutStrings(out, "args", c.args);
  PutStr(out, "imagePullPolicy", c.image_pull_policy);
  PutOpt(out, "restartPolicy", c.restart_policy);
  if (!c.env.empty()) {
    Json env = Json::array();
    for (const EnvVar& e : c.env) {
      Json item = {{"name", e.name}};
      PutOpt(item, "value", e.value);
      if (!e.value_from.is_null()) item["valueFrom"] = e.value_from;
      env.push_back(std::move(item));
    }
    out["env"] = std::move(env);
  }
  return out;
}

Json EncodePodSpec(const PodSpec& s) {
  Json out = WithExtra(s.extra);
  if (!s.init_containers.empty()) {
    for (const Container& c : s.init_containers) out["initContainers"].push_back(EncodeContainer(c));
  }
  out["containers"] = Json::array();
  for (const Container& c : s.containers) out["containers"].push_back(EncodeContainer(c));
  PutStr(out, "restartPolicy", s.restart_policy);
  PutOpt(out, "terminationGracePeriodSeconds", s.termination_grace_period_seconds);
  PutOpt(out, "activeDeadlineSeconds", s.active_deadline_seconds);
  PutStr(out, "nodeName", s.node_name);
  PutStr(out, "hostname", s.hostname);
  PutStr(out, "schedulerName", s.scheduler_name.get());
  return out;
}

Json EncodeState(const ContainerState& s) {
  Json out = Json::object();
  if (const auto* waiting = s.waiting()) {
    Json w = Json::object();
    PutStr(w, "reason", waiting->reason);
    PutStr(w, "message", waiting->message);
    out["waiting"] = std::move(w);
  }
  if (const auto* running = s.running()) out["running"] = {{"startedAt", EncodeTime(running->started_at)}};
  if (const auto* terminated = s.terminated()) {
    const auto& t = *terminated;
    Json term = {{"exitCode", t.exit_code}};
    if (t.signal != 0) term["signal"] = t.signal;
    PutStr(term, "reason", t.reason);
    PutStr(term, "message", t.message);
    term["startedAt"] = t.started_at ? Json(FormatRfc3339(*t.started_at)) : Json(nullptr);
    term["finishedAt"] = EncodeTime(t.finished_at);
    PutStr(term, "containerID", t.container_id);
    out["terminated"] = std::move(term);
  }
  return out;
}

Json EncodeContainerStatus(const ContainerStatus& s) {
  Json out = {{"name", s.name},
              {"state", EncodeState(s.state)},
              {"lastState", EncodeState(s.last_state)},
              {"ready", s.ready},
              {"restartCount", s.restart_count},
              {"image", s.image.get()},
              {"imageID", s.image_id.get()}};
  PutStr(out, "containerID", s.container_id);
  PutOpt(out, "started", s.started);
  return out;
}

Json EncodeCondition(const Condition& c) {
  Json out = {{"type", c.type}, {"status", c.status}};
  out["lastProbeTime"] = EncodeTime(c.last_probe_time);
  out["lastTransitionTime"] = EncodeTime(c.last_transition_time);
  PutStr(out, "reason", c.reason);
  PutStr(out, "message", c.message);
  return out;
}

Json EncodeConditions(const std::vector<Condition>& conditions) {
  Json out = Json::array();
  for (const Condition& c : conditions) out.push_back(EncodeCondition(c));
  return out;
}

Json EncodePodStatus(const PodStatus& s) {
  Json out = WithExtra(s.extra);
  PutStr(out, "phase", s.phase);
  if (!s.conditions.empty()) out["conditions"] = EncodeConditions(s.conditions);
  PutStr(out, "message", s.message);
  PutStr(out, "reason", s.reason);
  PutStr(out, "hostIP", s.host_ip);
  PutStr(out, "podIP", s.pod_ip);
  for (const std::string& ip : s.host_ips) out["hostIPs"].push_back({{"ip", ip}});
  for (const std::string& ip : s.pod_ips) out["podIPs"].push_back({{"ip", ip}});
  if (s.start_time) out["startTime"] = EncodeTime(*s.start_time);
  for (const auto& cs : s.init_container_statuses) out["initContainerStatuses"].push_back(EncodeContainerStatus(cs));
  for (const auto& cs : s.container_statuses) out["containerStatuses"].push_back(EncodeContainerStatus(cs));
  PutStr(out, "qosClass", s.qos_class);
  return out;
}

Json EncodeJobSpec(const JobSpec& s) {
  Json out = WithExtra(s.extra);
  PutOpt(out, "parallelism", s.parallelism);
  PutOpt(out, "completions", s.completions);
  PutOpt(out, "activeDeadlineSeconds", s.active_deadline_seconds);
  PutOpt(out, "backoffLimit", s.backoff_limit);
  if (s.selector) out["selector"] = EncodeLabelSelector(*s.selector);
  PutOpt(out, "manualSelector", s.manual_selector);
  PutOpt(out, "autoSelector", s.auto_selector);
  out["template"] = {{"metadata", EncodeMeta(s.template_.metadata)}, {"spec", EncodePodSpec(s.template_.spec)}};
  PutOpt(out, "ttlSecondsAfterFinished", s.ttl_seconds_after_finished);
  PutOpt(out, "completionMode", s.completion_mode);
  PutOpt(out, "suspend", s.suspend);
  PutOpt(out, "podReplacementPolicy", s.pod_replacement_policy);
  PutOpt(out, "backoffLimitPerIndex", s.backoff_limit_per_index);
  PutOpt(out, "maxFailedIndexes", s.max_failed_indexes);
  PutOpt(out, "managedBy", s.managed_by);
  if (!s.pod_failure_policy.is_null()) out["podFailurePolicy"] = s.pod_failure_policy;
  if (!s.success_policy.is_null()) out["successPolicy"] = s.success_policy;
  return out;
}

Json EncodeJobStatus(const JobStatus& s) {
  Json out = WithExtra(s.extra);
  if (!s.conditions.empty()) out["conditions"] = EncodeConditions(s.conditions);
  if (s.start_time) out["startTime"] = EncodeTime(*s.start_time);
  if (s.completion_time) out["completionTime"] = EncodeTime(*s.completion_time);
  if (s.active != 0) out["active"] = s.active;
  if (s.succeeded != 0) out["succeeded"] = s.succeeded;
  if (s.failed != 0) out["failed"] = s.failed;
  PutOpt(out, "ready", s.ready);
  PutOpt(out, "terminating", s.terminating);
  PutStr(out, "completedIndexes", s.completed_indexes);
  PutOpt(out, "failedIndexes", s.failed_indexes);
  if (s.uncounted_terminated_pods) {
    Json u = Json::object();
    PutStrings(u, "succeeded", s.uncounted_terminated_pods->succeeded);
    PutStrings(u, "failed", s.uncounted_terminated_pods->failed);
    out["uncountedTerminatedPods"] = std::move(u);
  }
  return out;
}

}  // namespace

Json EncodeTime(UnixMs t) { return t == 0 ? Json(nullptr) : Json(FormatRfc3339(t)); }

Json EncodeLabelSelector(const LabelSelector& selector) {
  Json out = Json::object();
  PutMap(out, "matchLabels", selector.match_labels);
  for (const auto& req : selector.match_expressions) {
    Json item = {{"key", req.key}, {"operator", req.op}};
    PutStrings(item, "values", req.values);
    out["matchExpressions"].push_back(std::move(item));
  }
  return out;
}

Json EncodeMeta(const ObjectMeta& m) {
  Json out = WithExtra(m.extra);
  PutStr(out, "name", m.name);
  PutStr(out, "generateName", m.generate_name);
  PutStr(out, "namespace", m.namespace_);
  PutStr(out, "uid", m.uid);
  if (m.resource_version != 0) out["resourceVersion"] = std::to_string(m.resource_version);
  if (m.generation != 0) out["generation"] = m.generation;
  out["creationTimestamp"] = EncodeTime(m.creation_timestamp);
  if (m.deletion_timestamp) out["deletionTimestamp"] = EncodeTime(*m.deletion_timestamp);
  PutOpt(out, "deletionGracePeriodSeconds", m.deletion_grace_period_seconds);
  PutMap(out, "labels", m.labels);
  PutMap(out, "annotations", m.annotations);
  for (const auto& o : m.owner_references) {
    Json ref = {{"apiVersion", o.api_version}, {"kind", o.kind}, {"name", o.name}, {"uid", o.uid}};
    PutOpt(ref, "controller", o.controller);
    PutOpt(ref, "blockOwnerDeletion", o.block_owner_deletion);
    out["ownerReferences"].push_back(std::move(ref));
  }
  PutStrings(out, "finalizers", m.finalizers);
  return out;
}

Json Encode(const Pod& pod) {
  return {{"apiVersion", "v1"},
          {"kind", "Pod"},
          {"metadata", EncodeMeta(pod.metadata)},
          {"spec", EncodePodSpec(pod.spec)},
          {"status", EncodePodStatus(pod.status)}};
}

Json Encode(const Job& job) {
  return {{"apiVersion", job.api_version},
          {"kind", "Job"},
          {"metadata", EncodeMeta(job.metadata)},
          {"spec", EncodeJobSpec(job.spec)},
          {"status", EncodeJobStatus(job.status)}};
}

Json Encode(const Event& e) {
  Json out = WithExtra(e.extra);
  out["apiVersion"] = "v1";
  out["kind"] = "Event";
  out["metadata"] = EncodeMeta(e.metadata);
  Json ref = Json::object();
  const auto& io = e.involved_object;
  PutStr(ref, "kind", io.kind);
  PutStr(ref, "namespace", io.namespace_);
  PutStr(ref, "name", io.name);
  PutStr(ref, "uid", io.uid);
  PutStr(ref, "apiVersion", io.api_version);
  PutStr(ref, "resourceVersion", io.resource_version);
  PutStr(ref, "fieldPath", io.field_path);
  out["involvedObject"] = std::move(ref);
  PutStr(out, "reason", e.reason);
  PutStr(out, "message", e.message);
  Json source = Json::object();
  PutStr(source, "component", e.source.component);
  PutStr(source, "host", e.source.host);
  out["source"] = std::move(source);
  out["firstTimestamp"] = EncodeTime(e.first_timestamp);
  out["lastTimestamp"] = EncodeTime(e.last_timestamp);
  if (e.count != 0) out["count"] = e.count;
  PutStr(out, "type", e.type);
  out["eventTime"] = e.event_time == 0 ? Json(nullptr) : Json(FormatRfc3339Micro(e.event_time));
  if (e.series) {
    out["series"] = {{"count", e.series->count},
                     {"lastObservedTime", FormatRfc3339Micro(e.series->last_observed_time)}};
  }
  PutStr(out, "action", e.action);
  out["reportingComponent"] = e.reporting_component;
  out["reportingInstance"] = e.reporting_instance;
  return out;
}

// A NodeCondition has lastHeartbeatTime where other conditions have lastProbeTime.
Json EncodeNodeConditions(const std::vector<Condition>& conditions) {
  Json out = EncodeConditions(conditions);
  for (Json& c : out) {
    c["lastHeartbeatTime"] = std::move(c["lastProbeTime"]);
    c.erase("lastProbeTime");
  }
  return out;
}

Json Encode(const Node& node) {
  Json status = WithExtra(node.status.extra);
  if (!node.status.conditions.empty()) status["conditions"] = EncodeNodeConditions(node.status.conditions);
  for (const auto& [type, address] : node.status.addresses) {
    status["addresses"].push_back({{"type", type}, {"address", address}});
  }
  return {{"apiVersion", "v1"},
          {"kind", "Node"},
          {"metadata", EncodeMeta(node.metadata)},
          {"spec", node.spec},
          {"status", std::move(status)}};
}

Json Encode(const Namespace& ns) {
  return {{"apiVersion", "v1"},
          {"kind", "Namespace"},
          {"metadata", EncodeMeta(ns.metadata)},
          {"spec", ns.spec},
          {"status", {{"phase", ns.phase}}}};
}

Status Decode(const Json& in, Pod& out) {
  Status st;
  Reader r(in, "", st);
  if (const Json* m = r.Take("metadata")) DecodeMeta(*m, "metadata", st, out.metadata);
  if (const Json* s = r.Take("spec")) DecodePodSpec(*s, "spec", st, out.spec.Mut());
  if (const Json* s = r.Take("status")) {
    Reader sr(*s, "status", st);
    sr.Str("phase", out.status.phase);
    sr.List("conditions", out.status.conditions.Mut(),
            [&](const Json& j, const std::string& p, Condition& c) { DecodeCondition(j, p, st, c); });
    sr.Str("message", out.status.message);
    sr.Str("reason", out.status.reason);
    sr.Str("hostIP", out.status.host_ip);
    sr.Str("podIP", out.status.pod_ip);
    auto ip = [&](const Json& j, const std::string& p, std::string& s) { Reader(j, p, st).Str("ip", s); };
    sr.List("hostIPs", out.status.host_ips.Mut(), ip);
    sr.List("podIPs", out.status.pod_ips.Mut(), ip);
    sr.OptTime("startTime", out.status.start_time);
    auto cs = [&](const Json& j, const std::string& p, ContainerStatus& c) { DecodeContainerStatus(j, p, st, c); };
    sr.List("initContainerStatuses", out.status.init_container_statuses.Mut(), cs);
    sr.List("containerStatuses", out.status.container_statuses.Mut(), cs);
    sr.Str("qosClass", out.status.qos_class);
    out.status.extra = sr.Rest();
  }
  RestWithoutTypeMeta(r);
  return st;
}

Status Decode(const Json& in, Job& out) {
  Status st;
  Reader r(in, "", st);
  if (const Json* v = r.Take("apiVersion"); v && v->is_string()) out.api_version = v->get<std::string>();
  if (const Json* m = r.Take("metadata")) DecodeMeta(*m, "metadata", st, out.metadata);
  if (const Json* s = r.Take("spec")) DecodeJobSpec(*s, "spec", st, out.spec);
  if (const Json* s = r.Take("status")) DecodeJobStatus(*s, "status", st, out.status);
  return st;
}

Status Decode(const Json& in, Event& out) {
  Status st;
  Reader r(in, "", st);
  if (const Json* m = r.Take("metadata")) DecodeMeta(*m, "metadata", st, out.metadata);
  if (const Json* io = r.Take("involvedObject")) {
    Reader ir(*io, "involvedObject", st);
    auto& ref = out.involved_object;
    ir.Str("kind", ref.kind);
    ir.Str("namespace", ref.namespace_);
    ir.Str("name", ref.name);
    ir.Str("uid", ref.uid);
    ir.Str("apiVersion", ref.api_version);
    ir.Str("resourceVersion", ref.resource_version);
    ir.Str("fieldPath", ref.field_path);
  }
  r.Str("reason", out.reason);
  r.Str("message", out.message);
  if (const Json* s = r.Take("source")) {
    Reader sr(*s, "source", st);
    sr.Str("component", out.source.component);
    sr.Str("host", out.source.host);
  }
  r.Time("firstTimestamp", out.first_timestamp);
  r.Time("lastTimestamp", out.last_timestamp);
  r.Int("count", out.count);
  r.Str("type", out.type);
  r.Time("eventTime", out.event_time);
  if (const Json* s = r.Take("series")) {
    Reader sr(*s, "series", st);
    auto& series = out.series.emplace();
    sr.Int("count", series.count);
    sr.Time("lastObservedTime", series.last_observed_time);
  }
  r.Str("action", out.action);
  r.Str("reportingComponent", out.reporting_component);
  r.Str("reportingInstance", out.reporting_instance);
  out.extra = RestWithoutTypeMeta(r);
  return st;
}

Status Decode(const Json& in, Node& out) {
  Status st;
  Reader r(in, "", st);
  if (const Json* m = r.Take("metadata")) DecodeMeta(*m, "metadata", st, out.metadata);
  r.Raw("spec", out.spec);
  if (out.spec.is_null()) out.spec = Json::object();
  if (const Json* s = r.Take("status")) {
    Reader sr(*s, "status", st);
    sr.List("conditions", out.status.conditions, [&](const Json& j, const std::string& p, Condition& c) {
      Json renamed = j;
      if (renamed.is_object() && renamed.contains("lastHeartbeatTime")) {
        renamed["lastProbeTime"] = std::move(renamed["lastHeartbeatTime"]);
        renamed.erase("lastHeartbeatTime");
      }
      DecodeCondition(renamed, p, st, c);
    });
    if (const Json* a = sr.Take("addresses"); a && a->is_array()) {
      for (const Json& e : *a) out.status.addresses.emplace_back(e.value("type", ""), e.value("address", ""));
    }
    out.status.extra = sr.Rest();
  }
  return st;
}

Status Decode(const Json& in, Namespace& out) {
  Status st;
  Reader r(in, "", st);
  if (const Json* m = r.Take("metadata")) DecodeMeta(*m, "metadata", st, out.metadata);
  r.Raw("spec", out.spec);
  if (out.spec.is_null()) out.spec = Json::object();
  return st;
}

}  // namespace jobsim::api
