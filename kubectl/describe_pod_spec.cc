#include "kubectl/describe_pod_spec.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "kubectl/text_forms.h"

namespace jobsim::kubectl {
namespace {

// describe.go maxAnnotationLen, skipAnnotations (corev1.LastAppliedConfigAnnotation).
constexpr size_t kMaxAnnotationLen = 140;
constexpr const char* kLastAppliedConfig = "kubectl.kubernetes.io/last-applied-configuration";

using api::Json;

const Json& Field(const Json& object, const char* key) {
  static const Json kNull;
  if (!object.is_object()) return kNull;
  const auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

// Go's %v of a JSON scalar as the typed field would print it.
std::string Scalar(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_null()) return "";
  return v.dump();
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t pos; (pos = s.find(sep, start)) != std::string::npos; start = pos + 1) {
    parts.push_back(s.substr(start, pos - start));
  }
  parts.push_back(s.substr(start));
  return parts;
}

std::string PortList(const Json& ports, const char* field) {
  std::string out;
  if (!ports.is_array()) return out;
  for (const Json& p : ports) {
    const std::string protocol = p.value("protocol", "TCP");
    out += (out.empty() ? "" : ", ") + fmt::format("{}/{}", Scalar(p.value(field, Json(0))), protocol);
  }
  return out;
}

// describe.go DescribeProbe.
std::string DescribeProbe(const Json& probe) {
  const std::string attrs =
      fmt::format("delay={}s timeout={}s period={}s #success={} #failure={}", probe.value("initialDelaySeconds", 0),
                  probe.value("timeoutSeconds", 0), probe.value("periodSeconds", 0), probe.value("successThreshold", 0),
                  probe.value("failureThreshold", 0));
  if (const Json& exec = Field(probe, "exec"); !exec.is_null()) {
    std::string args;
    for (const Json& a : Field(exec, "command")) args += (args.empty() ? "" : " ") + Scalar(a);
    return fmt::format("exec [{}] {}", args, attrs);
  }
  if (const Json& http = Field(probe, "httpGet"); !http.is_null()) {
    std::string scheme = http.value("scheme", "HTTP");
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    const std::string port = Scalar(Field(http, "port"));
    const std::string host = http.value("host", "");
    return fmt::format("http-get {}://{}{} {}", scheme, port.empty() ? host : host + ":" + port, http.value("path", ""),
                       attrs);
  }
  if (const Json& tcp = Field(probe, "tcpSocket"); !tcp.is_null()) {
    return fmt::format("tcp-socket {}:{} {}", tcp.value("host", ""), Scalar(Field(tcp, "port")), attrs);
  }
  if (const Json& grpc = Field(probe, "grpc"); !grpc.is_null()) {
    return fmt::format("grpc <pod>:{} {} {}", Scalar(Field(grpc, "port")), grpc.value("service", ""), attrs);
  }
  return "unknown " + attrs;
}

// EnvValueRetriever: the fieldRef's path is converted as a field label of the
// Pod kind in the fieldRef's apiVersion (the API server defaults it to v1),
// then read from the pod; no value when the conversion fails. kubectl 1.2
// converted with the internal scheme, which knew every pod field label;
// modern kubectl's own scheme (k8s.io/kubectl/pkg/scheme) registers no Pod
// conversion, so runtime.DefaultMetaV1FieldSelectorConversion accepts only
// metadata.name and metadata.namespace (checked against kubectl 1.27-1.33).
std::string EnvFieldValue(const api::Pod& pod, const std::string& api_version, const std::string& path, bool legacy) {
  if (api_version != "v1") return "";
  if (path == "metadata.name") return pod.metadata.name;
  if (path == "metadata.namespace") return pod.metadata.namespace_;
  if (!legacy) return "";
  if (path == "metadata.uid") return pod.metadata.uid.str();
  if (path == "spec.nodeName") return pod.spec->node_name;
  if (path == "spec.serviceAccountName") return pod.spec->extra->value("serviceAccountName", "");
  if (path == "status.hostIP") return pod.status.host_ip;
  if (path == "status.podIP") return pod.status.pod_ip;
  for (const auto* prefix : {"metadata.labels['", "metadata.annotations['"}) {
    const std::string p = prefix;
    if (path.rfind(p, 0) == 0 && path.size() > p.size() + 2) {
      const std::string key = path.substr(p.size(), path.size() - p.size() - 2);
      const auto& map = p[9] == 'l' ? pod.metadata.labels : pod.metadata.annotations;
      const auto it = map.find(key);
      return it == map.end() ? "" : it->second;
    }
  }
  return "";
}

void WriteResources(DescribeWriter& w, const Json& resources, int level) {
  for (const char* kind : {"limits", "requests"}) {
    const Json& list = Field(resources, kind);
    if (!list.is_object() || list.empty()) continue;
    w.Write(level, kind[0] == 'l' ? "Limits:\n" : "Requests:\n");
    for (auto it = list.begin(); it != list.end(); ++it) {
      w.Write(level + 1, fmt::format("{}:\t{}\n", it.key(), Scalar(*it)));
    }
  }
}

void WriteState(DescribeWriter& w, const std::string& name, const api::ContainerState& state, int level) {
  if (state.running()) {
    w.Write(level, name + ":\tRunning\n");
    w.Write(level + 1, "Started:\t" + Rfc1123Z(state.running()->started_at) + "\n");
  } else if (state.terminated()) {
    const auto& t = *state.terminated();
    w.Write(level, name + ":\tTerminated\n");
    if (!t.reason.empty()) w.Write(level + 1, "Reason:\t" + t.reason + "\n");
    if (!t.message.empty()) w.Write(level + 1, "Message:\t" + t.message + "\n");
    w.Write(level + 1, fmt::format("Exit Code:\t{}\n", t.exit_code));
    if (t.signal > 0) w.Write(level + 1, fmt::format("Signal:\t{}\n", t.signal));
    w.Write(level + 1, "Started:\t" + Rfc1123Z(t.started_at) + "\n");
    w.Write(level + 1, "Finished:\t" + Rfc1123Z(t.finished_at) + "\n");
  } else {
    w.Write(level, name + ":\tWaiting\n");
    if (state.waiting() && !state.waiting()->reason.empty()) w.Write(level + 1, "Reason:\t" + state.waiting()->reason + "\n");
  }
}

void WriteCommand(DescribeWriter& w, const api::Container& c, bool split_lines) {
  for (const auto* part : {&c.command, &c.args}) {
    if (part->empty()) continue;
    w.Write(2, part == &c.command ? "Command:\n" : "Args:\n");
    for (const std::string& item : *part) {
      for (const std::string& line : split_lines ? Split(item, '\n') : std::vector<std::string>{item}) {
        w.Write(3, line + "\n");
      }
    }
  }
}

std::string EnvLine(const api::EnvVar& e, const api::Pod* pod, bool legacy) {
  const Json& from = e.value_from;
  if (const Json& ref = Field(from, "fieldRef"); !ref.is_null()) {
    const std::string path = ref.value("fieldPath", "");
    const std::string api_version = ref.value("apiVersion", "");
    return fmt::format("{}:\t{} ({}:{})\n", e.name, pod ? EnvFieldValue(*pod, api_version, path, legacy) : "",
                       api_version, path);
  }
  if (const Json& ref = Field(from, "resourceFieldRef"); !ref.is_null()) {
    return fmt::format("{}:\t ({})\n", e.name, ref.value("resource", ""));
  }
  if (const Json& ref = Field(from, "secretKeyRef"); !ref.is_null()) {
    return fmt::format("{}:\t<set to the key '{}' in secret '{}'>\tOptional: {}\n", e.name, ref.value("key", ""),
                       ref.value("name", ""), ref.value("optional", false));
  }
  if (const Json& ref = Field(from, "configMapKeyRef"); !ref.is_null()) {
    return fmt::format("{}:\t<set to the key '{}' of config map '{}'>\tOptional: {}\n", e.name, ref.value("key", ""),
                       ref.value("name", ""), ref.value("optional", false));
  }
  return "";
}

void WriteEnv(DescribeWriter& w, const api::Container& c, const api::Pod* pod) {
  w.Write(2, c.env.empty() ? "Environment:\t<none>\n" : "Environment:\n");
  for (const api::EnvVar& e : c.env) {
    if (!e.value_from.is_null()) {
      w.Write(3, EnvLine(e, pod, w.legacy()));
      continue;
    }
    const std::vector<std::string> lines = Split(e.value.value_or(""), '\n');
    for (size_t i = 0; i < lines.size(); ++i) {
      w.Write(3, i == 0 ? e.name + ":\t" + lines[i] + "\n" : "\t" + lines[i] + "\n");
    }
  }
}

void WriteMounts(DescribeWriter& w, const api::Container& c) {
  std::vector<Json> mounts;
  for (const Json& m : Field(c.extra, "volumeMounts")) mounts.push_back(m);
  w.Write(2, mounts.empty() ? "Mounts:\t<none>\n" : "Mounts:\n");
  std::stable_sort(mounts.begin(), mounts.end(),
                   [](const Json& a, const Json& b) { return a.value("mountPath", "") < b.value("mountPath", ""); });
  for (const Json& m : mounts) {
    std::string flags = m.value("readOnly", false) ? "ro" : "rw";
    if (!m.value("subPath", "").empty()) flags += fmt::format(",path=\"{}\"", m.value("subPath", ""));
    w.Write(3, fmt::format("{} from {} ({})\n", m.value("mountPath", ""), m.value("name", ""), flags));
  }
}

const api::ContainerStatus* FindStatus(const std::vector<api::ContainerStatus>& statuses, const std::string& name) {
  for (const auto& s : statuses) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

void ModernContainer(DescribeWriter& w, const api::Container& c, const api::ContainerStatus* status,
                     const ContainerContext& context) {
  w.Write(1, (context.space.empty() ? "" : " ") + c.name + ":\n");
  if (status) w.Write(2, "Container ID:\t" + status->container_id.get() + "\n");
  w.Write(2, "Image:\t" + c.image + "\n");
  if (status) w.Write(2, "Image ID:\t" + status->image_id.get() + "\n");
  const Json& ports = Field(c.extra, "ports");
  const std::string port = PortList(ports, "containerPort");
  const std::string host_port = PortList(ports, "hostPort");
  w.Write(2, port.find(',') != std::string::npos ? "Ports:\t" + port + "\n"
                                                 : "Port:\t" + (port.empty() ? "<none>" : port) + "\n");
  w.Write(2, host_port.find(',') != std::string::npos
                 ? "Host Ports:\t" + host_port + "\n"
                 : "Host Port:\t" + (host_port.empty() ? "<none>" : host_port) + "\n");
  WriteCommand(w, c, true);
  if (status) {
    WriteState(w, "State", status->state, 2);
    if (status->last_state.terminated()) WriteState(w, "Last State", status->last_state, 2);
    w.Write(2, std::string("Ready:\t") + (status->ready ? "True" : "False") + "\n");
    w.Write(2, fmt::format("Restart Count:\t{}\n", status->restart_count));
  }
  WriteResources(w, Field(c.extra, "resources"), 2);
  for (const auto& [key, label] : {std::pair{"livenessProbe", "Liveness"}, std::pair{"readinessProbe", "Readiness"},
                                   std::pair{"startupProbe", "Startup"}}) {
    const Json& probe = Field(c.extra, key);
    if (!probe.is_null()) w.Write(2, std::string(label) + ":\t" + DescribeProbe(probe) + "\n");
  }
  WriteEnv(w, c, context.pod);
  WriteMounts(w, c);
}

// qos.GetQoS (kubelet/qos, 1.2): per compute resource, from limits/requests.
std::map<std::string, std::string> ContainerQos(const api::Container& c) {
  const Json& resources = Field(c.extra, "resources");
  std::map<std::string, std::string> qos;
  for (const char* name : {"cpu", "memory"}) {
    const Json& limit = Field(Field(resources, "limits"), name);
    const Json& request = Field(Field(resources, "requests"), name);
    if (!limit.is_null() && (request.is_null() || Scalar(request) == Scalar(limit)))
      qos[name] = "Guaranteed";
    else if (limit.is_null() && request.is_null())
      qos[name] = "BestEffort";
    else
      qos[name] = "Burstable";
  }
  return qos;
}

// kubectl 1.2 describeContainers; Go printed the QoS map in random order,
// jobsim prints it sorted.
void LegacyContainer(DescribeWriter& w, const api::Container& c, const api::ContainerStatus* status,
                     const ContainerContext& context) {
  w.Write(1, c.name + ":\n");
  if (status) w.Write(2, "Container ID:\t" + status->container_id.get() + "\n");
  w.Write(2, "Image:\t" + c.image + "\n");
  if (status) w.Write(2, "Image ID:\t" + status->image_id.get() + "\n");
  const std::string port = PortList(Field(c.extra, "ports"), "containerPort");
  w.Write(2, (port.find(',') != std::string::npos ? "Ports:\t" : "Port:\t") + port + "\n");
  WriteCommand(w, c, false);
  w.Write(2, "QoS Tier:\n");
  for (const auto& [resource, tier] : ContainerQos(c)) w.Write(3, resource + ":\t" + tier + "\n");
  WriteResources(w, Field(c.extra, "resources"), 2);
  if (status) {
    WriteState(w, "State", status->state, 2);
    if (status->last_state.terminated()) WriteState(w, "Last State", status->last_state, 2);
    w.Write(2, std::string("Ready:\t") + (status->ready ? "True" : "False") + "\n");
    w.Write(2, fmt::format("Restart Count:\t{}\n", status->restart_count));
  }
  for (const auto& [key, label] : {std::pair{"livenessProbe", "Liveness"}, std::pair{"readinessProbe", "Readiness"}}) {
    const Json& probe = Field(c.extra, key);
    if (!probe.is_null()) w.Write(2, std::string(label) + ":\t" + DescribeProbe(probe) + "\n");
  }
  w.Write(2, "Environment Variables:\n");
  for (const api::EnvVar& e : c.env) {
    const Json& ref = Field(e.value_from, "fieldRef");
    if (ref.is_null()) {
      w.Write(3, e.name + ":\t" + e.value.value_or("") + "\n");
    } else {
      w.Write(3, EnvLine(e, context.pod, w.legacy()));
    }
  }
}

void WriteVolume(DescribeWriter& w, const Json& v, bool legacy) {
  auto text = [&](const char* source, const char* key) { return Scalar(Field(Field(v, source), key)); };
  auto flag = [&](const char* source, const char* key) {
    return Field(v, source).value(key, false) ? "true" : "false";
  };
  if (!Field(v, "emptyDir").is_null()) {
    w.Write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t" +
                   text("emptyDir", "medium") + "\n");
    if (!legacy) {
      const std::string limit = text("emptyDir", "sizeLimit");
      w.Write(0, "    SizeLimit:\t" + (limit.empty() ? std::string("<unset>") : limit) + "\n");
    }
  } else if (!Field(v, "hostPath").is_null()) {
    w.Write(2, "Type:\tHostPath (bare host directory volume)\n    Path:\t" + text("hostPath", "path") + "\n");
    if (!legacy) {
      const std::string type = text("hostPath", "type");
      w.Write(0, "    HostPathType:\t" + (type.empty() ? std::string("<none>") : type) + "\n");
    }
  } else if (!Field(v, "secret").is_null()) {
    w.Write(2,
            "Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t" + text("secret", "secretName") + "\n");
    if (!legacy) w.Write(0, std::string("    Optional:\t") + flag("secret", "optional") + "\n");
  } else if (!Field(v, "configMap").is_null()) {
    w.Write(2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t" + text("configMap", "name") + "\n");
    if (!legacy) w.Write(0, std::string("    Optional:\t") + flag("configMap", "optional") + "\n");
  } else if (!Field(v, "persistentVolumeClaim").is_null()) {
    w.Write(2,
            "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n"
            "    ClaimName:\t" +
                text("persistentVolumeClaim", "claimName") + "\n    ReadOnly:\t" +
                flag("persistentVolumeClaim", "readOnly") + "\n");
  } else if (!legacy && !Field(v, "projected").is_null()) {
    w.Write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
    for (const Json& s : Field(Field(v, "projected"), "sources")) {
      for (const char* kind : {"secret", "configMap"}) {
        const Json& ref = Field(s, kind);
        if (ref.is_null()) continue;
        w.Write(2, std::string(kind[0] == 's' ? "SecretName:\t" : "ConfigMapName:\t") + Scalar(Field(ref, "name")) +
                       "\n    Optional:\t" + (ref.value("optional", false) ? "true" : "false") + "\n");
      }
      if (!Field(s, "downwardAPI").is_null()) {
        w.Write(2, "DownwardAPI:\ttrue\n");
      } else if (!Field(s, "serviceAccountToken").is_null()) {
        w.Write(2, "TokenExpirationSeconds:\t" + Scalar(Field(Field(s, "serviceAccountToken"), "expirationSeconds")) +
                       "\n");
      }
    }
  } else {
    w.Write(1, "<unknown>\n");
  }
}

}  // namespace

void WriteLabelsBlock(DescribeWriter& w, const std::string& title, const api::StringMap& labels) {
  w.Write(0, title + ":\t");
  if (labels.empty()) {
    w.Write(0, "<none>\n");
    return;
  }
  bool first = true;
  for (const auto& [key, value] : labels) {
    if (!first) w.Write(0, "\t");
    first = false;
    w.Write(0, key + "=" + value + "\n");
  }
}

void WriteAnnotationsBlock(DescribeWriter& w, const std::string& title, const api::StringMap& annotations) {
  w.Write(0, title + ":\t");
  bool first = true;
  for (const auto& [key, raw] : annotations) {
    if (key == kLastAppliedConfig) continue;
    if (!first) w.Write(0, "\t");
    first = false;
    std::string value = raw;
    if (!value.empty() && value.back() == '\n') value.pop_back();
    if (value.size() + key.size() + 2 > kMaxAnnotationLen || value.find('\n') != std::string::npos) {
      w.Write(0, key + ":\n");
      for (const std::string& line : Split(value, '\n')) {
        const size_t max = kMaxAnnotationLen - 2;
        std::string shown = "\t  ";
        shown.append(line, 0, max);
        if (line.size() > max) shown += "...";
        w.Write(0, shown + "\n");
      }
    } else {
      w.Write(0, key + ": " + value + "\n");
    }
  }
  if (first) w.Write(0, "<none>\n");
}

void WriteContainers(DescribeWriter& w, const std::string& label, const std::vector<api::Container>& containers,
                     const std::vector<api::ContainerStatus>& statuses, const ContainerContext& context) {
  w.Write(0, context.space + label + ":" + (containers.empty() && !w.legacy() ? " <none>" : "") + "\n");
  for (const api::Container& c : containers) {
    const api::ContainerStatus* status = FindStatus(statuses, c.name);
    if (w.legacy())
      LegacyContainer(w, c, status, context);
    else
      ModernContainer(w, c, status, context);
  }
}

void WriteVolumes(DescribeWriter& w, const Json& volumes, const std::string& space) {
  if (!volumes.is_array() || volumes.empty()) {
    w.Write(0, space + (w.legacy() ? "No volumes.\n" : "Volumes:\t<none>\n"));
    return;
  }
  w.Write(0, space + "Volumes:\n");
  for (const Json& v : volumes) {
    w.Write(1, (space.empty() ? "" : " ") + v.value("name", "") + ":\n");
    WriteVolume(w, v, w.legacy());
  }
}

void WriteNodeSelectors(DescribeWriter& w, const std::string& title, const api::PodSpec& spec) {
  api::StringMap selectors;
  const Json& raw = Field(spec.extra, "nodeSelector");
  if (raw.is_object()) {
    for (auto it = raw.begin(); it != raw.end(); ++it) selectors[it.key()] = Scalar(*it);
  }
  WriteLabelsBlock(w, title, selectors);
}

// printTolerationsMultilineWithIndent: sorted by key, "key=value:Effect op=Exists for Ns".
void WriteTolerations(DescribeWriter& w, const std::string& title, const api::PodSpec& spec) {
  w.Write(0, title + ":\t");
  std::vector<Json> tolerations;
  for (const Json& t : Field(spec.extra, "tolerations")) tolerations.push_back(t);
  if (tolerations.empty()) {
    w.Write(0, "<none>\n");
    return;
  }
  std::stable_sort(tolerations.begin(), tolerations.end(),
                   [](const Json& a, const Json& b) { return a.value("key", "") < b.value("key", ""); });
  for (size_t i = 0; i < tolerations.size(); ++i) {
    const Json& t = tolerations[i];
    std::string line = i == 0 ? "" : "\t";
    const std::string key = t.value("key", ""), value = t.value("value", ""), effect = t.value("effect", "");
    line += key;
    if (!value.empty()) line += "=" + value;
    if (!effect.empty()) line += ":" + effect;
    if (t.value("operator", "") == "Exists" && value.empty()) {
      line += key.empty() && effect.empty() ? "op=Exists" : " op=Exists";
    }
    if (!Field(t, "tolerationSeconds").is_null()) line += " for " + Scalar(Field(t, "tolerationSeconds")) + "s";
    w.Write(0, line + "\n");
  }
}

std::string PodQosClass(const api::Pod& pod) {
  if (!pod.status.qos_class.empty()) return pod.status.qos_class;
  bool any = false, guaranteed = true;
  for (const api::Container& c : pod.spec->containers) {
    for (const auto& [resource, tier] : ContainerQos(c)) {
      any = any || tier != "BestEffort";
      guaranteed = guaranteed && tier == "Guaranteed";
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}

}  // namespace jobsim::kubectl
