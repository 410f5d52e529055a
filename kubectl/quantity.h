// resource.Quantity, as far as `describe node` adds and prints them: a
// decimal number with an optional suffix (m, k, M, G, T, P, E; Ki ... Ei) or
// exponent, held in milli-units, printed in the canonical form
// (Quantity.String): the largest suffix of the quantity's format that keeps
// the number whole. Quantities beyond int64 milli-units are not modelled.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace jobsim::kubectl {

struct Quantity {
  enum class Format { kDecimalSI, kBinarySI, kDecimalExponent };
  int64_t milli = 0;
  Format format = Format::kDecimalSI;

  static std::optional<Quantity> Parse(const std::string& text);
  // Adds the value; an empty (zero) quantity takes the other's format, as Quantity.Add.
  void Add(const Quantity& other);
  std::string String() const;
};

// resource.ParseQuantity's grammar, exactly (apimachinery/pkg/api/resource/
// quantity.go parseQuantityString and suffix.go): an optional sign, digits
// with an optional fraction, and one of the suffixes n u m "" k M G T P E,
// Ki ... Ei or e/E with an exponent; "-", "." and "Mi" are zero. The value
// as a long double, which orders the quantities kubectl sorts (Quantity.Cmp)
// except ones that differ beyond its 64-bit mantissa. nullopt when the text
// is no quantity.
std::optional<long double> ParseQuantityValue(const std::string& text);

// Go's int64(float64(part) / float64(whole) * 100) on amd64: a zero whole
// (NaN or ±Inf) converts to math.MinInt64.
int64_t PercentOf(int64_t part, int64_t whole);

}  // namespace jobsim::kubectl
