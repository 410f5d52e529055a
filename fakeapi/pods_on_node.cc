#include "fakeapi/pods_on_node.h"

namespace jobsim::api {

std::vector<std::shared_ptr<const Pod>> PodsOnNode(const Store& store, const std::string& node) {
  ListOptions options;
  FieldSelector::Parse("spec.nodeName=" + node, options.fields);
  std::vector<std::shared_ptr<const Pod>> pods;
  store.List(options, pods);
  return pods;
}

}  // namespace jobsim::api
