// Object-name rules (k8s.io/apimachinery/pkg/util/validation).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "fakeapi/field_errors.h"
#include "fakeapi/strategy.h"

namespace jobsim::api {
namespace {

// What a character can be in a DNS-1123 name, from a table: every object name
// is checked, one character at a time.
enum CharClass : uint8_t { kOther, kAlnum, kDash, kDot };
constexpr std::array<CharClass, 256> kCharClasses = [] {
  std::array<CharClass, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kAlnum;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kAlnum;
  classes['-'] = kDash;
  classes['.'] = kDot;
  return classes;
}();

CharClass ClassOf(char c) { return kCharClasses[static_cast<unsigned char>(c)]; }
bool IsAlnum(char c) { return ClassOf(c) == kAlnum; }

// dns1123SubdomainErrorMsg with its example and regex (RegexError).
constexpr const char* kDns1123SubdomainError =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
    "characters, '-' or '.', and must start and end with an alphanumeric "
    "character (e.g. 'example.com', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

bool IsDns1123LabelSyntax(std::string_view s) {
  if (s.empty() || !IsAlnum(s.front()) || !IsAlnum(s.back())) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return ClassOf(c) == kAlnum || ClassOf(c) == kDash; });
}

// Whether all eight bytes at p are lowercase alphanumerics, '-' or '.': each
// range test sets a byte's high bit when the byte is in the range (bytes
// below 0x80, so no sum carries into the next byte).
inline bool AllSubdomainChars(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80;
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  const auto in = [word](uint64_t lo, uint64_t hi) {
    return (word + kOnes * (0x80 - lo)) & ~(word + kOnes * (0x7f - hi)) & kHigh;
  };
  return (word & kHigh) == 0 && (in('a', 'z') | in('0', '9') | in('-', '.')) == kHigh;
}

// The subdomain regex alone, without the length limits: DNS-1123 labels joined
// by dots, so every dot has an alphanumeric character on both sides. Every
// object name, and every Event's, comes here: the characters are checked
// eight at a time (the last eight overlapping the others), then the few dots
// are found with memchr.
bool IsDns1123SubdomainSyntax(std::string_view s) {
  const size_t n = s.size();
  if (n == 0 || !IsAlnum(s.front()) || !IsAlnum(s.back())) return false;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (!AllSubdomainChars(s.data() + i)) return false;
    }
    if (!AllSubdomainChars(s.data() + n - 8)) return false;
  } else if (!std::all_of(s.begin(), s.end(), [](char c) { return ClassOf(c) != kOther; })) {
    return false;
  }
  // The ends are alphanumeric, so a dot has a character on both sides.
  for (size_t dot = s.find('.'); dot != std::string_view::npos; dot = s.find('.', dot + 1)) {
    if (!IsAlnum(s[dot - 1]) || !IsAlnum(s[dot + 1])) return false;
  }
  return true;
}

// httpPathFmt: unreserved, percent, sub-delims, ':' and '/'.
bool IsHttpPathChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         std::string_view("/-._~%!$&'()*+,;=:").find(c) != std::string_view::npos;
}

}  // namespace

bool IsDns1123Label(const std::string& s) { return s.size() <= 63 && IsDns1123LabelSyntax(s); }

bool IsDns1123Subdomain(std::string_view s) {
  return s.size() <= kMaxDns1123SubdomainLength && IsDns1123SubdomainSyntax(s);
}

void ValidateObjectName(std::string_view name, bool namespaced, FieldErrors& errors) {
  if (name.empty()) {
    errors.Required("metadata.name", "name or generateName is required");
  } else if (!IsDns1123Subdomain(name)) {
    errors.InvalidString("metadata.name", std::string(name), kDns1123SubdomainError);
  }
}

// IsDomainPrefixedPath: "acme.io/foo", a DNS-1123 subdomain, a slash, then
// HTTP path characters (RFC 3986).
void ValidateDomainPrefixedPath(const std::string& path, const std::string& value, FieldErrors& errors) {
  if (value.empty()) {
    errors.Required(path);
    return;
  }
  const size_t slash = value.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == value.size()) {
    errors.InvalidString(path, value, "must be a domain-prefixed path (such as \"acme.io/foo\")");
    return;
  }
  const std::string host = value.substr(0, slash);
  if (host.size() > kMaxDns1123SubdomainLength) {
    errors.InvalidString(path, host, "must be no more than 253 characters");
  }
  if (!IsDns1123SubdomainSyntax(host)) errors.InvalidString(path, host, kDns1123SubdomainError);
  const std::string rest = value.substr(slash + 1);
  if (!std::all_of(rest.begin(), rest.end(), IsHttpPathChar)) {
    errors.InvalidString(path, rest, "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')");
  }
}

}  // namespace jobsim::api
