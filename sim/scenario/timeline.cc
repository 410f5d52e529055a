#include "sim/scenario/timeline.h"

namespace jobsim::scenario {
namespace {

bool Keeps(Detail detail, const TimelineEntry& e) {
  switch (detail) {
    case Detail::kJobs: return e.kind == "Job";
    case Detail::kPods: return e.kind != "Pod" || e.reason.empty();
    case Detail::kAll: break;
  }
  return true;
}

}  // namespace

const char* DetailName(Detail detail) {
  switch (detail) {
    case Detail::kJobs: return "jobs";
    case Detail::kPods: return "pods";
    case Detail::kAll: break;
  }
  return "all";
}

std::optional<Detail> DetailNamed(const std::string& name) {
  for (Detail d : {Detail::kJobs, Detail::kPods, Detail::kAll}) {
    if (name == DetailName(d)) return d;
  }
  return std::nullopt;
}

Timeline Select(const Timeline& t, Detail detail) {
  Timeline out;
  for (const TimelineEntry& e : t) {
    if (Keeps(detail, e)) out.push_back(e);
  }
  return out;
}

}  // namespace jobsim::scenario
