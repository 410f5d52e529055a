// Builders for validation causes, rendered the way apimachinery's field.Error
// renders them ("spec.parallelism: Invalid value: -1: must be greater than or
// equal to 0").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "fakeapi/status.h"

namespace jobsim::api {

class FieldErrors {
 public:
  void Required(const std::string& path, const std::string& detail = "") {
    Add("FieldValueRequired", path, "Required value" + Suffix(detail));
  }
  void Invalid(const std::string& path, const std::string& value_text, const std::string& detail) {
    Add("FieldValueInvalid", path, "Invalid value: " + value_text + Suffix(detail));
  }
  // An Invalid error whose value is not printed (field.OmitValueType upstream).
  void InvalidNoValue(const std::string& path, const std::string& detail) {
    Add("FieldValueInvalid", path, "Invalid value: " + detail);
  }
  void InvalidInt(const std::string& path, int64_t value, const std::string& detail) {
    Invalid(path, std::to_string(value), detail);
  }
  void InvalidString(const std::string& path, const std::string& value, const std::string& detail) {
    Invalid(path, Quote(value), detail);
  }
  void NotSupported(const std::string& path, const std::string& value,
                    const std::vector<std::string>& supported) {
    std::string list;
    for (const auto& s : supported) list += (list.empty() ? "" : ", ") + Quote(s);
    Add("FieldValueNotSupported", path,
        fmt::format("Unsupported value: {}: supported values: {}", Quote(value), list));
  }
  void Forbidden(const std::string& path, const std::string& detail) {
    Add("FieldValueForbidden", path, "Forbidden: " + detail);
  }
  void Duplicate(const std::string& path, const std::string& value) {
    Add("FieldValueDuplicate", path, "Duplicate value: " + Quote(value));
  }
  // field.TooMany in k8s.io/apimachinery/pkg/util/validation/field/errors.go.
  void TooMany(const std::string& path, size_t actual, size_t max) {
    Add("FieldValueTooMany", path,
        fmt::format("Too many: {}: must have at most {} {}", actual, max, max == 1 ? "item" : "items"));
  }
  // field.TooLong (errors.go, 1.32+ wording): the value is never printed.
  void TooLong(const std::string& path, size_t max) {
    Add("FieldValueTooLong", path, fmt::format("Too long: may not be more than {} {}", max, max == 1 ? "byte" : "bytes"));
  }
  void DuplicateInt(const std::string& path, int64_t value) {
    Add("FieldValueDuplicate", path, "Duplicate value: " + std::to_string(value));
  }
  void Immutable(const std::string& path, const std::string& value_text) {
    Invalid(path, value_text, "field is immutable");
  }
  // path: a view, so that the usual valid value builds no string.
  void NonNegative(std::string_view path, const std::optional<int64_t>& value) {
    if (value && *value < 0) InvalidInt(std::string(path), *value, "must be greater than or equal to 0");
  }

  bool empty() const { return causes_.empty(); }
  size_t size() const { return causes_.size(); }
  Status ToStatus(const std::string& kind_group, const std::string& name) const {
    return empty() ? Status::Ok() : Status::Invalid(kind_group, name, causes_);
  }
  static std::string Quote(const std::string& s) { return "\"" + s + "\""; }

 private:
  static std::string Suffix(const std::string& detail) { return detail.empty() ? "" : ": " + detail; }
  void Add(const char* type, const std::string& path, const std::string& text) {
    causes_.push_back({type, text, path});
  }
  std::vector<StatusCause> causes_;
};

}  // namespace jobsim::api
