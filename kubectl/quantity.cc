#include "kubectl/quantity.h"

#include <array>
#include <cctype>
#include <climits>
#include <cmath>

#include <fmt/format.h>

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

}  // namespace

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
