// The completed/failed index format ("1,3-5,7") as the API server validates
// it: validateIndexesFormat, parseIndexInterval and
// validateFailedIndexesNotOverlapCompleted in
// pkg/apis/batch/validation/validation.go. Strict, unlike the controller's
// lenient parser (controller/indexed_job.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace jobsim::api {

// strconv.Atoi: an optional sign, then decimal digits, within int64.
bool GoAtoi(const std::string& s, int64_t& out);

// Increasing intervals below completions. Returns the error text, or nullopt
// and the number of indexes in total.
std::optional<std::string> ValidateIndexesFormat(const std::string& text, int32_t completions, int64_t& total);

// The first index both lists hold ("failedIndexes and completedIndexes overlap
// at index: 3"); fragments that do not parse are skipped.
std::optional<std::string> FailedIndexesOverlapCompleted(const std::string& completed, const std::string& failed,
                                                         int32_t completions);

}  // namespace jobsim::api
