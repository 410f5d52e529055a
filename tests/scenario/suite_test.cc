#include "sim/scenario/suite.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/scenario/data_dir.h"

using namespace jobsim::scenario;
namespace fs = std::filesystem;

namespace {

using jobsim::scenario::test::kDataDir;

// A scratch copy of some data files; the suite writes golden files into it.
// The process id keeps concurrent test runs (ctest -j, other build trees) apart.
struct ScratchDir {
  ScratchDir(const std::string& tag, const std::vector<std::string>& files) {
    path = fs::temp_directory_path() / ("jobsim-suite-" + tag + "-" + std::to_string(getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
    for (const std::string& f : files) fs::copy_file(fs::path(kDataDir) / f, path / f);
  }
  ~ScratchDir() { fs::remove_all(path); }
  std::string Run(bool update, int& code) {
    std::ostringstream out;
    code = RunSuite(path.string(), SuiteOptions{update}, out);
    return out.str();
  }
  fs::path path;
};

}  // namespace

TEST_CASE("a suite records goldens, then passes against them, then catches a difference") {
  ScratchDir dir("goldens", {"completes.yaml", "job.yaml"});
  int code = -1;
  CHECK(dir.Run(true, code) == "ok   completes (7 checks, golden updated)\n1 scenarios: 1 passed, 0 failed\n");
  CHECK(code == 0);
  REQUIRE(fs::exists(dir.path / "completes.golden"));

  CHECK(dir.Run(false, code) == "ok   completes (7 checks)\n1 scenarios: 1 passed, 0 failed\n");
  CHECK(code == 0);

  std::ofstream(dir.path / "completes.golden", std::ios::app) << "one more line\n";
  const std::string out = dir.Run(false, code);
  CHECK(code == 1);
  CHECK(out.find("FAIL completes: transcript differs from completes.golden at line ") == 0);
  CHECK(out.find("    got:  <end of file>\n") != std::string::npos);
}

TEST_CASE("a suite fails on failed checks and on invalid scenarios, and skips manifests") {
  ScratchDir dir("failures", {"failing-checks.yaml", "worker-job.yaml", "bad-type.yaml", "every-verb.yaml"});
  int code = -1;
  const std::string out = dir.Run(false, code);
  CHECK(code == 1);
  // every-verb.yaml names manifests the scratch directory lacks.
  CHECK(out.find("INVALID every-verb: ") == 0);
  CHECK(out.find("FAIL failing-checks: 7 of 9 checks failed\n") != std::string::npos);
  CHECK(out.find("bad-type") == std::string::npos);
  CHECK(out.find("2 scenarios: 0 passed, 2 failed\n") != std::string::npos);
}

TEST_CASE("a directory without scenarios is an error") {
  ScratchDir dir("empty", {"job.yaml"});
  int code = -1;
  CHECK(dir.Run(false, code).find("jobsim test: no scenarios in ") == 0);
  CHECK(code == 2);
  std::ostringstream out;
  CHECK(RunSuite((dir.path / "missing").string(), SuiteOptions{}, out) == 2);
}
