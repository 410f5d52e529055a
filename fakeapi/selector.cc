#include "fakeapi/selector.h"

#include <algorithm>

#include <fmt/format.h>

namespace jobsim::api {
namespace {

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

// Splits on commas that are not inside parentheses.
std::vector<std::string> SplitTopLevel(const std::string& text) {
  std::vector<std::string> parts;
  int depth = 0;
  std::string current;
  for (char c : text) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) {
      parts.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  parts.push_back(current);
  return parts;
}

Status ParseSetValues(const std::string& text, std::vector<std::string>& values) {
  const auto open = text.find('(');
  const auto close = text.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return Status::BadRequest("unable to parse requirement: found '" + text + "', expected: '('");
  }
  std::string inner = text.substr(open + 1, close - open - 1);
  size_t start = 0;
  while (start <= inner.size()) {
    const auto comma = inner.find(',', start);
    const std::string v = Trim(inner.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!v.empty()) values.push_back(v);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::sort(values.begin(), values.end());
  return Status::Ok();
}

Status ParseRequirement(const std::string& raw, Requirement& req) {
  const std::string term = Trim(raw);
  if (term.empty()) return Status::BadRequest("found '', expected: identifier");
  if (term[0] == '!') {
    req.key = Trim(term.substr(1));
    req.op = Requirement::Op::kDoesNotExist;
    return Status::Ok();
  }
  if (auto pos = term.find("!="); pos != std::string::npos) {
    req = {Trim(term.substr(0, pos)), Requirement::Op::kNotEquals, {Trim(term.substr(pos + 2))}};
    return Status::Ok();
  }
  if (auto pos = term.find("=="); pos != std::string::npos) {
    req = {Trim(term.substr(0, pos)), Requirement::Op::kEquals, {Trim(term.substr(pos + 2))}};
    return Status::Ok();
  }
  if (auto pos = term.find('='); pos != std::string::npos) {
    req = {Trim(term.substr(0, pos)), Requirement::Op::kEquals, {Trim(term.substr(pos + 1))}};
    return Status::Ok();
  }
  if (auto pos = term.find(" notin "); pos != std::string::npos) {
    req.key = Trim(term.substr(0, pos));
    req.op = Requirement::Op::kNotIn;
    return ParseSetValues(term.substr(pos), req.values);
  }
  if (auto pos = term.find(" in "); pos != std::string::npos) {
    req.key = Trim(term.substr(0, pos));
    req.op = Requirement::Op::kIn;
    return ParseSetValues(term.substr(pos), req.values);
  }
  if (term.find_first_of(" ()") != std::string::npos) {
    return Status::BadRequest("unable to parse requirement: " + term);
  }
  req.key = term;
  req.op = Requirement::Op::kExists;
  return Status::Ok();
}

bool Contains(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

}  // namespace

Status Selector::Parse(const std::string& text, Selector& out) {
  out.requirements_.clear();
  if (Trim(text).empty()) return Status::Ok();
  for (const std::string& part : SplitTopLevel(text)) {
    Requirement req;
    if (Status st = ParseRequirement(part, req); !st.ok()) return st;
    out.requirements_.push_back(std::move(req));
  }
  std::stable_sort(out.requirements_.begin(), out.requirements_.end(),
                   [](const Requirement& a, const Requirement& b) { return a.key < b.key; });
  return Status::Ok();
}

Status Selector::FromLabelSelector(const LabelSelector& selector, Selector& out) {
  out.requirements_.clear();
  for (const auto& [key, value] : selector.match_labels) {
    out.requirements_.push_back({key, Requirement::Op::kEquals, {value}});
  }
  for (const auto& expr : selector.match_expressions) {
    Requirement req{expr.key, Requirement::Op::kIn, expr.values};
    if (expr.op == "In") req.op = Requirement::Op::kIn;
    else if (expr.op == "NotIn") req.op = Requirement::Op::kNotIn;
    else if (expr.op == "Exists") req.op = Requirement::Op::kExists;
    else if (expr.op == "DoesNotExist") req.op = Requirement::Op::kDoesNotExist;
    else return Status::BadRequest(fmt::format("\"{}\" is not a valid label selector operator", expr.op));
    std::sort(req.values.begin(), req.values.end());
    out.requirements_.push_back(std::move(req));
  }
  std::stable_sort(out.requirements_.begin(), out.requirements_.end(),
                   [](const Requirement& a, const Requirement& b) { return a.key < b.key; });
  return Status::Ok();
}

bool Selector::Matches(const StringMap& labels) const {
  for (const Requirement& r : requirements_) {
    const auto it = labels.find(r.key);
    const bool has = it != labels.end();
    switch (r.op) {
      case Requirement::Op::kEquals:
        if (!has || it->second != r.values[0]) return false;
        break;
      case Requirement::Op::kNotEquals:
        if (has && it->second == r.values[0]) return false;
        break;
      case Requirement::Op::kIn:
        if (!has || !Contains(r.values, it->second)) return false;
        break;
      case Requirement::Op::kNotIn:
        if (has && Contains(r.values, it->second)) return false;
        break;
      case Requirement::Op::kExists:
        if (!has) return false;
        break;
      case Requirement::Op::kDoesNotExist:
        if (has) return false;
        break;
    }
  }
  return true;
}

std::string Selector::String() const {
  std::string out;
  for (const Requirement& r : requirements_) {
    if (!out.empty()) out += ",";
    std::string values;
    for (const auto& v : r.values) values += (values.empty() ? "" : ",") + v;
    switch (r.op) {
      case Requirement::Op::kEquals: out += r.key + "=" + values; break;
      case Requirement::Op::kNotEquals: out += r.key + "!=" + values; break;
      case Requirement::Op::kIn: out += r.key + " in (" + values + ")"; break;
      case Requirement::Op::kNotIn: out += r.key + " notin (" + values + ")"; break;
      case Requirement::Op::kExists: out += r.key; break;
      case Requirement::Op::kDoesNotExist: out += "!" + r.key; break;
    }
  }
  return out;
}

Status FieldSelector::Parse(const std::string& text, FieldSelector& out) {
  out.terms_.clear();
  if (Trim(text).empty()) return Status::Ok();
  for (const std::string& raw : SplitTopLevel(text)) {
    const std::string part = Trim(raw);
    Term term;
    size_t pos, len;
    if ((pos = part.find("!=")) != std::string::npos) {
      term.equals = false;
      len = 2;
    } else if ((pos = part.find("==")) != std::string::npos) {
      len = 2;
    } else if ((pos = part.find('=')) != std::string::npos) {
      len = 1;
    } else {
      return Status::BadRequest(fmt::format("invalid selector: '{}'; can't understand '{}'", text, part));
    }
    term.field = Trim(part.substr(0, pos));
    term.value = Trim(part.substr(pos + len));
    out.terms_.push_back(std::move(term));
  }
  return Status::Ok();
}

Status FieldSelector::Matches(const Getter& get, bool& matches) const {
  matches = true;
  for (const Term& term : terms_) {
    const std::optional<std::string> value = get(term.field);
    if (!value) {
      return Status::BadRequest(
          fmt::format("field label not supported: {}", term.field));
    }
    if ((*value == term.value) != term.equals) matches = false;
  }
  return Status::Ok();
}

}  // namespace jobsim::api
