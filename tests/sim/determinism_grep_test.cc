// The simulation must never read real time or unseeded randomness: a grep over
// the simulation sources (the same one the before-stop hook runs). server/ is
// scanned too; its one real-time adapter, the pacer of `jobsim serve`, is the
// only file allowed to read a clock.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("no simulation source reads the system clock or unseeded randomness") {
  const std::regex forbidden(
      R"(system_clock::now|steady_clock::now|high_resolution_clock::now|std::random_device|[^_a-zA-Z]rand\(|time\(NULL|time\(nullptr|_distribution<)");
  const fs::path allowed = fs::path(JOBSIM_SOURCE_DIR) / "server" / "pacer.cc";
  std::vector<std::string> offenders;
  size_t files = 0;
  for (const char* dir : {"sim", "controller", "fakeapi", "kubectl", "server"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(JOBSIM_SOURCE_DIR) / dir)) {
      const auto ext = entry.path().extension();
      if (ext != ".cc" && ext != ".h") continue;
      if (entry.path() == allowed) continue;
      ++files;
      std::ifstream in(entry.path());
      std::string line;
      for (int n = 1; std::getline(in, line); ++n) {
        if (std::regex_search(line, forbidden)) offenders.push_back(entry.path().string() + ":" + std::to_string(n));
      }
    }
  }
  CHECK(files > 20);
  CHECK(offenders.empty());
  for (const auto& o : offenders) WARN(o);
}
