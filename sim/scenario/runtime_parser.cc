#include "sim/scenario/runtime_parser.h"

#include <fmt/format.h>

namespace jobsim::scenario {
namespace {

constexpr int kMaxRatioDecimals = 9;

void ParseTiming(ParseContext& ctx, const YAML::Node& node, sim::RuntimeTiming& timing) {
  MapReader r(ctx, node, "spec.runtime.timing");
  if (auto ms = r.DurationMs("schedule")) {
    timing.schedule_ms = *ms;
    timing.schedule_set = true;
  }
  if (auto ms = r.DurationMs("imagePull")) {
    timing.image_pull_ms = *ms;
    timing.image_pull_set = true;
  }
  if (auto ms = r.DurationMs("containerStart")) {
    timing.container_start_ms = *ms;
    timing.container_start_set = true;
  }
  r.RejectUnknown();
}

void ParseImages(ParseContext& ctx, const YAML::Node& node, std::map<std::string, sim::ImageSpec>& images) {
  MapReader all(ctx, node, "spec.runtime.images");
  for (const std::string& name : all.Keys()) {
    MapReader r(ctx, all.Take(name), all.PathOf(name));
    sim::ImageSpec spec;
    if (auto list = r.Strings("executables")) spec.executables = *list;
    r.RejectUnknown();
    images[name] = spec;
  }
}

// sigterm: `ignore`, `die`, or a trap `{after: 20s, exitCode: 0}`.
void ParseSigterm(ParseContext& ctx, const YAML::Node& node, const std::string& path, sim::SigtermHandling& out) {
  using Kind = sim::SigtermHandling::Kind;
  if (node.IsScalar()) {
    if (node.Scalar() == "ignore") {
      out.kind = Kind::kIgnore;
    } else if (node.Scalar() == "die") {
      out.kind = Kind::kDie;
    } else {
      ctx.Fail(node, fmt::format("{}: want ignore, die or {{after: DURATION, exitCode: N}}, got \"{}\"", path,
                                 node.Scalar()));
    }
    return;
  }
  MapReader r(ctx, node, path);
  out.kind = Kind::kTrap;
  if (auto ms = r.DurationMs("after")) out.after_ms = *ms;
  if (auto code = r.Int("exitCode")) out.exit_code = static_cast<int32_t>(*code);
  r.RejectUnknown();
}

// runs (a duration or `forever`), exitCode, stdout, reason, sigterm: what one run does.
void ParseOutcome(ParseContext& ctx, MapReader& r, sim::RunOutcome& out) {
  const YAML::Node runs = r.Take("runs");
  if (runs.IsDefined() && runs.IsScalar() && runs.Scalar() == "forever") {
    out.runs_forever = true;
  } else if (auto ms = ReadDurationMs(ctx, runs, r.PathOf("runs"))) {
    out.runs_ms = *ms;
  }
  if (auto code = r.Int("exitCode")) out.exit_code = static_cast<int32_t>(*code);
  if (auto text = r.String("stdout")) out.stdout_text = *text;
  if (auto reason = r.String("reason")) out.reason = *reason;
  if (const YAML::Node sigterm = r.Take("sigterm"); sigterm.IsDefined()) {
    ParseSigterm(ctx, sigterm, r.PathOf("sigterm"), out.sigterm);
  }
}

void ParsePrograms(ParseContext& ctx, const YAML::Node& node, std::vector<sim::ProgramRule>& programs) {
  if (!node.IsSequence()) return ctx.Fail(node, "spec.runtime.programs: expected a list");
  for (size_t i = 0; i < node.size(); ++i) {
    MapReader r(ctx, node[i], fmt::format("spec.runtime.programs[{}]", i));
    sim::ProgramRule rule;
    if (auto argv = r.Strings("command")) rule.command = *argv;
    if (auto exe = r.String("executable")) rule.executable = *exe;
    if (rule.command.empty() == rule.executable.empty() && r.is_map()) {
      ctx.Fail(node[i], fmt::format("spec.runtime.programs[{}]: give either command or executable", i));
    }
    ParseOutcome(ctx, r, rule.outcome);
    r.RejectUnknown();
    programs.push_back(std::move(rule));
  }
}

void ParseMatch(ParseContext& ctx, const YAML::Node& node, const std::string& path, sim::PodMatch& match) {
  MapReader r(ctx, node, path);
  const YAML::Node labels = r.Take("labels");
  if (labels.IsDefined()) {
    MapReader lr(ctx, labels, r.PathOf("labels"));
    for (const std::string& key : lr.Keys()) {
      if (auto v = lr.String(key)) match.labels[key] = *v;
    }
  }
  if (auto job = r.String("job")) match.job = *job;
  if (auto index = r.Int("index")) match.index = static_cast<int32_t>(*index);
  if (auto container = r.String("container")) match.container = *container;
  r.RejectUnknown();
}

void ParsePodOverrides(ParseContext& ctx, const YAML::Node& node, std::vector<sim::PodOverride>& pods) {
  if (!node.IsSequence()) return ctx.Fail(node, "spec.runtime.pods: expected a list");
  for (size_t i = 0; i < node.size(); ++i) {
    const std::string path = fmt::format("spec.runtime.pods[{}]", i);
    MapReader r(ctx, node[i], path);
    sim::PodOverride o;
    const YAML::Node match = r.Take("match");
    if (match.IsDefined()) ParseMatch(ctx, match, path + ".match", o.match);
    const YAML::Node attempts = r.Take("attempts");
    if (attempts.IsDefined() && !attempts.IsSequence()) ctx.Fail(attempts, path + ".attempts: expected a list");
    for (size_t j = 0; attempts.IsSequence() && j < attempts.size(); ++j) {
      MapReader ar(ctx, attempts[j], fmt::format("{}.attempts[{}]", path, j));
      sim::RunOutcome outcome;
      ParseOutcome(ctx, ar, outcome);
      ar.RejectUnknown();
      o.attempts.push_back(outcome);
    }
    const YAML::Node rate = r.Take("failureRate");
    if (auto text = ReadString(ctx, rate, path + ".failureRate")) {
      o.failure_rate = ParseRatio(*text);
      if (!o.failure_rate) ctx.Fail(rate, fmt::format("{}.failureRate: want a number from 0 to 1, got \"{}\"", path, *text));
    }
    r.RejectUnknown();
    pods.push_back(std::move(o));
  }
}

}  // namespace

std::optional<Ratio> ParseRatio(const std::string& text) {
  uint64_t numerator = 0, denominator = 1;
  bool seen_digit = false, seen_point = false;
  int decimals = 0;
  for (char c : text) {
    if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      if (seen_point && ++decimals > kMaxRatioDecimals) return std::nullopt;
      if (numerator > 1'000'000'000'000ULL) return std::nullopt;
      numerator = numerator * 10 + static_cast<uint64_t>(c - '0');
      if (seen_point) denominator *= 10;
      seen_digit = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit || numerator > denominator) return std::nullopt;
  return Ratio{numerator, denominator};
}

sim::RuntimeConfig ParseRuntime(ParseContext& ctx, const YAML::Node& node) {
  sim::RuntimeConfig config;
  MapReader r(ctx, node, "spec.runtime");
  if (const YAML::Node timing = r.Take("timing"); timing.IsDefined()) ParseTiming(ctx, timing, config.timing);
  if (const YAML::Node images = r.Take("images"); images.IsDefined()) ParseImages(ctx, images, config.images);
  if (const YAML::Node programs = r.Take("programs"); programs.IsDefined()) {
    ParsePrograms(ctx, programs, config.programs);
  }
  if (const YAML::Node pods = r.Take("pods"); pods.IsDefined()) ParsePodOverrides(ctx, pods, config.pods);
  r.RejectUnknown();
  return config;
}

}  // namespace jobsim::scenario
