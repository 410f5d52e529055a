#include "kubectl/json_printer.h"

#include <fmt/format.h>

#include "kubectl/go_field_order.h"
#include "kubectl/tabwriter.h"

namespace jobsim::kubectl {
namespace {

void Indent(std::string& out, int depth) {
  out += '\n';
  out.append(static_cast<size_t>(4 * depth), ' ');
}

// `type` is the Go struct `v` decodes into (go_field_order), or "" for an
// unstructured map, whose keys encoding/json sorts. A struct's keys come in
// declaration order; a key the struct lacks is dropped, as json.Unmarshal
// into the struct dropped it.
void Encode(const nlohmann::json& v, std::string_view type, int depth, std::string& out);

void EncodeMember(const std::string& key, const nlohmann::json& value, std::string_view type, int depth,
                  bool& first, std::string& out) {
  if (!first) out += ',';
  first = false;
  Indent(out, depth + 1);
  out += GoJsonString(key) + ": ";
  Encode(value, type, depth + 1, out);
}

void EncodeObject(const nlohmann::json& v, std::string_view type, int depth, std::string& out) {
  if (v.empty()) {
    out += "{}";
    return;
  }
  if (type == kGoRawExtension) {
    type = GoObjectType(v.value("apiVersion", ""), v.value("kind", ""));
  }
  const std::span<const GoField> fields = GoStructFields(type);
  bool first = true;
  out += '{';
  if (fields.empty()) {
    for (auto it = v.begin(); it != v.end(); ++it) EncodeMember(it.key(), *it, "", depth, first, out);
  } else {
    for (const GoField& f : fields) {
      if (auto it = v.find(std::string(f.key)); it != v.end()) EncodeMember(it.key(), *it, f.type, depth, first, out);
    }
  }
  if (first) {
    out += '}';  // every key dropped: "{}", as for an empty map
    return;
  }
  Indent(out, depth);
  out += '}';
}

void Encode(const nlohmann::json& v, std::string_view type, int depth, std::string& out) {
  if (v.is_object()) {
    EncodeObject(v, type, depth, out);
  } else if (v.is_array()) {
    if (v.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i > 0) out += ',';
      Indent(out, depth + 1);
      Encode(v[i], type, depth + 1, out);
    }
    Indent(out, depth);
    out += ']';
  } else if (v.is_string()) {
    out += GoJsonString(v.get<std::string>());
  } else {
    out += v.dump();
  }
}

void EncodeCompact(const nlohmann::json& v, std::string& out) {
  if (v.is_object()) {
    out += '{';
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (it != v.begin()) out += ',';
      out += GoJsonString(it.key()) + ':';
      EncodeCompact(*it, out);
    }
    out += '}';
  } else if (v.is_array()) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i > 0) out += ',';
      EncodeCompact(v[i], out);
    }
    out += ']';
  } else if (v.is_string()) {
    out += GoJsonString(v.get<std::string>());
  } else {
    out += v.dump();
  }
}

}  // namespace

std::string ToGoJsonCompact(const nlohmann::json& value) {
  std::string out;
  EncodeCompact(value, out);
  return out;
}

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
  Encode(value, "", 0, out);
  return out + "\n";
}

std::string ToGoJsonInStructOrder(const nlohmann::json& value) {
  std::string out;
  Encode(value, kGoRawExtension, 0, out);
  return out + "\n";
}

}  // namespace jobsim::kubectl
