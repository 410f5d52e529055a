#include "sim/scenario/stable_names.h"

#include <catch2/catch.hpp>

using namespace jobsim::scenario;

TEST_CASE("pods with generated names are named by generateName and creation order") {
  StableNames names;
  CHECK(names.AddPod("default", "pi-s0y10", "pi-") == "pod/pi-#1");
  CHECK(names.AddPod("default", "pi-p8bz0", "pi-") == "pod/pi-#2");
  CHECK(names.AddPod("default", "work-0-x2kqz", "work-0-") == "pod/work-0-#1");
  CHECK(names.AddPod("batch", "pi-aaaaa", "pi-") == "batch/pod/pi-#1");
  CHECK(names.AddPod("default", "fixed", "") == "pod/fixed");
  CHECK(names.Subject("Pod", "default", "pi-p8bz0") == "pod/pi-#2");
  CHECK(names.Subject("Pod", "batch", "pi-aaaaa") == "batch/pod/pi-#1");
  CHECK(names.Subject("Pod", "default", "never-seen") == "pod/never-seen");
  CHECK(names.Subject("Job", "default", "pi") == "job/pi");
  CHECK(names.Subject("Node", "", "127.0.0.1") == "node/127.0.0.1");
}

TEST_CASE("texts name pods by their stable names and hide random ids") {
  StableNames names;
  names.AddPod("default", "pi-s0y10", "pi-");
  names.AddPod("default", "pi-p8bz0", "pi-");
  struct Row {
    std::string text;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"Created pod: pi-s0y10", "Created pod: pi-#1"},
      {"Successfully assigned default/pi-p8bz0 to 127.0.0.1", "Successfully assigned default/pi-#2 to 127.0.0.1"},
      {"Deleted pod: pi-s0y10.", "Deleted pod: pi-#1."},
      {"pi-s0y10x is another name", "pi-s0y10x is another name"},
      {"Created container with docker id 2c1f0e6bd4a3", "Created container with docker id <id>"},
      {"image sha256:c21a0727f1f72cc7fd692cf5d8bf2f3b6a08e2edf12d89bcfaf74311b29908ad",
       "image sha256:<id>"},
      {"uid cad00d04-18f7-11e6-9329-d007e0f1c9b0 is not an id of a container",
       "uid cad00d04-18f7-11e6-9329-d007e0f1c9b0 is not an id of a container"},
      {"short hex abcdef123 stays", "short hex abcdef123 stays"},
      {"", ""},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.text) { CHECK(names.Normalize(row.text) == row.want); }
  }
}
