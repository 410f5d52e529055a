// The three renderings of a Report:
//   text  - the transcript: a header naming scenario, version and seed; each
//           printing step as `[t=60s] $ kubectl describe job/pi` plus its
//           output (mutations and faults as `[t=0s] apply job.yaml: job.batch/pi created`);
//           each failed check as `FAIL t=60s job/pi status.failed: want 41, got 40`;
//           last line `N passed, M failed`.
//   json  - one document with every step output and every check.
//   junit - JUnit XML, one test case per check.
// All three depend only on the Report, so equal reports give equal bytes.
#pragma once

#include <string>

#include "sim/scenario/report.h"

namespace jobsim::scenario {

std::string RenderText(const Report& report);
std::string RenderJson(const Report& report);
std::string RenderJunit(const Report& report);

// One entry as the text transcript shows it: a step's lines, a failed check's
// FAIL line (and its detail); "" for a passed check. `jobsim serve` prints a
// scenario's entries with it as they happen.
std::string RenderTextEntry(const ReportEntry& entry);

// The transcript's first line: "# scenario 41-failed-pods  kubernetes 1.3  seed 1".
std::string HeaderLine(const Report& report);
// Its last line: "40 passed, 1 failed".
std::string SummaryLine(const Report& report);

}  // namespace jobsim::scenario
