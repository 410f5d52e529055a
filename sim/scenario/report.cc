#include "sim/scenario/report.h"

namespace jobsim::scenario {

int Report::passed() const {
  int n = 0;
  for (const auto& e : entries) {
    if (const auto* c = std::get_if<CheckResult>(&e); c && c->passed) ++n;
  }
  return n;
}

int Report::failed() const {
  int n = 0;
  for (const auto& e : entries) {
    if (const auto* c = std::get_if<CheckResult>(&e); c && !c->passed) ++n;
  }
  return n;
}

}  // namespace jobsim::scenario
