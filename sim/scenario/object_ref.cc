#include "sim/scenario/object_ref.h"

#include <cctype>
#include <map>
#include <vector>

#include <fmt/format.h>

namespace jobsim::scenario {
namespace {

struct KindFacts {
  const char* name;
  const char* group;
  const char* resource;
  const char* api_version;  // the preferred group/version
  bool namespaced;
};

const KindFacts& Facts(Kind kind) {
  static const std::map<Kind, KindFacts> facts = {
      {Kind::kPod, {"Pod", "", "pods", "v1", true}},
      {Kind::kJob, {"Job", "batch", "jobs", "batch/v1", true}},
      {Kind::kEvent, {"Event", "", "events", "v1", true}},
      {Kind::kNode, {"Node", "", "nodes", "v1", false}},
      {Kind::kNamespace, {"Namespace", "", "namespaces", "v1", false}},
  };
  return facts.at(kind);
}

// Every spelling kubectl accepts for the resources jobsim stores: plural,
// singular, short name and group-qualified forms (kubectl api-resources).
const std::map<std::string, std::pair<Kind, std::string>>& Spellings() {
  static const std::map<std::string, std::pair<Kind, std::string>> names = {
      {"pods", {Kind::kPod, "v1"}},           {"pod", {Kind::kPod, "v1"}},
      {"po", {Kind::kPod, "v1"}},             {"jobs", {Kind::kJob, "batch/v1"}},
      {"job", {Kind::kJob, "batch/v1"}},      {"jobs.batch", {Kind::kJob, "batch/v1"}},
      {"job.batch", {Kind::kJob, "batch/v1"}}, {"jobs.v1.batch", {Kind::kJob, "batch/v1"}},
      {"jobs.extensions", {Kind::kJob, "extensions/v1beta1"}},
      {"job.extensions", {Kind::kJob, "extensions/v1beta1"}},
      {"jobs.v1beta1.extensions", {Kind::kJob, "extensions/v1beta1"}},
      {"events", {Kind::kEvent, "v1"}},       {"event", {Kind::kEvent, "v1"}},
      {"ev", {Kind::kEvent, "v1"}},           {"nodes", {Kind::kNode, "v1"}},
      {"node", {Kind::kNode, "v1"}},          {"no", {Kind::kNode, "v1"}},
      {"namespaces", {Kind::kNamespace, "v1"}}, {"namespace", {Kind::kNamespace, "v1"}},
      {"ns", {Kind::kNamespace, "v1"}},
  };
  return names;
}

std::string Lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> SplitSlashes(const std::string& text) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t slash = text.find('/', start);
    parts.push_back(text.substr(start, slash - start));
    if (slash == std::string::npos) return parts;
    start = slash + 1;
  }
}

}  // namespace

const char* KindName(Kind kind) { return Facts(kind).name; }
std::string KindSingular(Kind kind) { return Lowercase(Facts(kind).name); }
const char* KindGroup(Kind kind) { return Facts(kind).group; }
const char* KindResource(Kind kind) { return Facts(kind).resource; }
bool KindNamespaced(Kind kind) { return Facts(kind).namespaced; }

std::optional<Kind> KindFromName(const std::string& kind_name) {
  for (Kind kind : {Kind::kPod, Kind::kJob, Kind::kEvent, Kind::kNode, Kind::kNamespace}) {
    if (kind_name == Facts(kind).name) return kind;
  }
  return std::nullopt;
}

api::Status ParseResource(const std::string& text, ResourceRef& out) {
  auto it = Spellings().find(Lowercase(text));
  if (it == Spellings().end()) {
    return api::Status::BadRequest(fmt::format("the server doesn't have a resource type \"{}\"", text));
  }
  out.kind = it->second.first;
  out.api_version = it->second.second;
  out.text = text;
  return api::Status::Ok();
}

api::Status ParseObjectRef(const std::string& text, ObjectRef& out) {
  const std::vector<std::string> parts = SplitSlashes(text);
  if (parts.size() < 2 || parts.size() > 3) {
    return api::Status::BadRequest(
        fmt::format("object \"{}\": want kind/name or namespace/kind/name (job/pi, pod/pi-x2kqz)", text));
  }
  const std::string& resource = parts[parts.size() - 2];
  if (api::Status st = ParseResource(resource, out.resource); !st.ok()) return st;
  out.name = parts.back();
  out.namespace_ = parts.size() == 3 ? parts[0] : "default";
  if (!KindNamespaced(out.kind())) {
    if (parts.size() == 3) {
      return api::Status::BadRequest(fmt::format("object \"{}\": {} are not namespaced", text, KindResource(out.kind())));
    }
    out.namespace_.clear();
  }
  if (out.name.empty() || (parts.size() == 3 && out.namespace_.empty())) {
    return api::Status::BadRequest(fmt::format("object \"{}\": empty name", text));
  }
  out.text = text;
  return api::Status::Ok();
}

}  // namespace jobsim::scenario
