// What one run of a scenario produced, in the order it happened: the output of
// each step that prints something, and the result of each check (expect
// checks, waits, expectError, unexpected API rejections). The runner fills
// it; transcript.h renders it as text, JSON or JUnit XML.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "sim/scenario/scenario.h"

namespace jobsim::scenario {

struct StepOutput {
  int64_t t_ms = 0;
  Location location;
  std::string verb;    // "kubectl", "apply", "wait", ...
  std::string title;   // "kubectl describe job/pi", "apply job.yaml"
  std::string output;  // what the step printed; kubectl steps verbatim, others one line per message
};

struct CheckResult {
  int64_t t_ms = 0;
  Location location;
  std::string subject;  // "job/pi status.failed"
  bool passed = false;
  std::string message;  // "want 41, got 40"
  std::string detail;   // more to show under a failure (a kubectl check's output)
};

using ReportEntry = std::variant<StepOutput, CheckResult>;

struct Report {
  std::string scenario;
  std::string file;
  std::string kubernetes_version;
  std::string feature_gates;  // set by hand, "Name=true,Other=false"; empty: the release's defaults
  uint64_t seed = 1;
  int64_t end_ms = 0;
  std::vector<ReportEntry> entries;

  int passed() const;
  int failed() const;
};

}  // namespace jobsim::scenario
