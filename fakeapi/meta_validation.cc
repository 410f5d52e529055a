// Object-name rules (k8s.io/apimachinery/pkg/util/validation).
#include "fakeapi/field_errors.h"
#include "fakeapi/strategy.h"

namespace jobsim::api {
namespace {

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

bool IsDns1123Label(const std::string& s) {
  if (s.empty() || s.size() > 63 || !IsAlnum(s.front()) || !IsAlnum(s.back())) return false;
  for (char c : s) {
    if (!IsAlnum(c) && c != '-') return false;
  }
  return true;
}

bool IsDns1123Subdomain(const std::string& s) {
  if (s.empty() || s.size() > 253) return false;
  size_t start = 0;
  while (true) {
    const auto dot = s.find('.', start);
    if (!IsDns1123Label(s.substr(start, dot == std::string::npos ? std::string::npos : dot - start))) {
      return false;
    }
    if (dot == std::string::npos) return true;
    start = dot + 1;
  }
}

void ValidateObjectName(const std::string& name, bool namespaced, FieldErrors& errors) {
  if (name.empty()) {
    errors.Required("metadata.name", "name or generateName is required");
  } else if (!IsDns1123Subdomain(name)) {
    errors.InvalidString("metadata.name", name,
                         "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                         "characters, '-' or '.', and must start and end with an alphanumeric "
                         "character (e.g. 'example.com', regex used for validation is "
                         "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
  }
}

}  // namespace jobsim::api
