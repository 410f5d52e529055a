#include "sim/scenario/field_path.h"

#include <charconv>

#include <fmt/format.h>

namespace jobsim::scenario {
namespace {

using api::Json;

api::Status SyntaxError(const std::string& path, size_t pos, const char* what) {
  return api::Status::BadRequest(fmt::format("field path \"{}\": {} at position {}", path, what, pos + 1));
}

// Parses one `[...]` starting at path[pos] == '['; pos ends after the ']'.
api::Status ParseBracket(const std::string& path, size_t& pos, PathStep& step) {
  const size_t open = pos++;
  if (pos < path.size() && (path[pos] == '"' || path[pos] == '\'')) {
    const char quote = path[pos];
    const size_t end = path.find(quote, pos + 1);
    if (end == std::string::npos || end + 1 >= path.size() || path[end + 1] != ']') {
      return SyntaxError(path, open, "unterminated quoted key");
    }
    step.type = PathStep::Type::kKey;
    step.key = path.substr(pos + 1, end - pos - 1);
    pos = end + 2;
    return api::Status::Ok();
  }
  const size_t close = path.find(']', pos);
  if (close == std::string::npos) return SyntaxError(path, open, "missing ]");
  const std::string inside = path.substr(pos, close - pos);
  pos = close + 1;
  if (const auto eq = inside.find('='); eq != std::string::npos) {
    step.type = PathStep::Type::kSelect;
    step.key = inside.substr(0, eq);
    step.value = inside.substr(eq + 1);
    return step.key.empty() ? SyntaxError(path, open, "empty field in [field=value]") : api::Status::Ok();
  }
  auto [end, ec] = std::from_chars(inside.data(), inside.data() + inside.size(), step.index);
  if (inside.empty() || ec != std::errc() || end != inside.data() + inside.size()) {
    return SyntaxError(path, open, "want [n], [\"key\"] or [field=value]");
  }
  step.type = PathStep::Type::kIndex;
  return api::Status::Ok();
}

const Json* Child(const Json& object, const std::string& key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

const Json* Apply(const Json& at, const PathStep& step) {
  switch (step.type) {
    case PathStep::Type::kKey: return Child(at, step.key);
    case PathStep::Type::kIndex: return at.is_array() && step.index < at.size() ? &at[step.index] : nullptr;
    case PathStep::Type::kSelect:
      if (!at.is_array()) return nullptr;
      for (const Json& item : at) {
        const Json* field = Child(item, step.key);
        if (field && ScalarText(*field) == step.value) return &item;
      }
      return nullptr;
  }
  return nullptr;
}

}  // namespace

api::Status ParseFieldPath(const std::string& path, std::vector<PathStep>& out) {
  out.clear();
  size_t pos = !path.empty() && path[0] == '.' ? 1 : 0;
  while (pos < path.size()) {
    if (path[pos] == '[') {
      PathStep step;
      if (api::Status st = ParseBracket(path, pos, step); !st.ok()) return st;
      out.push_back(step);
    } else {
      const size_t end = path.find_first_of(".[", pos);
      const std::string key = path.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
      if (key.empty()) return SyntaxError(path, pos, "empty field name");
      out.push_back({PathStep::Type::kKey, key, 0, ""});
      pos = end == std::string::npos ? path.size() : end;
    }
    if (pos < path.size() && path[pos] == '.') {
      if (++pos == path.size()) return SyntaxError(path, pos - 1, "path ends with .");
    }
  }
  return api::Status::Ok();
}

const Json* LookupField(const Json& root, const std::string& path) {
  std::vector<PathStep> steps;
  if (!ParseFieldPath(path, steps).ok()) return nullptr;
  const Json* at = &root;
  for (const PathStep& step : steps) {
    at = Apply(*at, step);
    if (!at) return nullptr;
  }
  return at;
}

std::string LookupString(const Json& root, const std::string& path) {
  const Json* value = LookupField(root, path);
  return value && value->is_string() ? value->get<std::string>() : "";
}

std::string ScalarText(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

}  // namespace jobsim::scenario
