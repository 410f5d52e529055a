#include "sim/scenario/step_parser.h"

#include <algorithm>

#include <fmt/format.h>

#include "kubectl/command_line.h"
#include "sim/base/duration.h"
#include "sim/scenario/check_parser.h"
#include "sim/scenario/manifest.h"
#include "sim/scenario/time_text.h"
#include "sim/scenario/yaml_json.h"

namespace jobsim::scenario {
namespace {

bool IsVerb(const std::string& key) {
  const auto& verbs = Verbs();
  return std::find(verbs.begin(), verbs.end(), key) != verbs.end();
}

bool IsMutating(const std::string& verb) {
  return verb == "apply" || verb == "create" || verb == "patch" || verb == "delete";
}

std::string VerbList() {
  std::string list;
  for (const std::string& v : Verbs()) list += (list.empty() ? "" : ", ") + v;
  return list;
}

PatchStep ParsePatch(ParseContext& ctx, const YAML::Node& node) {
  PatchStep p;
  MapReader r(ctx, node, "patch");
  if (auto ref = ReadObjectRef(ctx, r.Take("object"), "patch.object")) p.object = *ref;
  const YAML::Node type = r.Take("type");
  if (auto name = ReadString(ctx, type, "patch.type")) {
    auto parsed = api::ParsePatchType(*name);
    if (parsed) p.type = *parsed;
    else ctx.Fail(type, fmt::format("patch.type: want merge, strategic or json, got \"{}\"", *name));
  }
  const YAML::Node subresource = r.Take("subresource");
  if (auto name = ReadString(ctx, subresource, "patch.subresource")) {
    if (*name == "status") p.status = true;
    else ctx.Fail(subresource, fmt::format("patch.subresource: want status, got \"{}\"", *name));
  }
  const YAML::Node body = r.Take("patch");
  if (!body.IsDefined()) {
    if (r.is_map()) ctx.Fail(node, "patch.patch: missing");
  } else if (body.IsScalar()) {
    // A JSON (or YAML) document written as a string, as `kubectl patch -p` takes it.
    try {
      p.patch = YamlToJson(YAML::Load(body.Scalar()));
    } catch (const YAML::Exception& e) {
      ctx.Fail(body, "patch.patch: not JSON or YAML: " + e.msg);
    }
  } else {
    p.patch = YamlToJson(body);
  }
  const bool want_list = p.type == api::PatchType::kJson;
  if (body.IsDefined() && (want_list ? !p.patch.is_array() : !p.patch.is_object())) {
    ctx.Fail(body, want_list ? "patch.patch: a json patch is a list of operations" : "patch.patch: expected an object");
  }
  r.RejectUnknown();
  return p;
}

DeleteStep ParseDelete(ParseContext& ctx, const YAML::Node& node) {
  DeleteStep d;
  MapReader r(ctx, node, "delete");
  if (r.Has("object")) d.object = ReadObjectRef(ctx, r.Take("object"), "delete.object");
  if (r.Has("objects")) d.resource = ReadResource(ctx, r.Take("objects"), "delete.objects");
  if (r.is_map() && r.Has("object") == r.Has("objects")) ctx.Fail(node, "delete: give object or objects");
  d.selector = r.String("selector").value_or("");
  d.namespace_ = r.String("namespace").value_or("default");
  const YAML::Node policy = r.Take("propagationPolicy");
  if (auto name = ReadString(ctx, policy, "delete.propagationPolicy")) {
    if (*name == "Orphan") d.propagation = api::Propagation::kOrphan;
    else if (*name == "Background") d.propagation = api::Propagation::kBackground;
    else if (*name == "Foreground") d.propagation = api::Propagation::kForeground;
    else ctx.Fail(policy, fmt::format("delete.propagationPolicy: want Orphan, Background or Foreground, got \"{}\"", *name));
  }
  r.RejectUnknown();
  return d;
}

// Takes jobsim's `--for DURATION` (or `--for=DURATION`) out of a kubectl
// command's words: how long a watch runs, in virtual time.
std::optional<std::string> TakeWatchSpan(std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].rfind("--for=", 0) == 0) {
      std::string span = args[i].substr(6);
      args.erase(args.begin() + i);
      return span;
    }
    if (args[i] == "--for") {
      std::string span = i + 1 < args.size() ? args[i + 1] : "";
      args.erase(args.begin() + i, args.begin() + std::min(i + 2, args.size()));
      return span;
    }
  }
  return std::nullopt;
}

KubectlStep ParseKubectl(ParseContext& ctx, const YAML::Node& node) {
  KubectlStep k;
  ReadKubectlCommand(ctx, node, "kubectl", k.command, k.args);
  const std::optional<std::string> span = TakeWatchSpan(k.args);
  kubectl::CommandLine command;
  const bool watch = kubectl::ParseArgs(k.args, kubectl::FlagSet{}, command).ok() && command.verb == "get" &&
                     (command.watch || command.watch_only);
  if (span) {
    k.watch_for_ms = ParseDurationMs(*span);
    if (!k.watch_for_ms || *k.watch_for_ms <= 0) {
      ctx.Fail(node, fmt::format("kubectl: --for: want a positive duration such as 60s, got \"{}\"", *span));
    }
  }
  if (watch && !span) ctx.Fail(node, "kubectl: get -w needs --for DURATION, how long to watch in virtual time");
  if (span && !watch) ctx.Fail(node, "kubectl: --for is for a watch: get TYPE -w, --watch or --watch-only");
  return k;
}

WaitStep ParseWait(ParseContext& ctx, const YAML::Node& node) {
  WaitStep w;
  MapReader r(ctx, node, "wait");
  if (auto ref = ReadObjectRef(ctx, r.Take("object"), "wait.object")) w.object = *ref;
  w.condition = r.String("condition");
  if (r.Has("field")) {
    w.field = FieldTest{ReadFieldPath(ctx, r.Take("field"), "wait.field").value_or(""), ParseValueTest(ctx, r, true)};
  }
  w.deleted = r.Bool("deleted").value_or(false);
  w.timeout_ms = r.DurationMs("timeout").value_or(kDefaultWaitTimeoutMs);
  const int given = (r.Has("condition") ? 1 : 0) + (r.Has("field") ? 1 : 0) + (r.Has("deleted") ? 1 : 0);
  if (r.is_map() && given != 1) ctx.Fail(node, "wait: give one of condition, field or deleted: true");
  r.RejectUnknown();
  return w;
}

ExpectStep ParseExpect(ParseContext& ctx, const YAML::Node& node) {
  ExpectStep e;
  if (!node.IsSequence()) {
    ctx.Fail(node, "expect: expected a list of checks");
    return e;
  }
  for (size_t i = 0; i < node.size(); ++i) {
    if (auto check = ParseCheck(ctx, node[i], fmt::format("expect[{}]", i))) e.checks.push_back(std::move(*check));
  }
  return e;
}

FaultStep ParseFault(ParseContext& ctx, const YAML::Node& node) {
  FaultStep f;
  MapReader r(ctx, node, "fault");
  if (r.Has("node")) {
    f.type = FaultStep::Type::kNodeState;
    f.node = r.String("node").value_or("");
    const YAML::Node state = r.Take("state");
    const std::string value = ReadString(ctx, state, "fault.state").value_or("");
    if (value != "Ready" && value != "NotReady") {
      ctx.Fail(state.IsDefined() ? state : node, "fault.state: want Ready or NotReady");
    }
    f.ready = value == "Ready";
  } else if (r.Has("kill")) {
    f.type = FaultStep::Type::kKill;
    MapReader k(ctx, r.Take("kill"), "fault.kill");
    f.selector = k.String("selector").value_or("");
    f.container = k.String("container").value_or("");
    f.exit_code = static_cast<int32_t>(k.Int("exitCode").value_or(137));
    f.reason = k.String("reason").value_or("");
    k.RejectUnknown();
  } else if (r.Has("restart")) {
    f.type = FaultStep::Type::kRestartController;
    const YAML::Node what = r.Take("restart");
    if (ReadString(ctx, what, "fault.restart").value_or("") != "controller") {
      ctx.Fail(what, "fault.restart: only `controller` can be restarted");
    }
  } else if (r.is_map()) {
    ctx.Fail(node, "fault: give node, kill or restart");
  }
  r.RejectUnknown();
  return f;
}

ExpectError ParseExpectError(ParseContext& ctx, const YAML::Node& node) {
  ExpectError e;
  MapReader r(ctx, node, "expectError");
  if (auto code = r.Int("code")) e.code = static_cast<int>(*code);
  e.reason = r.String("reason").value_or("");
  e.contains = r.String("contains").value_or("");
  r.RejectUnknown();
  return e;
}

void ParseAction(ParseContext& ctx, const std::string& verb, const YAML::Node& value, Step& step) {
  if (verb == "apply" || verb == "create") {
    ApplyStep a;
    a.create_only = verb == "create";
    a.objects = LoadManifests(ctx, value, a.source);
    step.action = std::move(a);
  } else if (verb == "patch") {
    step.action = ParsePatch(ctx, value);
  } else if (verb == "delete") {
    step.action = ParseDelete(ctx, value);
  } else if (verb == "kubectl") {
    step.action = ParseKubectl(ctx, value);
  } else if (verb == "wait") {
    step.action = ParseWait(ctx, value);
  } else if (verb == "expect") {
    step.action = ParseExpect(ctx, value);
  } else {
    step.action = ParseFault(ctx, value);
  }
}

// The verb of a step, or "" after reporting why there is none (or two).
std::string FindVerb(ParseContext& ctx, const YAML::Node& node) {
  std::string verb;
  std::string unknown;
  YAML::Node unknown_key;
  for (const auto& kv : node) {
    const std::string key = kv.first.Scalar();
    if (IsVerb(key)) {
      if (!verb.empty()) {
        ctx.Fail(kv.first, fmt::format("step has two verbs: {} and {} (one per step)", verb, key));
        return "";
      }
      verb = key;
    } else if (key != "at" && key != "expectError" && unknown.empty()) {
      unknown = key;
      unknown_key.reset(kv.first);
    }
  }
  if (verb.empty() && !unknown.empty()) {
    ctx.Fail(unknown_key, fmt::format("unknown verb \"{}\" (verbs: {})", unknown, VerbList()));
  } else if (verb.empty()) {
    ctx.Fail(node, fmt::format("step has no verb (verbs: {})", VerbList()));
  }
  return verb;
}

// Reads `at`; lower_bound_ms is the earliest the previous step can have run.
void ParseAt(ParseContext& ctx, MapReader& r, int64_t& lower_bound_ms, Step& step) {
  const YAML::Node at = r.Take("at");
  auto text = ReadString(ctx, at, "at");
  if (!text) return;
  const bool relative = !text->empty() && (*text)[0] == '+';
  auto ms = ParseDurationMs(relative ? text->substr(1) : *text);
  if (!ms) {
    ctx.Fail(at, fmt::format("at: bad time \"{}\" (want 90s, 1m30s, a number of seconds, or +30s after the "
                             "previous step)", *text));
    return;
  }
  step.at_mode = relative ? TimeMode::kRelative : TimeMode::kAbsolute;
  step.at_ms = *ms;
  if (relative) {
    lower_bound_ms += *ms;
  } else if (*ms < lower_bound_ms) {
    ctx.Fail(at, fmt::format("at: {} is before the previous step ({}); steps run in time order", *text,
                             FormatSeconds(lower_bound_ms)));
  } else {
    lower_bound_ms = *ms;
  }
}

}  // namespace

const std::vector<std::string>& Verbs() {
  static const std::vector<std::string> verbs = {"apply",   "create", "patch",  "delete",
                                                 "kubectl", "wait",   "expect", "fault"};
  return verbs;
}

std::vector<Step> ParseSteps(ParseContext& ctx, const YAML::Node& node) {
  std::vector<Step> steps;
  if (!node.IsSequence()) {
    ctx.Fail(node, "spec.steps: expected a list");
    return steps;
  }
  int64_t lower_bound_ms = 0;
  for (const YAML::Node& item : node) {
    MapReader r(ctx, item, "step");
    if (!r.is_map()) continue;
    Step step;
    step.location = {ctx.file(), LineOf(item)};
    ParseAt(ctx, r, lower_bound_ms, step);
    const std::string verb = FindVerb(ctx, item);
    if (verb.empty()) continue;
    ParseAction(ctx, verb, r.Take(verb), step);
    if (const YAML::Node expect_error = r.Take("expectError"); expect_error.IsDefined()) {
      if (IsMutating(verb)) step.expect_error = ParseExpectError(ctx, expect_error);
      else ctx.Fail(expect_error, "expectError is only for apply, create, patch and delete");
    }
    r.RejectUnknown();
    steps.push_back(std::move(step));
  }
  return steps;
}

}  // namespace jobsim::scenario
