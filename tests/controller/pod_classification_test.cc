// The per-pod predicates the sync steps share.
#include "controller/pod_classification.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::controller;

TEST_CASE("HasTrackingFinalizer finds the tracking finalizer among others, and only it") {
  struct Row {
    const char* name;
    std::vector<std::string> finalizers;
    bool want;
  };
  const std::vector<Row> rows = {
      {"no finalizers", {}, false},
      {"the tracking finalizer alone", {"batch.kubernetes.io/job-tracking"}, true},
      {"after another one", {"example.com/keep", "batch.kubernetes.io/job-tracking"}, true},
      {"another one only", {"example.com/keep"}, false},
      {"a longer text with its prefix", {"batch.kubernetes.io/job-tracking2"}, false},
      {"a shorter one", {"batch.kubernetes.io/job-trackin"}, false},
      {"same length, last byte differs", {"batch.kubernetes.io/job-trackinG"}, false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      api::Pod pod;
      for (const std::string& f : row.finalizers) pod.metadata.finalizers.push_back(f);
      CHECK(HasTrackingFinalizer(pod) == row.want);
    }
  }
}
