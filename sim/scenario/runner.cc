#include "sim/scenario/runner.h"

#include <fmt/format.h>

#include "kubectl/kubectl.h"
#include "sim/profile.h"
#include "sim/scenario/api_client.h"
#include "sim/scenario/check_evaluator.h"
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

class Runner {
 public:
  Runner(const Scenario& scenario, sim::WorldOptions options, Report& report)
      : scenario_(scenario),
        world_(std::move(options)),
        client_(world_.store(), world_.profile()),
        checks_(client_, world_.store(), world_.profile()),
        report_(report) {}

  void Run(std::optional<int64_t> until_ms) {
    for (const Step& step : scenario_.steps) {
      const int64_t now = world_.now_ms();
      int64_t t = now;
      if (step.at_mode == TimeMode::kAbsolute) t = std::max(step.at_ms, now);
      if (step.at_mode == TimeMode::kRelative) t = now + step.at_ms;
      world_.RunUntil(t);
      std::visit([&](const auto& action) { Do(step, action); }, step.action);
    }
    const int64_t last = world_.now_ms();
    world_.RunUntil(until_ms ? std::max(*until_ms, last) : last + kMsPerSecond);
    report_.end_ms = world_.now_ms();
  }

 private:
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
    RecordWrites(step, "patch", "patch " + patch.object.text, {client_.Patch(patch.object, patch.type, patch.patch)});
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
    const kubectl::Output result = kubectl::Run(k.args, world_.store(), world_.profile().kubectl);
    Output(step, "kubectl", "kubectl " + k.command, result.out + result.err);
  }

  void Do(const Step& step, const WaitStep& w) {
    const int64_t start = world_.now_ms();
    std::string what;
    std::function<bool()> done;
    const ConditionCheck condition{w.object, w.condition.value_or(""), "True", std::nullopt, std::nullopt};
    const FieldCheck field{w.object, w.field.value_or(FieldTest{})};
    if (w.condition) {
      what = "condition " + *w.condition;
      done = [&] { return checks_.ConditionProblem(condition).empty(); };
    } else if (w.field) {
      what = w.field->field + " is " + TestValue(w.field->test, nullptr).want;
      done = [&] { return checks_.FieldVerdict(field).passed; };
    } else {
      what = "deletion";
      done = [&] { return !client_.Get(w.object).has_value(); };
    }
    const bool met = world_.RunUntil(start + w.timeout_ms, done);
    const std::string waited = FormatSeconds(world_.now_ms() - start);
    if (met) {
      Output(step, "wait", "wait " + w.object.text, what + " met after " + waited);
      Result(step.location, w.object.text, true, what + " met after " + waited);
      return;
    }
    std::string message = fmt::format("{} not met within {}", what, FormatSeconds(w.timeout_ms));
    if (w.field) message += " (got " + checks_.FieldVerdict(field).got + ")";
    if (w.condition) message += " (" + checks_.ConditionProblem(condition) + ")";
    Result(step.location, w.object.text, false, message);
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
  sim::World world_;
  ApiClient client_;
  CheckEvaluator checks_;
  Report& report_;
};

}  // namespace

api::Status RunScenario(const Scenario& scenario, const RunOptions& options, Report& report) {
  const std::string version = options.kubernetes_version.value_or(
      scenario.kubernetes_version.empty() ? fmt::format("1.{}", sim::kNewestMinor) : scenario.kubernetes_version);
  sim::WorldOptions world;
  if (api::Status st = sim::LookupProfile(version, world.profile); !st.ok()) {
    return api::Status::BadRequest(options.kubernetes_version ? "--kubernetes-version: " + st.message()
                                                              : scenario.kubernetes_version_location.Prefix() + ": " +
                                                                    st.message());
  }
  world.seed = options.seed.value_or(scenario.seed);
  world.start_unix_ms = scenario.start_unix_ms;
  world.nodes = scenario.nodes;
  world.runtime = scenario.runtime;
  report = Report{};
  report.scenario = scenario.name;
  report.file = scenario.file;
  report.kubernetes_version = world.profile.version;
  report.seed = world.seed;
  Runner runner(scenario, std::move(world), report);
  runner.Run(options.until_ms ? options.until_ms : scenario.until_ms);
  return api::Status::Ok();
}

}  // namespace jobsim::scenario
