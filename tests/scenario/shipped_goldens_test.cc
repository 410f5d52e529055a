// `jobsim test` compares a transcript only when its golden exists; the
// shipped folder promises one per scenario, so a missing golden is a failure here.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

TEST_CASE("every shipped scenario has its golden transcript") {
  const fs::path dir = fs::path(JOBSIM_SOURCE_DIR) / "scenarios";
  size_t scenarios = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".yaml") continue;
    std::ifstream in(entry.path());
    std::string line;
    bool is_scenario = false;
    while (std::getline(in, line)) is_scenario |= line == "kind: Scenario";
    if (!is_scenario) continue;
    ++scenarios;
    fs::path golden = entry.path();
    golden.replace_extension(".golden");
    INFO(entry.path().filename().string());
    CHECK(fs::exists(golden));
  }
  CHECK(scenarios >= 8);
}
