#include "kubectl/json_printer.h"

#include <fmt/format.h>

#include "kubectl/tabwriter.h"

namespace jobsim::kubectl {
namespace {

void Indent(std::string& out, int depth) {
  out += '\n';
  out.append(static_cast<size_t>(4 * depth), ' ');
}

void Encode(const nlohmann::json& v, int depth, std::string& out) {
  if (v.is_object()) {
    if (v.empty()) {
      out += "{}";
      return;
    }
    out += '{';
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) out += ',';
      first = false;
      Indent(out, depth + 1);
      out += GoJsonString(it.key()) + ": ";
      Encode(*it, depth + 1, out);
    }
    Indent(out, depth);
    out += '}';
  } else if (v.is_array()) {
    if (v.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i > 0) out += ',';
      Indent(out, depth + 1);
      Encode(v[i], depth + 1, out);
    }
    Indent(out, depth);
    out += ']';
  } else if (v.is_string()) {
    out += GoJsonString(v.get<std::string>());
  } else {
    out += v.dump();
  }
}

}  // namespace

std::string GoJsonString(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '"' || c == '\\')
        out += std::string("\\") + static_cast<char>(c);
      else if (c == '\n')
        out += "\\n";
      else if (c == '\r')
        out += "\\r";
      else if (c == '\t')
        out += "\\t";
      else if (c == '\b')
        out += "\\b";  // Go 1.22+ short forms
      else if (c == '\f')
        out += "\\f";
      else if (c < 0x20 || c == '<' || c == '>' || c == '&')
        out += fmt::format("\\u00{:02x}", c);
      else
        out += static_cast<char>(c);
      ++i;
      continue;
    }
    // Find the length of a valid sequence; invalid bytes become U+FFFD.
    size_t len = 0;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF)
      len = 3;
    else if (c >= 0xF0 && c <= 0xF4)
      len = 4;
    const std::string_view seq = std::string_view(s).substr(i, len);
    if (len == 0 || seq.size() != len || RuneCount(seq) != 1) {
      out += "\\ufffd";
      ++i;
      continue;
    }
    if (seq == "\xE2\x80\xA8")
      out += "\\u2028";
    else if (seq == "\xE2\x80\xA9")
      out += "\\u2029";
    else
      out += seq;
    i += len;
  }
  return out + "\"";
}

std::string ToGoJson(const nlohmann::json& value) {
  std::string out;
  Encode(value, 0, out);
  return out + "\n";
}

}  // namespace jobsim::kubectl
