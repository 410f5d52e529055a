#include "kubectl/natural_order.h"

#include "kubectl/ascii.h"

namespace jobsim::kubectl {
namespace {

// Moves `i` past the zeros, then past the digits; returns where the digits began.
size_t SkipNumber(std::string_view s, size_t& i) {
  while (i < s.size() && s[i] == '0') ++i;
  const size_t non_zero = i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  return non_zero;
}

}  // namespace

bool NaturalLess(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const bool digit_a = IsDigit(a[i]), digit_b = IsDigit(b[j]);
    if (digit_a != digit_b) return digit_a;
    if (!digit_a) {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
      ++i;
      ++j;
      continue;
    }
    const size_t start_a = SkipNumber(a, i), start_b = SkipNumber(b, j);
    const size_t length_a = i - start_a, length_b = j - start_b;
    if (length_a != length_b) return length_a < length_b;
    const std::string_view number_a = a.substr(start_a, length_a), number_b = b.substr(start_b, length_b);
    if (number_a != number_b) return number_a < number_b;
    if (start_a != start_b) return start_a < start_b;
  }
  return a.size() < b.size();
}

}  // namespace jobsim::kubectl
