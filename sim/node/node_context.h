// What the pod workers of one node share: the node's name and addresses, its
// image store, its container-id stream, whether the API server is reachable,
// and the collaborators every worker calls (store, executor, clock, event
// recorder, runtime model).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"
#include "sim/base/random.h"
#include "sim/base/string_key_hash.h"
#include "sim/node/conditions_memo.h"
#include "sim/node/first_statuses.h"
#include "sim/node/held_versions.h"
#include "sim/node/image_ref.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/runtime_config.h"
#include "sim/node/runtime_model.h"

namespace jobsim::sim {

class NodeContext {
 public:
  NodeContext(std::string node_name, api::Store& store, Executor& executor, const Clock& clock,
              api::EventRecorder& events, const KubeletRules& rules, RuntimeModel& runtime, const RuntimeTiming& timing,
              uint64_t seed);
  NodeContext(const NodeContext&) = delete;
  NodeContext& operator=(const NodeContext&) = delete;

  // A new container's id as containerStatuses show it: the runtime's scheme
  // and 64 hex digits from the stream "container-ids/<node>" (StatusContainerId).
  api::SharedString NewContainerId();
  // The node's InternalIP from its Node object (10.0.0.1 when there is none),
  // looked up until there is one: a node's addresses do not change.
  const std::string& HostIp();
  // [HostIp()]: status.hostIPs, one list the node's pods share.
  const api::Cow<std::vector<std::string>>& HostIps();
  // 10.244.<node>.<n>: the node's pod subnet is numbered after its InternalIP
  // host_ip (10.0.0.1 -> 10.244.0.0/24); n runs from 2 to 254 and wraps.
  std::string NewPodIp(const std::string& host_ip);

  // The node's image store, by normalized reference ("perl" = "docker.io/library/perl:latest").
  bool HasImage(const ImageNames& image) const { return images_.count(image.normalized) > 0; }
  void AddImage(const ImageNames& image) { images_.insert(image.normalized); }
  // What the node says of an image reference, worked out once per node: every
  // pod of a Job names the same image, and its pulls all take the node's
  // image_pull_ms (the first pods of a Job on a node all pull: a pull in
  // flight does not make the image present).
  struct NodeImage {
    ImageNames names;              // sim/node/image_ref.h
    std::string already_present;   // the "already present on machine" event text
    std::string pulling;           // the Pulling event text
    std::string pulled;            // the Pulled event text after a pull (with its time and the image's size)
  };
  const NodeImage& Image(const std::string& image);
  // What a container's events say that depends on its name alone, made once
  // per name and node: every pod of a Job names the same containers.
  struct ContainerTexts {
    std::string field_path;  // involvedObject.fieldPath, "spec.containers{name}" ("spec.initContainers{name}")
    // The Created and Started messages; empty when the era's messages name
    // the container's id instead (CreatedEventMessage).
    std::string created;
    std::string started;
  };
  const ContainerTexts& Texts(const std::string& container, bool init);
  // api::RefTo(pod, field_path) in the one reference the node's workers
  // fill for each event they record (its strings keep their buffers), rather
  // than a reference kept per worker: seven strings, the uid's allocated, read
  // from a cold worker at each event.
  const api::ObjectReference& PodRef(const api::Pod& pod, const std::string& field_path) {
    api::FillRefTo(pod, field_path, pod_ref_);
    return pod_ref_;
  }
  // The pod condition lists the node's workers share (sim/node/conditions_memo.h).
  ConditionsMemo& conditions_memo() { return conditions_memo_; }
  // The container status lists the node's pods write at their first sync
  // (sim/node/first_statuses.h).
  FirstStatuses& first_statuses() { return first_statuses_; }
  // The versions the workers took from their own status writes, ahead of
  // their watch events (sim/node/held_versions.h).
  HeldVersions& held_versions() { return held_versions_; }

  // Whether the kubelet reaches the API server (the scenario fault `state:
  // NotReady` cuts it off). While it does not, the workers keep their writes
  // for later and events are lost.
  bool api_reachable() const { return api_reachable_; }
  void set_api_reachable(bool reachable) { api_reachable_ = reachable; }

  const std::string& node_name() const { return node_name_; }
  api::Store& store() { return store_; }
  Executor& executor() { return executor_; }
  const Clock& clock() const { return clock_; }
  // The node's recorder while the API server is reachable. Upstream the event
  // broadcaster retries a failed write 12 times, 10 s apart, before it drops
  // the event; jobsim drops it at once.
  api::EventRecorder& events() { return reachable_events_; }
  const KubeletRules& rules() const { return rules_; }
  RuntimeModel& runtime() { return runtime_; }
  const RuntimeTiming& timing() const { return timing_; }

 private:
  class ReachableEvents final : public api::EventRecorder {
   public:
    ReachableEvents(const NodeContext& node, api::EventRecorder& events) : node_(node), events_(events) {}
    void Record(const api::ObjectReference& involved, const std::string& type, const std::string& reason,
                const std::string& message) override {
      if (node_.api_reachable()) events_.Record(involved, type, reason, message);
    }
    void Record(const api::ObjectReference& involved, api::InvolvedMemo& memo, const std::string& type,
                const std::string& reason, const std::string& message) override {
      if (node_.api_reachable()) events_.Record(involved, memo, type, reason, message);
    }

   private:
    const NodeContext& node_;
    api::EventRecorder& events_;
  };

  std::string node_name_;
  api::Store& store_;
  Executor& executor_;
  const Clock& clock_;
  ReachableEvents reachable_events_;
  const KubeletRules& rules_;
  RuntimeModel& runtime_;
  const RuntimeTiming& timing_;
  Random container_ids_;
  std::set<std::string> images_;  // pulled on this node
  std::unordered_map<std::string, NodeImage, StringKeyHash, StringKeyEqual> images_by_ref_;  // by reference as written
  std::unordered_map<std::string, ContainerTexts, StringKeyHash, StringKeyEqual> texts_[2];  // [init] by name
  std::string host_ip_;  // empty until the Node has an InternalIP
  api::Cow<std::vector<std::string>> host_ips_;
  api::ObjectReference pod_ref_;  // PodRef's
  ConditionsMemo conditions_memo_;
  FirstStatuses first_statuses_;
  HeldVersions held_versions_;
  int next_pod_host_ = 0;
  bool api_reachable_ = true;
};

}  // namespace jobsim::sim
