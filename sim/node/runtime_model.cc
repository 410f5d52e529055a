#include "sim/node/runtime_model.h"

#include <algorithm>

#include "fakeapi/well_known.h"
#include "sim/node/builtin_programs.h"
#include "sim/node/image_ref.h"

namespace jobsim::sim {
namespace {

std::string LabelOrAnnotation(const api::ObjectMeta& meta, const std::string& key) {
  if (auto it = meta.labels.find(key); it != meta.labels.end()) return it->second;
  if (auto it = meta.annotations.find(key); it != meta.annotations.end()) return it->second;
  return "";
}

bool ProgramMatches(const ProgramRule& rule, const std::vector<std::string>& argv) {
  if (!rule.command.empty()) return rule.command == argv;
  return !argv.empty() && (rule.executable == argv[0] || rule.executable == ExecutableName(argv[0]));
}

}  // namespace

std::vector<std::string> ContainerArgv(const api::Container& container, const ImageFacts* image) {
  std::vector<std::string> argv = container.command;
  if (argv.empty() && container.args.empty() && image) return image->default_command;
  argv.insert(argv.end(), container.args.begin(), container.args.end());
  return argv;
}

bool PodMatches(const PodMatch& match, const api::Pod& pod, const api::Container& container) {
  const api::ObjectMeta& meta = pod.metadata;
  for (const auto& [key, value] : match.labels) {
    auto it = meta.labels.find(key);
    if (it == meta.labels.end() || it->second != value) return false;
  }
  if (!match.job.empty() && LabelOrAnnotation(meta, api::kLegacyJobNameLabel) != match.job &&
      LabelOrAnnotation(meta, api::kJobNameLabel) != match.job) {
    return false;
  }
  if (match.index && LabelOrAnnotation(meta, api::kJobCompletionIndex) != std::to_string(*match.index)) return false;
  return match.container.empty() || match.container == container.name;
}

RuntimeModel::RuntimeModel(const RuntimeConfig& config, const KubeletRules& rules, uint64_t seed)
    : config_(config),
      runtime_(rules.runtime),
      outcomes_(seed, "runtime-outcomes"),
      attempts_taken_(config.pods.size(), 0) {}

std::optional<ImageFacts> RuntimeModel::Facts(const std::string& image) const {
  const std::string base = ImageBaseName(image);
  const ImageFacts* builtin = FindBuiltinImage(base);
  for (const std::string& key : {image, ImageWithoutTag(image), base}) {
    auto it = config_.images.find(key);
    if (it == config_.images.end()) continue;
    ImageFacts facts = builtin ? *builtin : ImageFacts{};
    facts.executables = it->second.executables;
    if (!builtin) facts.size_bytes = UnknownImageSizeBytes(image);
    return facts;
  }
  if (builtin) return *builtin;
  return std::nullopt;
}

uint64_t RuntimeModel::ImageSizeBytes(const std::string& image) const {
  auto facts = Facts(image);
  return facts && facts->size_bytes ? facts->size_bytes : UnknownImageSizeBytes(image);
}

ContainerRun RuntimeModel::BaseRun(const api::Container& container) {
  const std::optional<ImageFacts> facts = Facts(container.image);
  const std::vector<std::string> argv = ContainerArgv(container, facts ? &*facts : nullptr);
  ContainerRun run;
  if (facts && !argv.empty() && !ImageHasExecutable(*facts, argv[0])) {
    run.start_failure = MissingExecutable(runtime_, argv[0]);
    return run;
  }
  for (const ProgramRule& rule : config_.programs) {
    if (!ProgramMatches(rule, argv)) continue;
    run.outcome = rule.outcome;
    return run;
  }
  if (facts && !argv.empty()) {
    run.outcome = RunBuiltinProgram(*facts, argv);
  } else {
    run.outcome.runs_ms = kUnmodeledRunMs;
  }
  return run;
}

RunOutcome RuntimeModel::ApplyFailureRate(const PodOverride& override, RunOutcome outcome) {
  if (!override.failure_rate || !outcomes_.Chance(*override.failure_rate)) return outcome;
  RunOutcome failed = outcome;
  if (failed.runs_forever) failed.runs_ms = kUnmodeledRunMs;
  failed.runs_forever = false;
  failed.exit_code = 1;
  failed.reason.clear();
  return failed;
}

ContainerRun RuntimeModel::NextRun(const api::Pod& pod, const api::Container& container) {
  for (size_t i = 0; i < config_.pods.size(); ++i) {
    const PodOverride& override = config_.pods[i];
    if (!PodMatches(override.match, pod, container)) continue;
    const size_t attempt = attempts_taken_[i]++;
    ContainerRun run;
    if (!override.attempts.empty()) {
      run.outcome = override.attempts[std::min(attempt, override.attempts.size() - 1)];
    } else {
      run = BaseRun(container);
      if (run.start_failure) return run;
    }
    run.outcome = ApplyFailureRate(override, run.outcome);
    return run;
  }
  return BaseRun(container);
}

}  // namespace jobsim::sim
