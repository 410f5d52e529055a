#include "sim/scenario/parser.h"

#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "sim/base/duration.h"
#include "sim/feature_gates.h"
#include "sim/profile.h"
#include "sim/scenario/file_text.h"
#include "sim/scenario/runtime_parser.h"
#include "sim/scenario/step_parser.h"
#include "sim/scenario/yaml_json.h"
#include "sim/scenario/yaml_reader.h"

namespace jobsim::scenario {
namespace {

constexpr const char* kApiVersion = "jobsim/v1";
constexpr const char* kKind = "Scenario";

bool IsScenarioName(const std::string& name) {
  return !name.empty() && name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

void ParseMetadata(ParseContext& ctx, const YAML::Node& node, Scenario& out) {
  MapReader r(ctx, node, "metadata");
  const YAML::Node name = r.Take("name");
  out.name = ReadString(ctx, name, "metadata.name").value_or("");
  if (!name.IsDefined()) ctx.Fail(node, "metadata.name: missing");
  else if (!IsScenarioName(out.name)) ctx.Fail(name, fmt::format("metadata.name: \"{}\" must match [a-z0-9-]+", out.name));
  out.description = r.String("description").value_or("");
  r.RejectUnknown();
}

void ParseVersion(ParseContext& ctx, MapReader& r, Scenario& out) {
  const YAML::Node version = r.Take("kubernetesVersion");
  out.kubernetes_version = ReadString(ctx, version, "spec.kubernetesVersion").value_or("");
  out.kubernetes_version_location = {ctx.file(), LineOf(version)};
  if (out.kubernetes_version.empty()) return;
  sim::Profile profile;
  if (api::Status st = sim::LookupProfile(out.kubernetes_version, profile); !st.ok()) {
    ctx.Fail(version, "spec.kubernetesVersion: " + st.message());
  }
}

// spec.featureGates: {Name: true, ...}, checked against the scenario's
// release as kube-apiserver checks its --feature-gates.
void ParseFeatureGates(ParseContext& ctx, const YAML::Node& node, Scenario& out) {
  MapReader r(ctx, node, "spec.featureGates");
  sim::Profile profile;
  const bool version_ok =
      sim::LookupProfile(out.kubernetes_version.empty() ? fmt::format("1.{}", sim::kNewestMinor) : out.kubernetes_version,
                         profile)
          .ok();
  for (const std::string& name : r.Keys()) {
    const YAML::Node value = r.Take(name);
    const std::optional<bool> enabled = ReadBool(ctx, value, "spec.featureGates." + name);
    if (!enabled) continue;
    out.feature_gates[name] = {*enabled, {ctx.file(), LineOf(value)}};
    if (!version_ok) continue;
    if (api::Status st = sim::CheckFeatureGate(profile.minor, name, *enabled); !st.ok()) {
      ctx.Fail(value, "spec.featureGates: " + st.message());
    }
  }
}

void ParseNodes(ParseContext& ctx, const YAML::Node& node, Scenario& out) {
  if (!node.IsSequence() || node.size() == 0) return ctx.Fail(node, "spec.nodes: expected a list of nodes");
  out.nodes.clear();
  std::set<std::string> seen;
  for (size_t i = 0; i < node.size(); ++i) {
    const std::string path = fmt::format("spec.nodes[{}]", i);
    std::optional<std::string> name;
    if (node[i].IsScalar()) {
      name = node[i].Scalar();
    } else {
      MapReader r(ctx, node[i], path);
      name = r.String("name");
      if (!name && r.is_map()) ctx.Fail(node[i], path + ".name: missing");
      if (const YAML::Node labels = r.Take("labels"); labels.IsDefined() && name) {
        MapReader lr(ctx, labels, r.PathOf("labels"));
        for (const std::string& key : lr.Keys()) {
          if (auto value = lr.String(key)) out.node_labels[*name][key] = *value;
        }
      }
      r.RejectUnknown();
    }
    if (!name) continue;
    if (!seen.insert(*name).second) ctx.Fail(node[i], fmt::format("{}: duplicate node \"{}\"", path, *name));
    out.nodes.push_back(*name);
  }
}

// spec.controllerManager: {terminatedPodGCThreshold: N}.
void ParseControllerManager(ParseContext& ctx, const YAML::Node& node, Scenario& out) {
  MapReader r(ctx, node, "spec.controllerManager");
  const YAML::Node threshold = r.Take("terminatedPodGCThreshold");
  if (auto value = ReadInt(ctx, threshold, "spec.controllerManager.terminatedPodGCThreshold")) {
    if (*value < 0) ctx.Fail(threshold, "spec.controllerManager.terminatedPodGCThreshold: must not be negative");
    out.terminated_pod_gc_threshold = *value;
  }
  r.RejectUnknown();
}

void ParseSpec(ParseContext& ctx, const YAML::Node& node, Scenario& out) {
  MapReader r(ctx, node, "spec");
  ParseVersion(ctx, r, out);
  if (const YAML::Node gates = r.Take("featureGates"); gates.IsDefined()) ParseFeatureGates(ctx, gates, out);
  const YAML::Node seed = r.Take("seed");
  if (auto value = ReadInt(ctx, seed, "spec.seed")) {
    if (*value < 0) ctx.Fail(seed, "spec.seed: must not be negative");
    out.seed = static_cast<uint64_t>(*value);
  }
  const YAML::Node start = r.Take("startTime");
  if (auto text = ReadString(ctx, start, "spec.startTime")) {
    auto t = ParseRfc3339(*text);
    if (t) out.start_unix_ms = *t;
    else ctx.Fail(start, fmt::format("spec.startTime: want an RFC 3339 time like 2016-05-13T10:45:22Z, got \"{}\"", *text));
  }
  out.until_ms = r.DurationMs("until");
  if (const YAML::Node nodes = r.Take("nodes"); nodes.IsDefined()) ParseNodes(ctx, nodes, out);
  if (const YAML::Node runtime = r.Take("runtime"); runtime.IsDefined()) out.runtime = ParseRuntime(ctx, runtime);
  if (const YAML::Node cm = r.Take("controllerManager"); cm.IsDefined()) ParseControllerManager(ctx, cm, out);
  if (const YAML::Node steps = r.Take("steps"); steps.IsDefined()) out.steps = ParseSteps(ctx, steps);
  r.RejectUnknown();
}

void ParseDocument(ParseContext& ctx, const YAML::Node& doc, Scenario& out) {
  MapReader r(ctx, doc, "");
  if (!r.is_map()) return;
  const YAML::Node api_version = r.Take("apiVersion");
  if (ReadString(ctx, api_version, "apiVersion").value_or("") != kApiVersion) {
    ctx.Fail(api_version.IsDefined() ? api_version : doc, fmt::format("apiVersion: want {}", kApiVersion));
  }
  const YAML::Node kind = r.Take("kind");
  if (ReadString(ctx, kind, "kind").value_or("") != kKind) {
    ctx.Fail(kind.IsDefined() ? kind : doc, fmt::format("kind: want {}", kKind));
  }
  const YAML::Node metadata = r.Take("metadata");
  if (metadata.IsDefined()) ParseMetadata(ctx, metadata, out);
  else ctx.Fail(doc, "metadata.name: missing");
  const YAML::Node spec = r.Take("spec");
  if (spec.IsDefined()) ParseSpec(ctx, spec, out);
  r.RejectUnknown();
}

}  // namespace

api::Status ParseScenario(const std::string& text, const std::string& path, Scenario& out) {
  out = Scenario{};
  out.file = path;
  ParseContext ctx(path);
  YAML::Node doc;
  try {
    doc = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return api::Status::BadRequest(fmt::format("{}:{}: not YAML: {}", path, e.mark.is_null() ? 1 : e.mark.line + 1, e.msg));
  }
  if (doc.IsNull()) return api::Status::BadRequest(fmt::format("{}:1: empty scenario", path));
  try {
    ParseDocument(ctx, doc, out);
  } catch (const YAML::Exception& e) {
    // Only a bug in the walk above can get here; it must still not escape.
    ctx.FailAtLine(e.mark.is_null() ? 1 : e.mark.line + 1, e.msg);
  }
  if (!ctx.ok()) return api::Status::BadRequest(ctx.FirstError());
  return api::Status::Ok();
}

api::Status LoadScenario(const std::string& path, Scenario& out) {
  const std::optional<std::string> text = ReadTextFile(path);
  if (!text) return api::Status::BadRequest(fmt::format("{}: cannot read the scenario file", path));
  return ParseScenario(*text, path, out);
}

}  // namespace jobsim::scenario
