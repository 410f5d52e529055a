#include "sim/node/pi_digits.h"

#include <cassert>
#include <vector>

namespace jobsim::sim {
namespace {

// Extra digits computed past the requested ones: enough to round correctly
// and to let the spigot release any held-back run of nines.
constexpr int kGuardDigits = 12;

// The first `count` decimal digits of pi ("31415..."), Rabinowitz-Wagon: the
// mixed-radix representation 2,2,2,... is multiplied by 10 per step; each step
// yields a predigit that is held back while nines follow, since a later
// carry may still turn them into zeros.
std::string PiDecimalDigits(int count) {
  const int len = count * 10 / 3 + 1;
  std::vector<int64_t> a(static_cast<size_t>(len), 2);
  std::string out;
  out.reserve(static_cast<size_t>(count) + 2);
  int nines = 0;
  int predigit = 0;
  for (int j = 0; j < count; ++j) {
    int64_t q = 0;
    for (int i = len; i > 0; --i) {
      const int64_t x = 10 * a[static_cast<size_t>(i - 1)] + q * i;
      a[static_cast<size_t>(i - 1)] = x % (2 * i - 1);
      q = x / (2 * i - 1);
    }
    a[0] = q % 10;
    q /= 10;
    if (q == 9) {
      ++nines;
    } else if (q == 10) {
      out += static_cast<char>('0' + predigit + 1);
      out.append(static_cast<size_t>(nines), '0');
      predigit = 0;
      nines = 0;
    } else {
      out += static_cast<char>('0' + predigit);
      predigit = static_cast<int>(q);
      out.append(static_cast<size_t>(nines), '9');
      nines = 0;
    }
  }
  out += static_cast<char>('0' + predigit);
  // The first emitted predigit is the spigot's leading 0.
  return out.substr(1);
}

}  // namespace

std::string PiToSignificantDigits(int significant_digits) {
  assert(significant_digits >= 1);
  std::string digits = PiDecimalDigits(significant_digits + kGuardDigits);
  // Round half up at the requested length (Math::BigFloat rounds half to
  // even; pi has no exact ties within any length jobsim prints).
  const bool round_up = digits[static_cast<size_t>(significant_digits)] >= '5';
  digits.resize(static_cast<size_t>(significant_digits));
  for (size_t i = digits.size(); round_up && i-- > 0;) {
    if (digits[i] == '9') {
      digits[i] = '0';
      continue;
    }
    ++digits[i];
    break;
  }
  return digits.size() == 1 ? digits : digits.substr(0, 1) + "." + digits.substr(1);
}

}  // namespace jobsim::sim
