#include "sim/nodelifecycle/eviction_messages.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

TEST_CASE("event texts of the node lifecycle controller and the taint manager") {
  CHECK(NodeStatusChangeMessage("node-1", "NodeNotReady") == "Node node-1 status is now: NodeNotReady");
  CHECK(NodeEventMessage("node-1", DeletingAllPodsText("node-1")) ==
        "Node node-1 event: Deleting all Pods from Node node-1.");
  CHECK(NodeControllerEvictionMessage("pi-x7b2k", "node-1") == "Marking for deletion Pod pi-x7b2k from Node node-1");
  CHECK(NodeEventMessage("node-1", TerminatingEvictedPodText("pi-x7b2k", "node-1")) ==
        "Node node-1 event: Pod pi-x7b2k has exceeded the grace period for deletion after being evicted from Node "
        "\"node-1\" and is being force killed");
  CHECK(NodeEventMessage("node-1", TerminatedAllPodsText("node-1")) ==
        "Node node-1 event: Terminated all Pods on Node node-1.");
  CHECK(MarkingForDeletionMessage("default", "pi-x7b2k") == "Marking for deletion Pod default/pi-x7b2k");
  CHECK(CancellingDeletionMessage("default", "pi-x7b2k") == "Cancelling deletion of Pod default/pi-x7b2k");
}
