#include "kubectl/custom_columns.h"

#include <algorithm>
#include <charconv>

#include "kubectl/jsonpath.h"
#include "kubectl/tabwriter.h"

namespace jobsim::kubectl {
namespace {

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? separator : "") + parts[i];
  return out;
}

// Go's %v of a float64 (strconv 'g', shortest): the fewest digits that read
// back the same, in exponent form when the exponent is < -4 or >= 6
// (1e+06, 1.5e-05), else plain (123456, 0.5).
std::string GoFloat(double value) {
  char buffer[64];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
  const std::string text(buffer, end);  // "-1.2345e+06"
  const size_t e = text.find('e');
  const int exponent = std::stoi(text.substr(e + 1));
  const bool negative = text[0] == '-';
  std::string digits = text.substr(negative ? 1 : 0, e - (negative ? 1 : 0));
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  const std::string sign = negative ? "-" : "";
  if (exponent < -4 || exponent >= 6) {
    std::string mantissa = digits.substr(0, 1) + (digits.size() > 1 ? "." + digits.substr(1) : "");
    const std::string exp_digits = std::to_string(exponent < 0 ? -exponent : exponent);
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp_digits.size() < 2 ? "0" : "") + exp_digits;
  }
  if (exponent < 0) return sign + "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
  const auto point = static_cast<size_t>(exponent) + 1;
  if (digits.size() <= point) return sign + digits + std::string(point - digits.size(), '0');
  return sign + digits.substr(0, point) + "." + digits.substr(point);
}

// One cell: every value the path found, or <none> (customcolumn.go printOneObject).
std::string Cell(const CustomColumn& column, const nlohmann::json& object) {
  std::vector<std::vector<nlohmann::json>> results;
  if (!FindJsonPathResults(column.field_spec, object, results).ok()) return "<none>";
  std::vector<std::string> values;
  if (results.empty() || results[0].empty()) values.push_back("<none>");
  for (const auto& group : results) {
    for (const auto& value : group) values.push_back(GoValueText(value));
  }
  return Join(values, ",");
}

}  // namespace

api::Status RelaxedJsonPath(const std::string& path, std::string& out) {
  if (path.empty()) {
    out.clear();
    return api::Status::Ok();
  }
  // ^\{\.?([^{}]+)\}$|^\.?([^{}]+)$
  std::string inner = path;
  const bool braced = inner.size() >= 2 && inner.front() == '{' && inner.back() == '}';
  if (braced) inner = inner.substr(1, inner.size() - 2);
  if (!inner.empty() && inner.front() == '.') inner.erase(0, 1);
  if (inner.empty() || inner.find_first_of("{}") != std::string::npos) {
    return api::Status::BadRequest(
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or "
        "'{.name1.name2}'");
  }
  out = "{." + inner + "}";
  return api::Status::Ok();
}

api::Status ParseCustomColumns(const std::string& spec, std::vector<CustomColumn>& columns) {
  if (spec.empty()) return api::Status::BadRequest("custom-columns format specified but no custom columns given");
  size_t start = 0;
  while (true) {
    const size_t comma = spec.find(',', start);
    const std::string part = spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const size_t colon = part.find(':');
    if (colon == std::string::npos) {
      return api::Status::BadRequest("unexpected custom-columns spec: " + part +
                                     ", expected <header>:<json-path-expr>");
    }
    CustomColumn column{part.substr(0, colon), ""};
    if (api::Status st = RelaxedJsonPath(part.substr(colon + 1), column.field_spec); !st.ok()) return st;
    columns.push_back(std::move(column));
    if (comma == std::string::npos) return api::Status::Ok();
    start = comma + 1;
  }
}

std::string GoValueText(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "<nil>";
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_float()) return GoFloat(value.get<double>());
  if (value.is_number()) return value.dump();
  std::vector<std::string> parts;
  if (value.is_object()) {  // nlohmann's object keeps keys sorted, as Go's fmt prints maps
    for (auto it = value.begin(); it != value.end(); ++it) parts.push_back(it.key() + ":" + GoValueText(*it));
    return "map[" + Join(parts, " ") + "]";
  }
  for (const auto& item : value) parts.push_back(GoValueText(item));
  return "[" + Join(parts, " ") + "]";
}

std::string RenderCustomColumns(const std::vector<CustomColumn>& columns, const std::vector<nlohmann::json>& objects,
                                const KubectlRules& rules) {
  // printers.GetNewTabWriter, as for the table printer.
  TabWriter w = rules.legacy_layout ? TabWriter(10, 4, 3, ' ', 0) : TabWriter(6, 4, 3, ' ', TabWriter::kRememberWidths);
  std::vector<std::string> cells;
  for (const auto& column : columns) cells.push_back(column.header);
  w.Write(Join(cells, "\t") + "\n");
  for (const auto& object : objects) {
    cells.clear();
    for (const auto& column : columns) cells.push_back(Cell(column, object));
    w.Write(Join(cells, "\t") + "\n");
  }
  w.Flush();
  return w.output();
}

}  // namespace jobsim::kubectl
