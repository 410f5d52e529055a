#include "sim/scenario/yaml_reader.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "sim/base/duration.h"
#include "sim/scenario/yaml_json.h"

namespace jobsim::scenario {
namespace {

const char* TypeName(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Null: return "nothing";
    default: return "a scalar";
  }
}

}  // namespace

std::string ParseContext::Resolve(const std::string& relative) const {
  if (!relative.empty() && relative[0] == '/') return relative;
  const auto slash = file_.rfind('/');
  return slash == std::string::npos ? relative : file_.substr(0, slash + 1) + relative;
}

void ParseContext::Add(const YAML::Node& anchor, int line_fallback, std::string text) {
  int line = line_fallback;
  int column = 0;
  if (anchor.IsDefined() && !anchor.Mark().is_null()) {
    line = anchor.Mark().line + 1;
    column = anchor.Mark().column;
  }
  errors_.push_back({line, column, errors_.size(), std::move(text)});
}

void ParseContext::Fail(const YAML::Node& node, const std::string& message) {
  const int line = std::max(LineOf(node), 1);
  Add(node, line, fmt::format("{}:{}: {}", file_, line, message));
}

void ParseContext::FailAtLine(int line, const std::string& message) {
  line = std::max(line, 1);
  Add(YAML::Node(), line, fmt::format("{}:{}: {}", file_, line, message));
}

void ParseContext::FailElsewhere(const std::string& file, int line, const YAML::Node& anchor,
                                 const std::string& message) {
  Add(anchor, LineOf(anchor), fmt::format("{}:{}: {}", file, std::max(line, 1), message));
}

std::string ParseContext::FirstError() const {
  if (errors_.empty()) return "";
  auto first = std::min_element(errors_.begin(), errors_.end(), [](const Error& a, const Error& b) {
    return std::tie(a.anchor_line, a.anchor_column, a.sequence) < std::tie(b.anchor_line, b.anchor_column, b.sequence);
  });
  return first->text;
}

std::optional<std::string> ReadString(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  if (!node.IsScalar()) {
    ctx.Fail(node, fmt::format("{}: expected a string, got {}", path, TypeName(node)));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<int64_t> ReadInt(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  auto text = ReadString(ctx, node, path);
  if (!text) return std::nullopt;
  const api::Json value = ResolveScalar(*text, node.Tag() == "!");
  if (!value.is_number_integer()) {
    ctx.Fail(node, fmt::format("{}: expected an integer, got \"{}\"", path, *text));
    return std::nullopt;
  }
  return value.get<int64_t>();
}

std::optional<bool> ReadBool(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  auto text = ReadString(ctx, node, path);
  if (!text) return std::nullopt;
  const api::Json value = ResolveScalar(*text, node.Tag() == "!");
  if (!value.is_boolean()) {
    ctx.Fail(node, fmt::format("{}: expected true or false, got \"{}\"", path, *text));
    return std::nullopt;
  }
  return value.get<bool>();
}

std::optional<int64_t> ReadDurationMs(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  auto text = ReadString(ctx, node, path);
  if (!text) return std::nullopt;
  auto ms = ParseDurationMs(*text);
  if (!ms) {
    ctx.Fail(node, fmt::format("{}: bad duration \"{}\" (want 500ms, 90s, 1m30s, 2h or a number of seconds)",
                               path, *text));
  }
  return ms;
}

std::optional<std::vector<std::string>> ReadStrings(ParseContext& ctx, const YAML::Node& node,
                                                    const std::string& path) {
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  if (!node.IsSequence()) {
    ctx.Fail(node, fmt::format("{}: expected a list of strings, got {}", path, TypeName(node)));
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < node.size(); ++i) {
    auto s = ReadString(ctx, node[i], fmt::format("{}[{}]", path, i));
    if (!s) return std::nullopt;
    out.push_back(*s);
  }
  return out;
}

MapReader::MapReader(ParseContext& ctx, const YAML::Node& node, std::string path)
    : ctx_(ctx), node_(node), path_(std::move(path)) {
  if (!node.IsMap()) {
    ctx.Fail(node, fmt::format("{}: expected a map, got {}", path_.empty() ? "scenario" : path_, TypeName(node)));
    return;
  }
  is_map_ = true;
  std::set<std::string> seen;
  for (const auto& kv : node) {
    if (!seen.insert(kv.first.Scalar()).second) {
      ctx.Fail(kv.first, fmt::format("duplicate field \"{}\" in {}", kv.first.Scalar(), path_));
    }
  }
}

bool MapReader::Has(const std::string& key) const {
  if (!is_map_) return false;
  for (const auto& kv : node_) {
    if (kv.first.Scalar() == key) return true;
  }
  return false;
}

std::vector<std::string> MapReader::Keys() const {
  std::vector<std::string> keys;
  if (!is_map_) return keys;
  for (const auto& kv : node_) keys.push_back(kv.first.Scalar());
  return keys;
}

YAML::Node MapReader::Take(const std::string& key) {
  taken_.insert(key);
  if (!is_map_) return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& kv : node_) {
    if (kv.first.Scalar() == key) return kv.second;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

void MapReader::RejectUnknown() {
  if (!is_map_) return;
  for (const auto& kv : node_) {
    if (!taken_.count(kv.first.Scalar())) {
      ctx_.Fail(kv.first, fmt::format("unknown field \"{}\" in {}", kv.first.Scalar(), path_));
    }
  }
}

}  // namespace jobsim::scenario
