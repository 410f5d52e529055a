#include "sim/scenario/suite.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "sim/scenario/file_text.h"
#include "sim/scenario/parser.h"
#include "sim/scenario/runner.h"
#include "sim/scenario/transcript.h"

namespace jobsim::scenario {
namespace {

namespace fs = std::filesystem;

// A manifest beside the scenarios has a kind other than Scenario; anything
// else (including a file that is not YAML) is treated as a scenario.
bool IsScenarioFile(const fs::path& path) {
  try {
    const YAML::Node doc = YAML::LoadFile(path.string());
    if (!doc.IsMap()) return true;
    const YAML::Node kind = doc["kind"];
    return !kind.IsDefined() || !kind.IsScalar() || kind.Scalar() == "Scenario";
  } catch (const YAML::Exception&) {
    return true;
  }
}

std::vector<fs::path> ScenarioFiles(const std::string& dir, std::error_code& ec) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml" && IsScenarioFile(entry.path())) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// "" when equal, else where the first difference is.
std::string FirstDifference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) return want == got ? "" : "at the end (newline)";
    if (more_a != more_b || la != lb) {
      return fmt::format("at line {}\n    want: {}\n    got:  {}", line, more_a ? la : "<end of file>",
                         more_b ? lb : "<end of file>");
    }
  }
}

// One scenario; returns whether it passed.
bool RunOne(const fs::path& file, const SuiteOptions& options, std::ostream& out) {
  const std::string name = file.stem().string();
  Scenario scenario;
  if (api::Status st = LoadScenario(file.string(), scenario); !st.ok()) {
    out << "INVALID " << name << ": " << st.message() << "\n";
    return false;
  }
  Report report;
  if (api::Status st = RunScenario(scenario, RunOptions{}, report); !st.ok()) {
    out << "INVALID " << name << ": " << st.message() << "\n";
    return false;
  }
  const std::string transcript = RenderText(report);
  fs::path golden = file;
  golden.replace_extension(".golden");
  std::string problem;
  if (options.update) {
    std::ofstream(golden, std::ios::binary) << transcript;
  } else if (auto want = ReadTextFile(golden.string())) {
    if (std::string diff = FirstDifference(*want, transcript); !diff.empty()) {
      problem = fmt::format("transcript differs from {} {}", golden.filename().string(), diff);
    }
  }
  if (problem.empty() && report.failed() > 0) {
    problem = fmt::format("{} of {} checks failed", report.failed(), report.passed() + report.failed());
  }
  if (!problem.empty()) {
    out << "FAIL " << name << ": " << problem << "\n";
    return false;
  }
  out << "ok   " << name << " (" << report.passed() << " checks" << (options.update ? ", golden updated" : "")
      << ")\n";
  return true;
}

}  // namespace

int RunSuite(const std::string& dir, const SuiteOptions& options, std::ostream& out) {
  std::error_code ec;
  const std::vector<fs::path> files = ScenarioFiles(dir, ec);
  if (ec) {
    out << "jobsim test: cannot read " << dir << ": " << ec.message() << "\n";
    return 2;
  }
  if (files.empty()) {
    out << "jobsim test: no scenarios in " << dir << "\n";
    return 2;
  }
  int passed = 0;
  for (const fs::path& file : files) passed += RunOne(file, options, out) ? 1 : 0;
  const int failed = static_cast<int>(files.size()) - passed;
  out << fmt::format("{} scenarios: {} passed, {} failed\n", files.size(), passed, failed);
  return failed == 0 ? 0 : 1;
}

}  // namespace jobsim::scenario
