#include "server/served_scenario.h"

#include <ostream>

#include "sim/scenario/transcript.h"
#include "sim/world.h"

namespace jobsim::server {
namespace {

scenario::Report EmptyReport(const scenario::Scenario& scenario, const sim::World& world) {
  scenario::Report report;
  report.scenario = scenario.name;
  report.file = scenario.file;
  report.kubernetes_version = world.profile().version;
  report.feature_gates = world.profile().feature_gates;
  report.seed = scenario.seed;
  return report;
}

}  // namespace

ServedScenario::ServedScenario(const scenario::Scenario& scenario, sim::World& world, std::ostream& out)
    : report_(EmptyReport(scenario, world)), player_(scenario, world, report_), out_(out) {}

void ServedScenario::Play(ElapsedMs limit) {
  // The header waits for the first Play so that it follows serve's own banner.
  if (!header_printed_) out_ << scenario::HeaderLine(report_) << "\n";
  header_printed_ = true;
  player_.Play(limit);
  for (; entries_printed_ < report_.entries.size(); ++entries_printed_) {
    out_ << scenario::RenderTextEntry(report_.entries[entries_printed_]);
  }
  if (player_.finished() && !summary_printed_) {
    out_ << scenario::SummaryLine(report_) << "\n";
    summary_printed_ = true;
  }
  out_.flush();
}

}  // namespace jobsim::server
