// Whole-file reads for scenario files, manifests and golden transcripts.
#pragma once

#include <optional>
#include <string>

namespace jobsim::scenario {

// The file's bytes, or nullopt when it cannot be opened.
std::optional<std::string> ReadTextFile(const std::string& path);

}  // namespace jobsim::scenario
