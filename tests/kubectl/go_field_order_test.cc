#include "kubectl/go_field_order.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace jobsim::kubectl;

namespace {

std::vector<std::string> Keys(std::string_view type) {
  std::vector<std::string> keys;
  for (const GoField& f : GoStructFields(type)) keys.emplace_back(f.key);
  return keys;
}

}  // namespace

TEST_CASE("the Go struct of a top-level object follows from its apiVersion and kind") {
  struct Row {
    const char* api_version;
    const char* kind;
    const char* type;
  };
  const Row rows[] = {
      {"v1", "Pod", "v1.Pod"},
      {"batch/v1", "Job", "batch/v1.Job"},
      {"extensions/v1beta1", "Job", "extensions/v1beta1.Job"},
      {"v1", "Event", "v1.Event"},
      {"v1", "Node", "v1.Node"},
      {"v1", "Namespace", "v1.Namespace"},
      {"v1", "List", "v1.List"},
      {"v1", "Job", ""},  // no such kind in the core group
      {"events.k8s.io/v1", "Event", ""},
  };
  for (const Row& row : rows) {
    INFO(row.api_version << " " << row.kind);
    CHECK(GoObjectType(row.api_version, row.kind) == row.type);
  }
}

TEST_CASE("struct tables list the fields in declaration order") {
  CHECK(Keys("v1.Pod") == std::vector<std::string>{"kind", "apiVersion", "metadata", "spec", "status"});
  CHECK(Keys("batch/v1.JobStatus") ==
        std::vector<std::string>{"conditions", "startTime", "completionTime", "active", "succeeded", "failed"});
  CHECK(Keys("v1.ContainerStatus") == std::vector<std::string>{"name", "state", "lastState", "ready", "restartCount",
                                                               "image", "imageID", "containerID"});
  CHECK(Keys("v1.List") == std::vector<std::string>{"kind", "apiVersion", "metadata", "items"});
  CHECK(GoStructFields("v1.NoSuchStruct").empty());
}

TEST_CASE("every struct a field names has a table of its own") {
  const char* roots[] = {"v1.List", "v1.Pod", "batch/v1.Job", "extensions/v1beta1.Job", "v1.Event", "v1.Node",
                         "v1.Namespace"};
  std::vector<std::string_view> pending(std::begin(roots), std::end(roots));
  std::vector<std::string_view> seen;
  while (!pending.empty()) {
    const std::string_view type = pending.back();
    pending.pop_back();
    if (std::find(seen.begin(), seen.end(), type) != seen.end()) continue;
    seen.push_back(type);
    INFO(type);
    if (type != kGoRawExtension) CHECK_FALSE(GoStructFields(type).empty());
    for (const GoField& f : GoStructFields(type)) {
      if (!f.type.empty()) pending.push_back(f.type);
    }
  }
}
