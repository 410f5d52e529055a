// `jobsim test DIR`: every scenario in a directory, each compared with its
// golden transcript. A scenario is a `*.yaml` file whose kind is Scenario
// (manifests next to it are skipped); its golden file is `<name>.golden`
// beside it. A scenario passes when it is valid, all its checks pass, and its
// transcript equals the golden file when there is one.
#pragma once

#include <ostream>
#include <string>

namespace jobsim::scenario {

struct SuiteOptions {
  bool update = false;  // write each transcript to its golden file instead of comparing
};

// Prints one line per scenario and a summary. Returns the exit code: 0 all
// passed, 1 some failed, 2 the directory holds no scenario or cannot be read.
int RunSuite(const std::string& dir, const SuiteOptions& options, std::ostream& out);

}  // namespace jobsim::scenario
