// `jobsim serve SCENARIO`: the scenario's steps played in the served cluster
// as its clock passes their times (scenario::ScenarioPlayer, the same steps
// `jobsim run` plays). What they record is printed as it happens, in the
// transcript's text form: the scenario's header line, each step's lines
// (kubectl steps with jobsim's kubectl output of the profile's era), each
// failed check as a FAIL line, and "N passed, M failed" once the last step
// has run. A failed check is only reported: the cluster keeps serving.
//
// Simulation thread only.
#pragma once

#include <cstddef>
#include <iosfwd>

#include "sim/scenario/report.h"
#include "sim/scenario/runner.h"
#include "sim/scenario/scenario.h"

namespace jobsim::server {

class ServedScenario {
 public:
  // scenario, world and out must outlive this.
  ServedScenario(const scenario::Scenario& scenario, sim::World& world, std::ostream& out);
  ServedScenario(const ServedScenario&) = delete;
  ServedScenario& operator=(const ServedScenario&) = delete;

  // Plays the steps due at or before limit (ScenarioPlayer::Play) and
  // prints what they recorded.
  void Play(ElapsedMs limit);
  ElapsedMs NextDueMs() const { return player_.NextDueMs(); }
  const scenario::Report& report() const { return report_; }

 private:
  scenario::Report report_;
  scenario::ScenarioPlayer player_;
  std::ostream& out_;
  bool header_printed_ = false;
  size_t entries_printed_ = 0;
  bool summary_printed_ = false;
};

}  // namespace jobsim::server
