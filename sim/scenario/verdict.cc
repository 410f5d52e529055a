#include "sim/scenario/verdict.h"

#include <fmt/format.h>

#include "sim/scenario/field_path.h"

namespace jobsim::scenario {
namespace {

bool Present(const Json* v) { return v != nullptr && !v->is_null(); }

bool ValuesEqual(const Json& want, const Json& got) {
  if (want.is_number() && got.is_number()) return want.get<double>() == got.get<double>();
  if (want.type() == got.type()) return want == got;
  if (want.is_primitive() && got.is_primitive() && (want.is_string() || got.is_string())) {
    return ScalarText(want) == ScalarText(got);
  }
  return false;
}

}  // namespace

void AddWant(std::string& want, const std::string& part) { want += (want.empty() ? "" : " and ") + part; }

std::string ValueText(const Json* value) { return value ? value->dump() : "<absent>"; }

Verdict TestValue(const ValueTest& test, const Json* actual) {
  Verdict v;
  v.passed = true;
  v.got = ValueText(actual);
  const bool present = Present(actual);
  if (test.exists) {
    AddWant(v.want, *test.exists ? "present" : "absent");
    v.passed = v.passed && present == *test.exists;
  }
  if (test.equals) {
    AddWant(v.want, test.equals->dump());
    v.passed = v.passed && present && ValuesEqual(*test.equals, *actual);
  }
  if (test.at_least) {
    AddWant(v.want, "at least " + test.at_least->dump());
    v.passed = v.passed && present && actual->is_number() && actual->get<double>() >= test.at_least->get<double>();
  }
  if (test.at_most) {
    AddWant(v.want, "at most " + test.at_most->dump());
    v.passed = v.passed && present && actual->is_number() && actual->get<double>() <= test.at_most->get<double>();
  }
  if (test.matches) {
    AddWant(v.want, fmt::format("a match for /{}/", test.matches->text));
    v.passed = v.passed && present && std::regex_search(ScalarText(*actual), *test.matches->re);
  }
  return v;
}

Verdict TestCount(const CountTest& test, int64_t count) {
  Verdict v;
  v.passed = true;
  v.got = std::to_string(count);
  if (test.equals) {
    AddWant(v.want, std::to_string(*test.equals));
    v.passed = v.passed && count == *test.equals;
  }
  if (test.at_least) {
    AddWant(v.want, fmt::format("at least {}", *test.at_least));
    v.passed = v.passed && count >= *test.at_least;
  }
  if (test.at_most) {
    AddWant(v.want, fmt::format("at most {}", *test.at_most));
    v.passed = v.passed && count <= *test.at_most;
  }
  return v;
}

}  // namespace jobsim::scenario
