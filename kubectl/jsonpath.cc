// Semantics follow k8s.io/client-go/util/jsonpath (jsonpath.go, parser.go);
// map iteration, random in Go, is by sorted key here.
#include "kubectl/jsonpath.h"

#include <fmt/format.h>

#include <memory>
#include <vector>

#include "kubectl/json_printer.h"

namespace jobsim::kubectl {
namespace {

using Json = nlohmann::json;
using Values = std::vector<Json>;

struct Step;
using Steps = std::vector<Step>;

struct Filter {
  Steps left;
  std::string op;  // "exists", "==", "!=", "<", ">", "<=", ">="
  Steps right;
  bool right_is_literal = false;
  Json literal;
};

struct Step {
  enum class Kind { kField, kRecursive, kWildcard, kSlice, kUnion, kFilter, kLiteral } kind;
  std::string name;                 // kField
  std::vector<std::string> keys;    // kUnion
  std::optional<int64_t> slice[3];  // kSlice: start, end, step
  bool single_index = false;        // "[n]" (end derived as n+1)
  std::shared_ptr<Filter> filter;   // kFilter
  Json literal;                     // kLiteral
};

struct Node {
  enum class Kind { kText, kList, kRange } kind;
  std::string text;
  Steps steps;
  std::vector<Node> children;  // kRange
};

api::Status Error(const std::string& message) { return api::Status::BadRequest(message); }

bool IsTerminator(char c) { return std::string_view(" \t\r\n.,[]$@{}").find(c) != std::string_view::npos; }

std::string Unquote(const std::string& quoted) {
  std::string out;
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    char c = quoted[i];
    if (c == '\\' && i + 2 < quoted.size()) {
      const char e = quoted[++i];
      c = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
    }
    out += c;
  }
  return out;
}

// Position of the character closing `open` at text[pos], skipping quotes.
size_t Closing(const std::string& text, size_t pos, char open, char close) {
  int depth = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      const size_t end = text.find(c, i + 1);
      if (end == std::string::npos) return std::string::npos;
      i = end;
    } else if (c == open) {
      ++depth;
    } else if (c == close && --depth == 0) {
      return i;
    }
  }
  return std::string::npos;
}

api::Status ParseSteps(const std::string& expr, Steps& steps);

api::Status ParseFilter(const std::string& body, Step& step) {
  auto filter = std::make_shared<Filter>();
  std::string inner = body;
  size_t op_pos = std::string::npos;
  for (const char* op : {"==", "!=", "<=", ">=", "<", ">"}) {
    op_pos = inner.find(op);
    if (op_pos != std::string::npos) {
      filter->op = op;
      break;
    }
  }
  auto trim = [](std::string s) {
    s.erase(0, s.find_first_not_of(' '));
    s.erase(s.find_last_not_of(' ') + 1);
    return s;
  };
  const std::string left = trim(op_pos == std::string::npos ? inner : inner.substr(0, op_pos));
  if (api::Status st = ParseSteps(left, filter->left); !st.ok()) return st;
  if (op_pos == std::string::npos) {
    filter->op = "exists";
  } else {
    const std::string right = trim(inner.substr(op_pos + filter->op.size()));
    if (!right.empty() && (right[0] == '"' || right[0] == '\'')) {
      filter->right_is_literal = true;
      filter->literal = Unquote(right);
    } else if (!right.empty() && (std::isdigit(static_cast<unsigned char>(right[0])) || right[0] == '-')) {
      filter->right_is_literal = true;
      filter->literal = Json::parse(right, nullptr, false);
      if (filter->literal.is_discarded()) return Error("unrecognized filter value " + right);
    } else if (api::Status st = ParseSteps(right, filter->right); !st.ok()) {
      return st;
    }
  }
  step.kind = Step::Kind::kFilter;
  step.filter = std::move(filter);
  return api::Status::Ok();
}

api::Status ParseBracket(const std::string& body, Step& step) {
  if (body == "*") {
    step.kind = Step::Kind::kSlice;
    return api::Status::Ok();
  }
  if (body.rfind("?(", 0) == 0 && body.back() == ')') return ParseFilter(body.substr(2, body.size() - 3), step);
  if (body[0] == '\'' || body[0] == '"') {
    step.kind = Step::Kind::kUnion;
    for (size_t i = 0; i < body.size();) {
      const size_t end = body.find(body[i], i + 1);
      if (end == std::string::npos) return Error("unterminated quoted string in " + body);
      step.keys.push_back(body.substr(i + 1, end - i - 1));
      i = body.find_first_of("'\"", end + 1);
    }
    return api::Status::Ok();
  }
  step.kind = Step::Kind::kSlice;
  std::vector<std::string> parts{""};
  for (char c : body) {
    if (c == ':')
      parts.emplace_back();
    else if (c != ' ')
      parts.back() += c;
  }
  if (parts.size() > 3) return Error("invalid array index " + body);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].empty()) continue;
    if (parts[i].find_first_not_of("-0123456789") != std::string::npos) return Error("invalid array index " + body);
    step.slice[i] = std::stoll(parts[i]);
  }
  if (parts.size() == 1) {
    step.single_index = true;
    step.slice[1] = step.slice[0].value_or(0) + 1;
  }
  return api::Status::Ok();
}

api::Status ParseSteps(const std::string& expr, Steps& steps) {
  size_t i = 0;
  while (i < expr.size()) {
    const char c = expr[i];
    if (c == '$' || c == '@' || c == ' ') {
      ++i;
    } else if (c == '"' || c == '\'') {
      size_t close = i + 1;
      while (close < expr.size() && expr[close] != c) close += expr[close] == '\\' ? 2 : 1;
      if (close >= expr.size()) return Error("unterminated quoted string");
      Step s{Step::Kind::kLiteral};
      s.literal = Unquote(expr.substr(i, close - i + 1));
      steps.push_back(s);
      i = close + 1;
    } else if (c == '[') {
      const size_t close = Closing(expr, i, '[', ']');
      if (close == std::string::npos) return Error("unclosed array expect ]");
      Step s{Step::Kind::kSlice};
      if (api::Status st = ParseBracket(expr.substr(i + 1, close - i - 1), s); !st.ok()) return st;
      steps.push_back(s);
      i = close + 1;
    } else if (c == '.') {
      if (i + 1 < expr.size() && expr[i + 1] == '.') {
        steps.push_back(Step{Step::Kind::kRecursive});
        ++i;
      }
      std::string name;
      for (++i; i < expr.size() && !IsTerminator(expr[i]); ++i) {
        if (expr[i] == '\\' && i + 1 < expr.size()) ++i;
        name += expr[i];
      }
      if (name.empty()) continue;
      Step s{name == "*" ? Step::Kind::kWildcard : Step::Kind::kField};
      s.name = name;
      steps.push_back(s);
    } else {
      return Error(fmt::format("unrecognized character in action: U+{:04X} '{}'", static_cast<unsigned char>(c), c));
    }
  }
  return api::Status::Ok();
}

api::Status Evaluate(const Steps& steps, const Json& root, Values& out);

void Descendants(const Json& v, Values& out) {
  if (!(v.is_object() || v.is_array()) || v.empty()) return;
  out.push_back(v);
  for (const Json& child : v) Descendants(child, out);
}

api::Status ApplySlice(const Step& s, const Json& v, Values& out) {
  if (!v.is_array())
    return Error(fmt::format("{} is not array or slice", v.is_object() ? "map[string]interface {}" : v.type_name()));
  const int64_t len = static_cast<int64_t>(v.size());
  int64_t start = s.slice[0].value_or(0), end = s.slice[1].value_or(len);
  if (start < 0) start += len;
  if (end < 0 || (s.single_index && end == 0)) end += len;
  if (start == end) return api::Status::Ok();
  if (start >= len || start < 0)
    return Error(fmt::format("array index out of bounds: index {}, length {}", start, len));
  if (end > len || end < 0) return Error(fmt::format("array index out of bounds: index {}, length {}", end - 1, len));
  if (start > end) return Error(fmt::format("starting index {} is greater than ending index {}", start, end));
  const int64_t stride = s.slice[2].value_or(1);
  if (stride <= 0) return Error("step must be > 0");
  for (int64_t i = start; i < end; i += stride) out.push_back(v[static_cast<size_t>(i)]);
  return api::Status::Ok();
}

bool Compare(const Json& a, const std::string& op, const Json& b) {
  if (a.is_number() && b.is_number()) {
    const double x = a.get<double>(), y = b.get<double>();
    return op == "=="   ? x == y
           : op == "!=" ? x != y
           : op == "<"  ? x < y
           : op == ">"  ? x > y
           : op == "<=" ? x <= y
                        : x >= y;
  }
  if (op == "==") return a == b;
  if (op == "!=") return a != b;
  if (!a.is_string() || !b.is_string()) return false;
  const std::string x = a.get<std::string>(), y = b.get<std::string>();
  return op == "<" ? x < y : op == ">" ? x > y : op == "<=" ? x <= y : x >= y;
}

api::Status ApplyFilter(const Filter& f, const Json& v, Values& out) {
  if (!v.is_array()) return Error("filter needs an array");
  for (const Json& item : v) {
    Values left, right;
    if (api::Status st = Evaluate(f.left, item, left); !st.ok()) return st;
    if (left.empty()) continue;
    if (left.size() > 1) return Error("can only compare one element at a time");
    if (f.op == "exists") {
      out.push_back(item);
      continue;
    }
    if (f.right_is_literal) {
      right.push_back(f.literal);
    } else if (api::Status st = Evaluate(f.right, item, right); !st.ok()) {
      return st;
    }
    if (right.size() == 1 && Compare(left[0], f.op, right[0])) out.push_back(item);
  }
  return api::Status::Ok();
}

api::Status ApplyStep(const Step& s, const Values& in, Values& out) {
  for (const Json& v : in) {
    switch (s.kind) {
      case Step::Kind::kField:
        if (v.is_object() && v.contains(s.name)) out.push_back(v[s.name]);
        break;
      case Step::Kind::kUnion:
        for (const auto& key : s.keys) {
          if (v.is_object() && v.contains(key)) out.push_back(v[key]);
        }
        break;
      case Step::Kind::kWildcard:
        if (v.is_object() || v.is_array()) {
          for (const Json& child : v) out.push_back(child);
        }
        break;
      case Step::Kind::kRecursive:
        Descendants(v, out);
        break;
      case Step::Kind::kSlice:
        if (api::Status st = ApplySlice(s, v, out); !st.ok()) return st;
        break;
      case Step::Kind::kFilter:
        if (api::Status st = ApplyFilter(*s.filter, v, out); !st.ok()) return st;
        break;
      case Step::Kind::kLiteral:
        out.push_back(s.literal);
        break;
    }
  }
  return api::Status::Ok();
}

api::Status Evaluate(const Steps& steps, const Json& root, Values& out) {
  Values current{root};
  for (const Step& s : steps) {
    Values next;
    if (s.kind == Step::Kind::kLiteral) {
      next.push_back(s.literal);
    } else if (api::Status st = ApplyStep(s, current, next); !st.ok()) {
      return st;
    }
    current = std::move(next);
  }
  out = std::move(current);
  return api::Status::Ok();
}

// json.Marshal: compact, sorted keys, HTML-escaped strings.
std::string CompactJson(const Json& v) {
  if (v.is_string()) return GoJsonString(v.get<std::string>());
  if (v.is_object()) {
    std::string out = "{";
    for (auto it = v.begin(); it != v.end(); ++it) {
      out += (out.size() > 1 ? "," : "") + GoJsonString(it.key()) + ":" + CompactJson(*it);
    }
    return out + "}";
  }
  if (v.is_array()) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + CompactJson(v[i]);
    return out + "]";
  }
  return v.dump();
}

// PrintResults / evalToText.
std::string Print(const Values& results) {
  std::string out;
  for (size_t i = 0; i < results.size(); ++i) {
    const Json& r = results[i];
    if (r.is_object() || r.is_array())
      out += CompactJson(r);
    else if (r.is_string())
      out += r.get<std::string>();
    else
      out += r.dump();
    if (i + 1 != results.size()) out += ' ';
  }
  return out;
}

api::Status ParseTemplate(const std::string& tmpl, std::vector<Node>& root) {
  std::vector<std::vector<Node>*> stack{&root};
  size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] != '{') {
      const size_t next = tmpl.find('{', i);
      stack.back()->push_back(Node{Node::Kind::kText, tmpl.substr(i, next - i)});
      i = next == std::string::npos ? tmpl.size() : next;
      continue;
    }
    const size_t close = Closing(tmpl, i, '{', '}');
    if (close == std::string::npos) return Error("unclosed action");
    std::string action = tmpl.substr(i + 1, close - i - 1);
    i = close + 1;
    action.erase(0, action.find_first_not_of(' '));
    action.erase(action.find_last_not_of(' ') + 1);
    if (action == "end") {
      if (stack.size() == 1) return Error("not in range, nothing to end");
      stack.pop_back();
      continue;
    }
    const bool range = action.rfind("range", 0) == 0 && (action.size() == 5 || action[5] == ' ');
    Node node{range ? Node::Kind::kRange : Node::Kind::kList};
    if (api::Status st = ParseSteps(range ? action.substr(5) : action, node.steps); !st.ok()) return st;
    stack.back()->push_back(std::move(node));
    if (range) stack.push_back(&stack.back()->back().children);
  }
  return api::Status::Ok();
}

api::Status Execute(const std::vector<Node>& nodes, const Json& data, std::string& out) {
  for (const Node& node : nodes) {
    if (node.kind == Node::Kind::kText) {
      out += node.text;
      continue;
    }
    Values results;
    if (api::Status st = Evaluate(node.steps, data, results); !st.ok()) return st;
    if (node.kind == Node::Kind::kList) {
      out += Print(results);
      continue;
    }
    for (const Json& item : results) {
      if (api::Status st = Execute(node.children, item, out); !st.ok()) return st;
    }
  }
  return api::Status::Ok();
}

}  // namespace

api::Status RunJsonPath(const std::string& tmpl, const nlohmann::json& data, std::string& out) {
  std::vector<Node> root;
  if (api::Status st = ParseTemplate(tmpl, root); !st.ok()) return st;
  return Execute(root, data, out);
}

api::Status FindJsonPathResults(const std::string& tmpl, const nlohmann::json& data,
                                std::vector<std::vector<nlohmann::json>>& results) {
  std::vector<Node> root;
  if (api::Status st = ParseTemplate(tmpl, root); !st.ok()) return st;
  for (const Node& node : root) {
    if (node.kind == Node::Kind::kRange) return Error("range is not supported here");
    Values values;
    if (node.kind == Node::Kind::kText) {
      values.push_back(node.text);
    } else if (api::Status st = Evaluate(node.steps, data, values); !st.ok()) {
      return st;
    }
    results.push_back(std::move(values));
  }
  return api::Status::Ok();
}

}  // namespace jobsim::kubectl
