#include "sim/nodelifecycle/taint.h"

#include "sim/base/duration.h"

namespace jobsim::sim {
namespace {

std::string StringField(const api::Json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool Toleration::Tolerates(const Taint& taint) const {
  if (!effect.empty() && effect != taint.effect) return false;
  if (!key.empty() && key != taint.key) return false;
  if (op == "Exists") return true;
  return (op.empty() || op == "Equal") && value == taint.value;
}

std::vector<Taint> TaintsOf(const api::Node& node) {
  std::vector<Taint> out;
  auto list = node.spec.find("taints");
  if (list == node.spec.end() || !list->is_array()) return out;
  for (const api::Json& t : *list) {
    if (!t.is_object()) continue;
    Taint taint{StringField(t, "key"), StringField(t, "value"), StringField(t, "effect"), std::nullopt};
    taint.time_added = ParseRfc3339(StringField(t, "timeAdded"));
    out.push_back(std::move(taint));
  }
  return out;
}

void SetTaints(api::Node& node, const std::vector<Taint>& taints) {
  if (taints.empty()) {
    node.spec.erase("taints");
    return;
  }
  api::Json list = api::Json::array();
  for (const Taint& t : taints) {
    api::Json j = {{"key", t.key}, {"effect", t.effect}};
    if (!t.value.empty()) j["value"] = t.value;
    if (t.time_added) j["timeAdded"] = FormatRfc3339(*t.time_added);
    list.push_back(std::move(j));
  }
  node.spec["taints"] = std::move(list);
}

std::vector<Toleration> TolerationsOf(const api::Pod& pod) {
  std::vector<Toleration> out;
  auto list = pod.spec->extra->find("tolerations");
  if (list == pod.spec->extra->end() || !list->is_array()) return out;
  for (const api::Json& t : *list) {
    if (!t.is_object()) continue;
    Toleration tol{StringField(t, "key"), StringField(t, "operator"), StringField(t, "value"), StringField(t, "effect"),
                   std::nullopt};
    if (auto s = t.find("tolerationSeconds"); s != t.end() && s->is_number_integer()) {
      tol.toleration_seconds = s->get<int64_t>();
    }
    out.push_back(std::move(tol));
  }
  return out;
}

}  // namespace jobsim::sim
