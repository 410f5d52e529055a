#include "kubectl/quantity.h"

#include <array>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "kubectl/ascii.h"

namespace jobsim::kubectl {
namespace {

struct Suffix {
  const char* text;
  Quantity::Format format;
  int64_t milli;  // the suffix's value in milli-units
};

// apimachinery/pkg/api/resource/suffix.go, largest first within each format.
constexpr std::array kSuffixes = {
    Suffix{"Ei", Quantity::Format::kBinarySI, 0}, Suffix{"Pi", Quantity::Format::kBinarySI, 1125899906842624000},
    Suffix{"Ti", Quantity::Format::kBinarySI, 1099511627776000}, Suffix{"Gi", Quantity::Format::kBinarySI, 1073741824000},
    Suffix{"Mi", Quantity::Format::kBinarySI, 1048576000},    Suffix{"Ki", Quantity::Format::kBinarySI, 1024000},
    Suffix{"E", Quantity::Format::kDecimalSI, 0},             Suffix{"P", Quantity::Format::kDecimalSI, 1000000000000000000},
    Suffix{"T", Quantity::Format::kDecimalSI, 1000000000000000}, Suffix{"G", Quantity::Format::kDecimalSI, 1000000000000},
    Suffix{"M", Quantity::Format::kDecimalSI, 1000000000},    Suffix{"k", Quantity::Format::kDecimalSI, 1000000},
    Suffix{"", Quantity::Format::kDecimalSI, 1000},           Suffix{"m", Quantity::Format::kDecimalSI, 1},
};

size_t SkipDigits(const std::string& text, size_t pos) {
  while (pos < text.size() && IsDigit(text[pos])) ++pos;
  return pos;
}

// suffix.go's quantitySuffixer.interpret: the multiplier of a suffix.
std::optional<long double> SuffixMultiplier(const std::string& suffix) {
  struct Named {
    const char* text;
    int base;
    int exponent;
  };
  static constexpr Named kNamed[] = {{"n", 10, -9},  {"u", 10, -6},  {"m", 10, -3},  {"", 10, 0},    {"k", 10, 3},
                                     {"M", 10, 6},   {"G", 10, 9},   {"T", 10, 12},  {"P", 10, 15},  {"E", 10, 18},
                                     {"Ki", 2, 10},  {"Mi", 2, 20},  {"Gi", 2, 30},  {"Ti", 2, 40},  {"Pi", 2, 50},
                                     {"Ei", 2, 60}};
  for (const Named& n : kNamed) {
    if (suffix == n.text) return std::pow(static_cast<long double>(n.base), static_cast<long double>(n.exponent));
  }
  if (suffix.size() < 2 || (suffix[0] != 'e' && suffix[0] != 'E')) return std::nullopt;
  const size_t digits = suffix[1] == '-' || suffix[1] == '+' ? 2 : 1;
  if (digits >= suffix.size() || SkipDigits(suffix, digits) != suffix.size() || suffix.size() - digits > 9) {
    return std::nullopt;
  }
  return std::pow(10.0L, std::strtold(suffix.c_str() + 1, nullptr));
}

}  // namespace

std::optional<long double> ParseQuantityValue(const std::string& text) {
  if (text.empty()) return std::nullopt;
  size_t pos = text[0] == '-' || text[0] == '+' ? 1 : 0;
  const size_t number_start = pos;
  pos = SkipDigits(text, pos);
  if (pos < text.size() && text[pos] == '.') pos = SkipDigits(text, pos + 1);
  const std::string number = text.substr(number_start, pos - number_start);
  // The suffix: letters of "eEinumkKMGTP", then an optional sign and digits to the end.
  const size_t suffix_start = pos;
  while (pos < text.size() && std::string_view("eEinumkKMGTP").find(text[pos]) != std::string_view::npos) ++pos;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
  if (SkipDigits(text, pos) != text.size()) return std::nullopt;
  const auto multiplier = SuffixMultiplier(text.substr(suffix_start));
  if (!multiplier) return std::nullopt;
  const bool has_digits = number.find_first_of("0123456789") != std::string::npos;
  const long double magnitude = has_digits ? std::strtold(("0" + number).c_str(), nullptr) * *multiplier : 0.0L;
  return text[0] == '-' ? -magnitude : magnitude;
}

std::optional<Quantity> Quantity::Parse(const std::string& text) {
  size_t pos = 0;
  const bool negative = pos < text.size() && text[pos] == '-';
  if (negative || (pos < text.size() && text[pos] == '+')) ++pos;
  const size_t digits = pos;
  while (pos < text.size() && (std::isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == '.')) ++pos;
  if (pos == digits) return std::nullopt;
  const std::string number = text.substr(digits, pos - digits);
  const std::string suffix = text.substr(pos);
  Quantity q;
  int64_t scale = 0;
  if (!suffix.empty() && (suffix[0] == 'e' || suffix[0] == 'E') && suffix.size() > 1) {
    const int exponent = std::atoi(suffix.c_str() + 1);
    scale = static_cast<int64_t>(std::llround(1000 * std::pow(10.0, exponent)));
    q.format = Format::kDecimalExponent;
  } else {
    for (const Suffix& s : kSuffixes) {
      if (suffix == s.text && s.milli != 0) {
        scale = s.milli;
        q.format = s.format;
      }
    }
  }
  if (scale == 0) return std::nullopt;
  const size_t dot = number.find('.');
  const std::string whole = number.substr(0, dot);
  const std::string fraction = dot == std::string::npos ? "" : number.substr(dot + 1);
  q.milli = (whole.empty() ? 0 : std::stoll(whole)) * scale;
  int64_t unit = scale;
  for (char c : fraction) {
    unit /= 10;
    q.milli += (c - '0') * unit;
  }
  if (negative) q.milli = -q.milli;
  return q;
}

void Quantity::Add(const Quantity& other) {
  if (milli == 0) format = other.format;
  milli += other.milli;
}

std::string Quantity::String() const {
  if (milli == 0) return "0";
  const int64_t magnitude = milli < 0 ? -milli : milli;
  const char* sign = milli < 0 ? "-" : "";
  if (magnitude % 1000 != 0) return fmt::format("{}{}m", sign, magnitude);
  const Format wanted = format == Format::kBinarySI ? Format::kBinarySI : Format::kDecimalSI;
  for (const Suffix& s : kSuffixes) {
    if (s.format != wanted || s.milli == 0 || s.milli < 1000 || magnitude % s.milli != 0) continue;
    return fmt::format("{}{}{}", sign, magnitude / s.milli, s.text);
  }
  return fmt::format("{}{}", sign, magnitude / 1000);
}

int64_t PercentOf(int64_t part, int64_t whole) {
  if (whole == 0) return LLONG_MIN;
  return static_cast<int64_t>(static_cast<double>(part) / static_cast<double>(whole) * 100);
}

}  // namespace jobsim::kubectl
