#include "sim/scenario/check_parser.h"

#include <fmt/format.h>

#include "kubectl/command_line.h"
#include "sim/scenario/field_path.h"
#include "sim/scenario/yaml_json.h"

namespace jobsim::scenario {
namespace {

std::optional<Json> ReadNumber(ParseContext& ctx, MapReader& r, const std::string& key) {
  const YAML::Node node = r.Take(key);
  if (!node.IsDefined()) return std::nullopt;
  Json value = YamlToJson(node);
  if (!value.is_number()) {
    ctx.Fail(node, fmt::format("{}: expected a number", r.PathOf(key)));
    return std::nullopt;
  }
  return value;
}

std::vector<FieldTest> ParseWhere(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  std::vector<FieldTest> out;
  auto one = [&](const YAML::Node& item, const std::string& item_path) {
    MapReader r(ctx, item, item_path);
    FieldTest t;
    if (r.is_map() && !r.Has("field")) ctx.Fail(item, item_path + ".field: missing");
    t.field = ReadFieldPath(ctx, r.Take("field"), r.PathOf("field")).value_or("");
    t.test = ParseValueTest(ctx, r, true);
    r.RejectUnknown();
    out.push_back(std::move(t));
  };
  if (node.IsSequence()) {
    for (size_t i = 0; i < node.size(); ++i) one(node[i], fmt::format("{}[{}]", path, i));
  } else {
    one(node, path);
  }
  return out;
}

KubectlCheck ParseKubectlCheck(ParseContext& ctx, MapReader& r) {
  KubectlCheck c;
  ReadKubectlCommand(ctx, r.Take("kubectl"), r.PathOf("kubectl"), c.command, c.args);
  c.contains = r.String("contains");
  c.not_contains = r.String("notContains");
  c.matches = ReadPattern(ctx, r.Take("matches"), r.PathOf("matches"));
  if (!r.Has("contains") && !r.Has("notContains") && !r.Has("matches")) {
    ctx.Fail(r.node(), r.PathOf("kubectl") + ": give contains, notContains or matches");
  }
  return c;
}

TimeCheck ParseTimeCheck(ParseContext& ctx, MapReader& r) {
  TimeCheck c;
  const YAML::Node node = r.Take("time");
  if (node.IsScalar()) {
    c.equals_ms = ReadDurationMs(ctx, node, r.PathOf("time"));
    return c;
  }
  MapReader t(ctx, node, r.PathOf("time"));
  c.equals_ms = t.DurationMs("equals");
  c.at_least_ms = t.DurationMs("atLeast");
  c.at_most_ms = t.DurationMs("atMost");
  t.RejectUnknown();
  if (t.is_map() && !t.Has("equals") && !t.Has("atLeast") && !t.Has("atMost")) {
    ctx.Fail(node, r.PathOf("time") + ": give equals, atLeast or atMost");
  }
  return c;
}

EventsCheck ParseEventsCheck(ParseContext& ctx, MapReader& r) {
  EventsCheck c;
  MapReader e(ctx, r.Take("events"), r.PathOf("events"));
  if (e.Has("object")) c.object = ReadObjectRef(ctx, e.Take("object"), e.PathOf("object"));
  if (e.Has("objects")) c.resource = ReadResource(ctx, e.Take("objects"), e.PathOf("objects"));
  if (c.object && e.Has("objects")) ctx.Fail(e.node(), e.PathOf("object") + ": give object or objects, not both");
  c.selector = e.String("selector").value_or("");
  if (!c.selector.empty() && !e.Has("objects")) ctx.Fail(e.node(), e.PathOf("selector") + ": needs objects");
  c.namespace_ = e.String("namespace").value_or(c.object ? c.object->namespace_ : "default");
  c.reason = e.String("reason").value_or("");
  c.type = e.String("type").value_or("");
  c.message = e.String("message").value_or("");
  e.RejectUnknown();
  c.count = ParseCount(ctx, r.Take("count"), r.PathOf("count"));
  return c;
}

ObjectsCheck ParseObjectsCheck(ParseContext& ctx, MapReader& r) {
  ObjectsCheck c;
  if (auto res = ReadResource(ctx, r.Take("objects"), r.PathOf("objects"))) c.resource = *res;
  c.namespace_ = r.String("namespace").value_or("default");
  c.selector = r.String("selector").value_or("");
  c.field_selector = r.String("fieldSelector").value_or("");
  c.phase = r.String("phase").value_or("");
  if (const YAML::Node where = r.Take("where"); where.IsDefined()) c.where = ParseWhere(ctx, where, r.PathOf("where"));
  c.count = ParseCount(ctx, r.Take("count"), r.PathOf("count"));
  return c;
}

// `object` with `condition`, `field` or `exists`; false when the object reference is bad.
bool ParseObjectCheck(ParseContext& ctx, MapReader& r, Check& check) {
  auto object = ReadObjectRef(ctx, r.Take("object"), r.PathOf("object"));
  if (!object) return false;
  if (r.Has("condition")) {
    ConditionCheck c;
    c.object = *object;
    c.type = r.String("condition").value_or("");
    c.status = r.String("status").value_or("True");
    c.reason = r.String("reason");
    c.message = r.String("message");
    check.what = std::move(c);
    return true;
  }
  if (!r.Has("field") && !r.Has("exists")) {
    ctx.Fail(r.node(), r.PathOf("object") + ": give field, condition or exists");
    return false;
  }
  FieldCheck c;
  c.object = *object;
  c.test.field = ReadFieldPath(ctx, r.Take("field"), r.PathOf("field")).value_or("");
  c.test.test = ParseValueTest(ctx, r, true);
  check.what = std::move(c);
  return true;
}

}  // namespace

std::optional<ObjectRef> ReadObjectRef(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  auto text = ReadString(ctx, node, path);
  if (!text) {
    if (!node.IsDefined() || node.IsNull()) ctx.Fail(node, path + ": missing");
    return std::nullopt;
  }
  ObjectRef ref;
  if (api::Status st = ParseObjectRef(*text, ref); !st.ok()) {
    ctx.Fail(node, fmt::format("{}: {}", path, st.message()));
    return std::nullopt;
  }
  return ref;
}

std::optional<ResourceRef> ReadResource(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  auto text = ReadString(ctx, node, path);
  if (!text) return std::nullopt;
  ResourceRef ref;
  if (api::Status st = ParseResource(*text, ref); !st.ok()) {
    ctx.Fail(node, fmt::format("{}: {}", path, st.message()));
    return std::nullopt;
  }
  return ref;
}

void ReadKubectlCommand(ParseContext& ctx, const YAML::Node& node, const std::string& path, std::string& command,
                        std::vector<std::string>& args) {
  auto text = ReadString(ctx, node, path);
  if (text) {
    command = *text;
    args = kubectl::SplitCommandLine(command);
    if (!args.empty() && args.front() == "kubectl") args.erase(args.begin());
  }
  if (args.empty()) ctx.Fail(node, path + ": empty command");
}

std::optional<std::string> ReadFieldPath(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  auto text = ReadString(ctx, node, path);
  if (!text) return std::nullopt;
  std::vector<PathStep> steps;
  if (api::Status st = ParseFieldPath(*text, steps); !st.ok()) {
    ctx.Fail(node, fmt::format("{}: {}", path, st.message()));
    return std::nullopt;
  }
  return text;
}

std::optional<Pattern> ReadPattern(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  auto text = ReadString(ctx, node, path);
  if (!text) return std::nullopt;
  try {
    return Pattern{*text, std::make_shared<const std::regex>(*text, std::regex::ECMAScript)};
  } catch (const std::regex_error&) {
    // The library's own explanation differs between standard libraries; keep the message portable.
    ctx.Fail(node, fmt::format("{}: bad regular expression \"{}\" (ECMAScript syntax)", path, *text));
    return std::nullopt;
  }
}

ValueTest ParseValueTest(ParseContext& ctx, MapReader& r, bool required) {
  ValueTest t;
  if (const YAML::Node equals = r.Take("equals"); equals.IsDefined()) t.equals = YamlToJson(equals);
  t.at_least = ReadNumber(ctx, r, "atLeast");
  t.at_most = ReadNumber(ctx, r, "atMost");
  t.matches = ReadPattern(ctx, r.Take("matches"), r.PathOf("matches"));
  t.exists = r.Bool("exists");
  const bool any = r.Has("equals") || r.Has("atLeast") || r.Has("atMost") || r.Has("matches") || r.Has("exists");
  if (required && r.is_map() && !any) {
    ctx.Fail(r.node(), "give equals, atLeast, atMost, matches or exists");
  }
  return t;
}

CountTest ParseCount(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  CountTest c;
  if (!node.IsDefined() || node.IsNull()) {
    c.at_least = 1;
    return c;
  }
  if (node.IsScalar()) {
    c.equals = ReadInt(ctx, node, path);
    return c;
  }
  MapReader r(ctx, node, path);
  c.equals = r.Int("equals");
  c.at_least = r.Int("atLeast");
  c.at_most = r.Int("atMost");
  r.RejectUnknown();
  if (r.is_map() && !r.Has("equals") && !r.Has("atLeast") && !r.Has("atMost")) {
    ctx.Fail(node, path + ": give equals, atLeast or atMost");
  }
  return c;
}

std::optional<Check> ParseCheck(ParseContext& ctx, const YAML::Node& node, const std::string& path) {
  MapReader r(ctx, node, path);
  if (!r.is_map()) return std::nullopt;
  Check check;
  check.location = {ctx.file(), LineOf(node)};
  bool ok = true;
  if (r.Has("kubectl")) {
    check.what = ParseKubectlCheck(ctx, r);
  } else if (r.Has("time")) {
    check.what = ParseTimeCheck(ctx, r);
  } else if (r.Has("events")) {
    check.what = ParseEventsCheck(ctx, r);
  } else if (r.Has("objects")) {
    check.what = ParseObjectsCheck(ctx, r);
  } else if (r.Has("object")) {
    ok = ParseObjectCheck(ctx, r, check);
  } else {
    ctx.Fail(node, path + ": a check needs object, objects, events, time or kubectl");
    return std::nullopt;
  }
  r.RejectUnknown();
  return ok ? std::optional<Check>(std::move(check)) : std::nullopt;
}

}  // namespace jobsim::scenario
