// The digits of pi, for the built-in `perl -Mbignum=bpi -wle 'print bpi(N)'`
// (the Job example of the Kubernetes docs and of the seed notes).
#pragma once

#include <string>

namespace jobsim::sim {

// pi rounded to `significant_digits` digits, as Math::BigFloat's bpi(N)
// prints it: bpi(5) = "3.1416", bpi(1) = "3". Computed with the
// Rabinowitz-Wagon spigot (integer only, O(N^2)).
// REQUIRES: significant_digits >= 1.
std::string PiToSignificantDigits(int significant_digits);

}  // namespace jobsim::sim
