#include "sim/scenario/stable_names.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace jobsim::scenario {
namespace {

// Characters of object names (DNS subdomains) and of hex ids.
bool NameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }
bool HexChar(char c) { return (c >= 'a' && c <= 'f') || (c >= '0' && c <= '9'); }

// Container ids are 64 hex digits, shown as 12 (docker's short id); image ids as sha256:<64>.
constexpr size_t kShortestId = 12;
bool IsHexId(const std::string& token) {
  return token.size() >= kShortestId && std::all_of(token.begin(), token.end(), HexChar);
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string Prefix(const std::string& ns) { return ns.empty() || ns == "default" ? "" : ns + "/"; }

}  // namespace

std::string StableNames::AddPod(const std::string& ns, const std::string& name, const std::string& generate_name) {
  std::string stable = name;
  if (!generate_name.empty()) {
    stable = fmt::format("{}#{}", generate_name, ++created_[ns + "/" + generate_name]);
    generated_[name] = stable;
  }
  pods_[ns + "/" + name] = stable;
  return Prefix(ns) + "pod/" + stable;
}

std::string StableNames::Subject(const std::string& kind, const std::string& ns, const std::string& name) const {
  if (kind == "Pod") {
    const auto it = pods_.find(ns + "/" + name);
    return Prefix(ns) + "pod/" + (it == pods_.end() ? name : it->second);
  }
  return Prefix(ns) + Lower(kind) + "/" + name;
}

std::string StableNames::Normalize(const std::string& text) const {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (!NameChar(text[i])) {
      out += text[i++];
      continue;
    }
    size_t end = i;
    while (end < text.size() && NameChar(text[end])) ++end;
    // A full stop after a name ends the sentence; it is not part of the name.
    size_t name_end = end;
    while (name_end > i && text[name_end - 1] == '.') --name_end;
    const std::string token = text.substr(i, name_end - i);
    if (const auto it = generated_.find(token); it != generated_.end()) out += it->second;
    else if (IsHexId(token)) out += "<id>";
    else out += token;
    out += text.substr(name_end, end - name_end);
    i = end;
  }
  return out;
}

}  // namespace jobsim::scenario
