// Deciding a value test (`equals`, `atLeast`, `atMost`, `matches`, `exists`)
// or a count test against what the API shows, with the texts a report prints:
// "want 41, got 40". Pure functions.
//
// Comparison rules: numbers compare by value (41 equals 41.0); a string
// compares with the text of a number or boolean ("41" equals 41); maps and
// lists compare structurally. `matches` searches the value's text. An absent
// field or a JSON null only satisfies `exists: false`.
#pragma once

#include <cstdint>
#include <string>

#include "sim/scenario/scenario.h"

namespace jobsim::scenario {

struct Verdict {
  bool passed = false;
  std::string want;  // "41", "at least 41 and at most 50", "absent"
  std::string got;   // "40", "<absent>"
  std::string Message() const { return "want " + want + ", got " + got; }
};

// actual: nullptr when the field is absent.
Verdict TestValue(const ValueTest& test, const Json* actual);
Verdict TestCount(const CountTest& test, int64_t count);

// Joins the parts of an expectation: "at least 1" + "at most 5" -> "at least 1 and at most 5".
void AddWant(std::string& want, const std::string& part);

// The text of a value in messages: JSON (strings quoted), "<absent>" for nullptr.
std::string ValueText(const Json* value);

}  // namespace jobsim::scenario
