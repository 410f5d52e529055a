#include "sim/scenario/runner.h"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "kubectl/get_watch.h"
#include "kubectl/kubectl.h"
#include "sim/profile.h"
#include "sim/scenario/api_client.h"
#include "sim/scenario/check_evaluator.h"
#include "sim/scenario/controller_manager.h"
#include "sim/scenario/feature_gate_settings.h"
#include "sim/scenario/field_path.h"
#include "sim/scenario/time_text.h"
#include "sim/world.h"

namespace jobsim::scenario {
namespace {

std::string Describe(const ExpectError& e) {
  std::string parts;
  auto add = [&](const std::string& p) { parts += (parts.empty() ? "" : ", ") + p; };
  if (e.code) add(fmt::format("code {}", *e.code));
  if (!e.reason.empty()) add("reason " + e.reason);
  if (!e.contains.empty()) add(fmt::format("containing \"{}\"", e.contains));
  return parts.empty() ? "an error" : "an error (" + parts + ")";
}

// How a step's title names inline objects: "job/pi", or "3 objects".
std::string InlineName(const std::vector<Manifest>& objects) {
  if (objects.size() != 1) return fmt::format("{} objects", objects.size());
  return KindSingular(objects[0].kind) + "/" + LookupString(objects[0].object, "metadata.name");
}

bool Matches(const ExpectError& e, const WriteResult& r) {
  return !r.ok && (!e.code || *e.code == r.code) && (e.reason.empty() || e.reason == r.reason) &&
         r.error_text.find(e.contains) != std::string::npos;
}

}  // namespace

// The steps' state between calls of Play: the next step, the time the previous
// one ran at, and the wait in progress.
class ScenarioPlayer::Steps {
 public:
  Steps(const Scenario& scenario, sim::World& world, Report& report)
      : scenario_(scenario),
        world_(world),
        client_(world_.store(), world_.profile()),
        checks_(client_, world_.store(), world_.profile()),
        report_(report) {}

  void Play(ElapsedMs limit) {
    while (true) {
      if (EndWatchDue(limit)) continue;
      if (wait_) {
        const bool met = world_.RunUntil(std::min(wait_->deadline_ms, limit), wait_->done);
        if (!met && world_.now_ms() < wait_->deadline_ms) return;  // limit reached first
        EndWait(met);
        continue;
      }
      if (finished_steps()) return;
      const Step& step = scenario_.steps[next_];
      const ElapsedMs due = DueMs(step);
      if (due > limit) return;
      world_.RunUntil(due);
      ++next_;
      std::visit([&](const auto& action) { Do(step, action); }, step.action);
      if (!wait_) previous_ms_ = world_.now_ms();
    }
  }

  ElapsedMs NextDueMs() const {
    ElapsedMs due = wait_ ? wait_->deadline_ms : next_ < scenario_.steps.size() ? DueMs(scenario_.steps[next_]) : -1;
    if (!watches_.empty() && (due < 0 || watches_.front().end_ms < due)) due = watches_.front().end_ms;
    return due;
  }
  bool finished() const { return !wait_ && next_ == scenario_.steps.size() && watches_.empty(); }

 private:
  // A wait step between its start and its end: done() is tested after every task.
  struct PendingWait {
    const Step* step;
    const WaitStep* wait;
    ElapsedMs start_ms;
    ElapsedMs deadline_ms;
    std::string what;
    ConditionCheck condition;
    FieldCheck field;
    std::function<bool()> done;
  };

  // A `kubectl get -w --for SPAN` step while its span runs.
  struct ActiveWatch {
    const Step* step;
    std::string title;
    ElapsedMs start_ms;
    ElapsedMs end_ms;
    std::unique_ptr<kubectl::GetWatch> watch;
  };

  // Ends the first watch to end if it ends before anything else is due up to
  // `limit` (a watch ending with a step: the watch first, so the step's own
  // writes are not in it). Runs the world to its end, a pending wait's
  // condition tested on the way. True when it ended a watch or a wait.
  bool EndWatchDue(ElapsedMs limit) {
    if (watches_.empty()) return false;
    const ElapsedMs end = watches_.front().end_ms;
    if (end > limit || (wait_ && end > wait_->deadline_ms)) return false;
    if (!wait_ && !finished_steps() && end > DueMs(scenario_.steps[next_])) return false;
    if (wait_ && world_.RunUntil(end, wait_->done)) {
      EndWait(true);
      return true;
    }
    if (!wait_) world_.RunUntil(end);
    ActiveWatch w = std::move(watches_.front());
    watches_.erase(watches_.begin());
    // One block at the end of the span, stamped with the time the watch began.
    report_.entries.push_back(StepOutput{w.start_ms, w.step->location, "kubectl", w.title, w.watch->output()});
    return true;
  }
  bool finished_steps() const { return next_ == scenario_.steps.size(); }

  ElapsedMs DueMs(const Step& step) const {
    switch (step.at_mode) {
      case TimeMode::kAbsolute: return std::max(step.at_ms, previous_ms_);
      case TimeMode::kRelative: return previous_ms_ + step.at_ms;
      case TimeMode::kSame: break;
    }
    return previous_ms_;
  }

  void Output(const Step& step, const std::string& verb, const std::string& title, const std::string& output) {
    report_.entries.push_back(StepOutput{world_.now_ms(), step.location, verb, title, output});
  }
  void Result(const Location& location, const std::string& subject, bool passed, const std::string& message) {
    report_.entries.push_back(CheckResult{world_.now_ms(), location, subject, passed, message, ""});
  }

  void Do(const Step& step, const ApplyStep& apply) {
    std::vector<WriteResult> results;
    for (const Manifest& m : apply.objects) {
      results.push_back(apply.create_only ? client_.Create(m, apply.source) : client_.Apply(m, apply.source));
    }
    const std::string verb = apply.create_only ? "create" : "apply";
    RecordWrites(step, verb, verb + " " + (apply.source.empty() ? InlineName(apply.objects) : apply.source), results);
  }

  void Do(const Step& step, const PatchStep& patch) {
    const std::string title = "patch " + patch.object.text + (patch.status ? " --subresource=status" : "");
    RecordWrites(step, "patch", title, {client_.Patch(patch.object, patch.type, patch.patch, patch.status)});
  }

  void Do(const Step& step, const DeleteStep& d) {
    if (d.object) {
      RecordWrites(step, "delete", "delete " + d.object->text, {client_.Delete(*d.object, d.propagation)});
      return;
    }
    const std::string title = "delete " + d.resource->text + (d.selector.empty() ? "" : " -l " + d.selector);
    RecordWrites(step, "delete", title, client_.DeleteAll(*d.resource, d.namespace_, d.selector, d.propagation));
  }

  void Do(const Step& step, const KubectlStep& k) {
    if (k.watch_for_ms) {
      ActiveWatch w{&step, "kubectl " + k.command, world_.now_ms(), world_.now_ms() + *k.watch_for_ms,
                    std::make_unique<kubectl::GetWatch>(k.args, world_.store(), world_.profile().kubectl)};
      if (!w.watch->watching()) {
        Output(step, "kubectl", w.title, w.watch->output());
        return;
      }
      // Ordered by end, the earlier-started first among equal ends.
      auto at = std::upper_bound(watches_.begin(), watches_.end(), w.end_ms,
                                 [](ElapsedMs end, const ActiveWatch& a) { return end < a.end_ms; });
      watches_.insert(at, std::move(w));
      return;
    }
    const kubectl::Output result = kubectl::Run(k.args, world_.store(), world_.profile().kubectl);
    Output(step, "kubectl", "kubectl " + k.command, result.out + result.err);
  }

  void Do(const Step& step, const WaitStep& w) {
    wait_.emplace(PendingWait{&step, &w, world_.now_ms(), world_.now_ms() + w.timeout_ms, "",
                              ConditionCheck{w.object, w.condition.value_or(""), "True", std::nullopt, std::nullopt},
                              FieldCheck{w.object, w.field.value_or(FieldTest{})}, nullptr});
    // The lambdas read the checks inside wait_, which stays put until EndWait.
    PendingWait& p = *wait_;
    if (w.condition) {
      p.what = "condition " + *w.condition;
      p.done = [this, &p] { return checks_.ConditionProblem(p.condition).empty(); };
    } else if (w.field) {
      p.what = w.field->field + " is " + TestValue(w.field->test, nullptr).want;
      p.done = [this, &p] { return checks_.FieldVerdict(p.field).passed; };
    } else {
      p.what = "deletion";
      p.done = [this, &p] { return !client_.Get(p.wait->object).has_value(); };
    }
  }

  void EndWait(bool met) {
    const PendingWait& p = *wait_;
    const Step& step = *p.step;
    const WaitStep& w = *p.wait;
    const std::string waited = FormatSeconds(world_.now_ms() - p.start_ms);
    if (met) {
      Output(step, "wait", "wait " + w.object.text, p.what + " met after " + waited);
      Result(step.location, w.object.text, true, p.what + " met after " + waited);
    } else {
      std::string message = fmt::format("{} not met within {}", p.what, FormatSeconds(w.timeout_ms));
      if (w.field) message += " (got " + checks_.FieldVerdict(p.field).got + ")";
      if (w.condition) message += " (" + checks_.ConditionProblem(p.condition) + ")";
      Result(step.location, w.object.text, false, message);
    }
    wait_.reset();
    previous_ms_ = world_.now_ms();
  }

  void Do(const Step& step, const ExpectStep& expect) {
    for (const Check& check : expect.checks) report_.entries.push_back(checks_.Evaluate(check, world_.now_ms()));
  }

  void Do(const Step& step, const FaultStep& f) {
    api::Status st;
    std::string title = "fault ";
    switch (f.type) {
      case FaultStep::Type::kNodeState:
        title += fmt::format("node {} {}", f.node, f.ready ? "Ready" : "NotReady");
        st = world_.SetNodeReady(f.node, f.ready);
        break;
      case FaultStep::Type::kKill:
        title += fmt::format("kill -l {}{} exitCode {}{}", f.selector, f.container.empty() ? "" : " container " + f.container,
                             f.exit_code, f.reason.empty() ? "" : " reason " + f.reason);
        st = world_.KillContainers(f.selector, f.container, f.exit_code, f.reason);
        break;
      case FaultStep::Type::kRestartController:
        title += "restart controller";
        world_.RestartController();
        break;
    }
    Output(step, "fault", title, "");
    if (!st.ok()) Result(step.location, title, false, st.message());
  }

  // Prints what kubectl would have printed; rejections are failed checks unless
  // the step expects one, then the step is one check.
  void RecordWrites(const Step& step, const std::string& verb, const std::string& title,
                    const std::vector<WriteResult>& results) {
    std::string output;
    const WriteResult* rejected = nullptr;
    for (const WriteResult& r : results) {
      for (const std::string& w : r.warnings) output += "Warning: " + w + "\n";
      if (r.ok) output += r.message + "\n";
      else if (step.expect_error) output += r.error_text + "\n";
      if (!r.ok && !rejected) rejected = &r;
    }
    if (!output.empty()) Output(step, verb, title, output);
    if (!step.expect_error) {
      for (const WriteResult& r : results) {
        if (!r.ok) Result(step.location, title, false, r.error_text);
      }
      return;
    }
    const ExpectError& e = *step.expect_error;
    if (rejected && Matches(e, *rejected)) {
      Result(step.location, title, true, fmt::format("rejected as expected: {} {}", rejected->code, rejected->reason));
      return;
    }
    const std::string got = rejected ? fmt::format("{} {}: {}", rejected->code, rejected->reason, rejected->error_text)
                                     : std::string("success");
    Result(step.location, title, false, "want " + Describe(e) + ", got " + got);
  }

  const Scenario& scenario_;
  sim::World& world_;
  ApiClient client_;
  CheckEvaluator checks_;
  Report& report_;
  size_t next_ = 0;             // the next step to run
  ElapsedMs previous_ms_ = 0;   // when the previous step ran (a wait: when it ended)
  std::optional<PendingWait> wait_;
  std::vector<ActiveWatch> watches_;  // by end time
};

ScenarioPlayer::ScenarioPlayer(const Scenario& scenario, sim::World& world, Report& report)
    : steps_(std::make_unique<Steps>(scenario, world, report)) {}
ScenarioPlayer::~ScenarioPlayer() = default;
void ScenarioPlayer::Play(ElapsedMs limit) { steps_->Play(limit); }
ElapsedMs ScenarioPlayer::NextDueMs() const { return steps_->NextDueMs(); }
bool ScenarioPlayer::finished() const { return steps_->finished(); }

api::Status RunScenario(const Scenario& scenario, const RunOptions& options, Report& report,
                        const WorldObserver& observe) {
  const std::string version = options.kubernetes_version.value_or(
      scenario.kubernetes_version.empty() ? fmt::format("1.{}", sim::kNewestMinor) : scenario.kubernetes_version);
  sim::WorldOptions world_options;
  if (api::Status st = sim::LookupProfile(version, world_options.profile); !st.ok()) {
    return api::Status::BadRequest(options.kubernetes_version ? "--kubernetes-version: " + st.message()
                                                              : scenario.kubernetes_version_location.Prefix() + ": " +
                                                                    st.message());
  }
  if (api::Status st = ApplyRunFeatureGates(&scenario, options.feature_gates, world_options.profile); !st.ok()) {
    return st;
  }
  world_options.seed = options.seed.value_or(scenario.seed);
  world_options.start_unix_ms = scenario.start_unix_ms;
  world_options.nodes = scenario.nodes;
  world_options.node_labels = scenario.node_labels;
  world_options.runtime = scenario.runtime;
  ApplyControllerManager(scenario, world_options.profile);
  report = Report{};
  report.scenario = scenario.name;
  report.file = scenario.file;
  report.kubernetes_version = world_options.profile.version;
  report.feature_gates = world_options.profile.feature_gates;
  report.seed = world_options.seed;
  sim::World world(std::move(world_options));
  if (observe) observe(world);
  ScenarioPlayer player(scenario, world, report);
  player.Play(std::numeric_limits<ElapsedMs>::max());
  const ElapsedMs last = world.now_ms();
  const std::optional<int64_t> until_ms = options.until_ms ? options.until_ms : scenario.until_ms;
  world.RunUntil(until_ms ? std::max(*until_ms, last) : last + kMsPerSecond);
  report.end_ms = world.now_ms();
  return api::Status::Ok();
}

}  // namespace jobsim::scenario
