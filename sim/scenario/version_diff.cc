#include "sim/scenario/version_diff.h"

#include "sim/base/duration.h"
#include "sim/profile.h"
#include "sim/scenario/diff_render.h"
#include "sim/scenario/parser.h"
#include "sim/scenario/timeline_recorder.h"
#include "sim/world.h"

namespace jobsim::scenario {
namespace {

// One run under version, recorded.
api::Status RecordRun(const Scenario& scenario, const std::string& version, RunOptions options, RunTimeline& out) {
  options.kubernetes_version = version;
  TimelineRecorder recorder;
  Report report;
  const auto attach = [&recorder](sim::World& world) { recorder.Attach(world.store()); };
  if (api::Status st = RunScenario(scenario, options, report, attach); !st.ok()) return st;
  out.version = report.kubernetes_version;
  out.seed = report.seed;
  out.entries = recorder.entries();
  out.jobs = recorder.JobOutcomes();
  out.checks_passed = report.passed();
  out.checks_failed = report.failed();
  out.end_ms = report.end_ms;
  return api::Status::Ok();
}

}  // namespace

api::Status DiffVersions(const Scenario& scenario, const std::string& version_a, const std::string& version_b,
                         const RunOptions& options, Detail detail, VersionDiff& out) {
  for (const auto& [name, version] : {std::pair{"A", &version_a}, std::pair{"B", &version_b}}) {
    sim::Profile profile;
    if (api::Status st = sim::LookupProfile(*version, profile); !st.ok()) {
      return api::Status::BadRequest(std::string("jobsim diff: version ") + name + ": " + st.message());
    }
  }
  out = VersionDiff{};
  out.scenario = scenario.name;
  out.file = scenario.file;
  out.detail = detail;
  if (api::Status st = RecordRun(scenario, version_a, options, out.a); !st.ok()) return st;
  if (api::Status st = RecordRun(scenario, version_b, options, out.b); !st.ok()) return st;
  out.reasons_only_a = EventReasonsOnlyIn(out.a.entries, out.b.entries);
  out.reasons_only_b = EventReasonsOnlyIn(out.b.entries, out.a.entries);
  out.a.entries = Select(out.a.entries, detail);
  out.b.entries = Select(out.b.entries, detail);
  out.diff = DiffTimelines(out.a.entries, out.b.entries);
  return api::Status::Ok();
}

int RunDiffCommand(const DiffCommand& command, std::ostream& out, std::ostream& err) {
  constexpr int kIdentical = 0, kDiverge = 1, kInvalid = 2;
  RunOptions options;
  options.seed = command.seed;
  if (!command.until.empty() && !(options.until_ms = ParseDurationMs(command.until))) {
    err << "jobsim: --until: bad duration \"" << command.until << "\"\n";
    return kInvalid;
  }
  const std::optional<Detail> detail = DetailNamed(command.detail);
  if (!detail) {
    err << "jobsim: --detail: want jobs, pods or all, got \"" << command.detail << "\"\n";
    return kInvalid;
  }
  Scenario scenario;
  if (api::Status st = LoadScenario(command.file, scenario); !st.ok()) {
    err << st.message() << "\n";
    return kInvalid;
  }
  VersionDiff diff;
  if (api::Status st = DiffVersions(scenario, command.version_a, command.version_b, options, *detail, diff); !st.ok()) {
    err << st.message() << "\n";
    return kInvalid;
  }
  out << (command.format == "json" ? RenderDiffJson(diff)
                                   : RenderDiffText(diff, DiffLayout{command.width, command.context}));
  return diff.diff.identical() ? kIdentical : kDiverge;
}

}  // namespace jobsim::scenario
