#include "server/events_v1.h"

#include <utility>

#include <fmt/format.h>

namespace jobsim::server {
namespace {

using api::Json;

// core/v1 member -> events.k8s.io/v1 member; the members not listed keep their name.
const std::pair<const char*, const char*> kRenamed[] = {
    {"involvedObject", "regarding"},
    {"message", "note"},
    {"source", "deprecatedSource"},
    {"firstTimestamp", "deprecatedFirstTimestamp"},
    {"lastTimestamp", "deprecatedLastTimestamp"},
    {"count", "deprecatedCount"},
    {"reportingComponent", "reportingController"},
};

std::string Rename(const std::string& core_name) {
  for (const auto& [from, to] : kRenamed) {
    if (core_name == from) return to;
  }
  return core_name;
}

std::string RenameBack(const std::string& v1_name) {
  for (const auto& [from, to] : kRenamed) {
    if (v1_name == to) return from;
  }
  return v1_name;
}

// A core/v1 name that events.k8s.io/v1 does not have ("message"): in a v1
// body it is an unknown field, which decoding drops.
bool IsCoreOnly(const std::string& name) {
  for (const auto& [from, to] : kRenamed) {
    if (name == from) return true;
  }
  return false;
}

// The events.k8s.io field label -> the core one
// (pkg/apis/events/v1/conversion.go, AddFieldLabelConversionsForEvent).
std::string CoreFieldLabel(const std::string& label) {
  const std::string regarding = "regarding.";
  if (label.rfind(regarding, 0) == 0) return "involvedObject." + label.substr(regarding.size());
  if (label == "reportingController") return "reportingComponent";
  return label;
}

}  // namespace

Json EventsV1FromCore(const Json& core) {
  Json out = Json::object();
  for (const auto& [key, value] : core.items()) out[Rename(key)] = value;
  out["apiVersion"] = fmt::format("{}/v1", kEventsGroup);
  return out;
}

Json CoreFromEventsV1(const Json& v1) {
  Json out = Json::object();
  for (const auto& [key, value] : v1.items()) {
    if (!IsCoreOnly(key)) out[RenameBack(key)] = value;
  }
  out["apiVersion"] = "v1";
  return out;
}

std::string CoreEventFieldSelector(const std::string& selector) {
  std::string out;
  size_t start = 0;
  while (start <= selector.size()) {
    size_t end = selector.find(',', start);
    if (end == std::string::npos) end = selector.size();
    const std::string term = selector.substr(start, end - start);
    const size_t op = term.find_first_of("!=");
    out += (start == 0 ? "" : ",") + (op == std::string::npos ? term : CoreFieldLabel(term.substr(0, op)) + term.substr(op));
    start = end + 1;
  }
  return out;
}

}  // namespace jobsim::server
