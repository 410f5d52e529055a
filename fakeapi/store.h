// The in-memory API server: one store of typed objects with kube-apiserver
// semantics (defaulting, validation, resourceVersion, generateName, graceful
// deletion, finalizers, optimistic concurrency, watches).
//
// Objects are immutable once stored (shared_ptr<const T>): readers and watchers
// share snapshots and never see a half-written object. Events are kept packed
// (fakeapi/packed_event.h) and rendered on read. Writes bump one global
// resourceVersion. Watch events are not delivered during the write: each write
// posts one task to the Dispatcher (the simulation's event loop), so a watcher
// always runs after the writer has returned, at the same virtual time.
//
// Single-threaded: only the simulation thread may call the store.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "fakeapi/api_rules.h"
#include "fakeapi/object_index.h"
#include "fakeapi/packed_event.h"
#include "fakeapi/pod_facts.h"
#include "fakeapi/pod_logs.h"
#include "fakeapi/selector.h"
#include "fakeapi/status.h"
#include "fakeapi/strategy.h"
#include "fakeapi/types.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"
#include "sim/base/random.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::api {

// Where deferred work goes (watch delivery, garbage collection).
using Dispatcher = Executor;

enum class WatchType { kAdded, kModified, kDeleted };
const char* WatchTypeName(WatchType type);  // "ADDED", ...

// Valid during the callback it is passed to: `object` refers to the one
// pointer the delivery holds, so that a write seen by five watchers does not
// copy (and atomically count) the pointer five times. Keep a copy of object,
// never of the event.
template <class T>
struct WatchEvent {
  WatchType type;
  const std::shared_ptr<const T>& object;
};

template <class T>
struct Result {
  Status status;
  std::shared_ptr<const T> object;  // the stored object (null on error, or once gone)
  std::vector<std::string> warnings;
  bool ok() const { return status.ok(); }
};

enum class Propagation { kDefault, kOrphan, kBackground, kForeground };

struct DeleteOptions {
  Propagation propagation = Propagation::kDefault;
  std::optional<int64_t> grace_period_seconds;
  std::optional<std::string> precondition_uid;
  // The group/version the request came through: Jobs deleted via batch/v1
  // orphan by default, via extensions/v1beta1 they delete dependents.
  std::string api_version;
};

struct ListOptions {
  std::string namespace_;  // empty = all namespaces
  Selector labels;
  FieldSelector fields;
};

// Static facts about each kind, for messages and routing.
template <class T>
struct KindInfo;
template <>
struct KindInfo<Pod> {
  static constexpr const char* kKind = "Pod";
  static constexpr const char* kResource = "pods";        // as in NotFound messages
  static constexpr const char* kKindGroup = "Pod";        // as in Invalid messages
  static constexpr bool kNamespaced = true;
};
template <>
struct KindInfo<Job> {
  static constexpr const char* kKind = "Job";
  static constexpr const char* kResource = "jobs.batch";
  static constexpr const char* kKindGroup = "Job.batch";
  static constexpr bool kNamespaced = true;
};
template <>
struct KindInfo<Event> {
  static constexpr const char* kKind = "Event";
  static constexpr const char* kResource = "events";
  static constexpr const char* kKindGroup = "Event";
  static constexpr bool kNamespaced = true;
};
template <>
struct KindInfo<Node> {
  static constexpr const char* kKind = "Node";
  static constexpr const char* kResource = "nodes";
  static constexpr const char* kKindGroup = "Node";
  static constexpr bool kNamespaced = false;
};
template <>
struct KindInfo<Namespace> {
  static constexpr const char* kKind = "Namespace";
  static constexpr const char* kResource = "namespaces";
  static constexpr const char* kKindGroup = "Namespace";
  static constexpr bool kNamespaced = false;
};

// How the store keeps a kind: as the shared immutable object; Events packed.
template <class T>
struct Kept {
  using type = std::shared_ptr<const T>;
};
template <>
struct Kept<Event> {
  using type = PackedEvent;
};

// Where a pod is kept, remembered by a caller that writes one pod again and
// again (the kubelet's status writes): its key's hash, worked out once, and the
// index entry it was last found at, tried before the hash table (whose slot is
// a cache miss once there are 100,000 pods). Only a hint: an entry that no
// longer holds the key is looked up again.
struct PodLocator {
  PodLocator(std::string_view ns, std::string_view name);
  uint64_t key_hash;
  uint32_t entry = UINT32_MAX;
};

class Store {
 public:
  using WatchId = uint64_t;

  Store(const Clock& clock, uint64_t seed, Dispatcher& dispatcher, ApiRules rules);
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Create: generateName, uid, creationTimestamp, defaulting, validation.
  template <class T>
  Result<T> Create(T object, bool dry_run = false);
  // The same for an object the caller made on the heap: it is stored as it is,
  // without a copy, and must not be changed after a successful create. On
  // AlreadyExists it is left unchanged (but for a defaulted namespace), so the
  // caller can rename it and try again.
  template <class T>
  Result<T> Create(std::shared_ptr<T> object, bool dry_run = false);
  // Create of an Event a recorder made (sim/events), trusted to be one the
  // Event path stores packed (no labels, owners, finalizers, generateName,
  // deletion or unknown fields; the namespace set): packed from its fields as
  // they are, without an api::Event or parsing back what the recorder printed.
  // Otherwise as Create<Event>: the name must be free and valid, the store
  // sets uid, resourceVersion and creationTimestamp (the view's are ignored),
  // and the block is the one Create<Event> of the same fields stores. The
  // api::Event is made, from the block, only when someone watches Events.
  Status CreateRecorded(const EventView& event);
  // Create for what the API server makes for itself at start-up (kube-public,
  // kube-node-lease): the uid comes from a stream of its own ("system-uids"),
  // so that a release with one more such object shifts no other uid.
  template <class T>
  Result<T> CreateSystemObject(T object);
  // Update of everything but status (status subresource kinds keep the stored status).
  // A non-zero resourceVersion that is not the stored one is a Conflict.
  template <class T>
  Result<T> Update(T object, bool dry_run = false);
  // Update of status only (the /status subresource). The spec sent is
  // ignored (the stored one is kept), and so is the metadata but for the
  // name, namespace, resourceVersion and unmodelled members (extra): a client
  // may leave the rest out.
  template <class T>
  Result<T> UpdateStatus(T object);
  template <class T>
  Result<T> UpdateStatus(std::shared_ptr<T> object);
  // Server-side patch: mutate() edits a copy of the stored object; never conflicts.
  // status_only selects the /status subresource.
  template <class T>
  Result<T> Patch(const std::string& ns, const std::string& name,
                  const std::function<Status(T&)>& mutate, bool status_only = false,
                  bool dry_run = false);
  // The kubelet's status write (PATCH of pods/status): edit() gets the stored
  // pod, to read, and its status, to change in place. The new version is the
  // stored metadata and spec with that status: nothing to restore or compare
  // but the status, as Patch(status_only) must do. Never conflicts.
  // where: kept by a caller writing one pod again and again (PodLocator).
  Result<Pod> PatchPodStatus(const std::string& ns, const std::string& name, PodLocator& where,
                             const std::function<Status(const Pod&, PodStatus&)>& edit);
  // A PATCH of a pod's metadata alone (finalizers, ownerReferences, labels):
  // edit() gets the stored pod, to read, and its metadata, to change. The new
  // version is that metadata with the stored spec and status, so, as Patch
  // finds for such a write, there is nothing to default or check and only the
  // metadata to compare (~700 instructions of each finalizer removal). The
  // members no write changes keep their stored values. Never conflicts.
  Result<Pod> PatchPodMetadata(const std::string& ns, const std::string& name,
                               const std::function<Status(const Pod&, ObjectMeta&)>& edit);
  template <class T>
  Result<T> Delete(const std::string& ns, const std::string& name, const DeleteOptions& options = {},
                   bool dry_run = false);

  // pods/binding: sets spec.nodeName and the PodScheduled condition.
  Result<Pod> Bind(const std::string& ns, const std::string& name, const std::string& node);

  template <class T>
  std::shared_ptr<const T> Get(const std::string& ns, const std::string& name) const;
  template <class T>
  bool Exists(const std::string& ns, const std::string& name) const;
  template <class T>
  Status List(const ListOptions& options, std::vector<std::shared_ptr<const T>>& out) const;
  // Objects that name `owner_uid` in their ownerReferences, in name order.
  std::vector<std::shared_ptr<const Pod>> PodsOwnedBy(const std::string& owner_uid) const;

  // pods/log: what each container instance wrote. The kubelet writes, kubectl
  // reads; a pod's logs go with the pod.
  void WriteLog(const std::string& ns, const std::string& pod, const std::string& container,
                int32_t restart_count, const std::string& text);
  // The same by a writer of the pod's status, who knows where it is kept.
  void WriteLog(const PodLocator& where, const std::string& ns, const std::string& pod, const std::string& container,
                int32_t restart_count, const std::string& text);
  // nullptr when that instance never wrote anything (or never existed).
  const std::string* ReadLog(const std::string& ns, const std::string& pod, const std::string& container,
                             int32_t restart_count) const;

  template <class T>
  WatchId Watch(std::function<void(const WatchEvent<T>&)> callback);
  // The kubelet's watch (fieldSelector spec.nodeName=NODE): only pods bound to
  // `node`. A pod that becomes bound there arrives as ADDED.
  WatchId WatchPodsOnNode(const std::string& node, std::function<void(const WatchEvent<Pod>&)> callback);
  void StopWatch(WatchId id);

  // What PodGC's pass reads of all pods (fakeapi/pod_facts.h).
  const PodFacts& pod_facts() const { return pod_facts_; }

  uint64_t resource_version() const { return resource_version_; }
  const ApiRules& rules() const { return rules_; }
  const Clock& clock() const { return clock_; }
  Dispatcher& dispatcher() { return dispatcher_; }

 private:
  template <class T>
  struct Watcher {
    WatchId id;
    std::function<void(const WatchEvent<T>&)> callback;
    bool stopped = false;
  };
  template <class T>
  struct Collection {
    ObjectIndex<typename Kept<T>::type> objects;  // fakeapi/object_index.h
    using Watchers = std::vector<std::unique_ptr<Watcher<T>>>;
    // The unscoped watchers, which every write reaches, in id order.
    Watchers unscoped;
    // Watchers by the node they are scoped to, each list in id order.
    // Scoping spares every kubelet the pods of every other node. Hashed: every
    // pod write looks up its node (a balanced tree of 21 nodes cost ~170
    // instructions a lookup); the order of scopes is never walked.
    std::unordered_map<std::string, Watchers, StringKeyHash, StringKeyEqual> by_node;
    size_t watcher_count = 0;
    // Watchers stopped while an event was being delivered, freed after it.
    std::vector<std::unique_ptr<Watcher<T>>> stopped;
    bool delivering = false;
  };
  template <class T>
  Collection<T>& collection();
  template <class T>
  const Collection<T>& collection() const;
  template <class T>
  std::shared_ptr<const T> Load(const std::shared_ptr<const T>& kept) const { return kept; }
  std::shared_ptr<const Event> Load(const PackedEvent& kept) const { return event_packer_.Unpack(kept); }
  // The stored entry of an object, or nullptr. An update that read the object
  // through it commits through it too, without looking the key up again; it
  // stays valid while the entry is not erased.
  template <class T>
  typename Kept<T>::type* FindSlot(const std::string& ns, const std::string& name);
  template <class T>
  // Writes take the new object as one heap allocation, made when the write
  // starts, and hand it on: a Pod moved through each step cost ~700 instructions.
  // key_hash: the key's ObjectIndex::HashOf, when the caller has it (0: not).
  // uid_bits: a created Event's uid as NewUid made it, which spares the
  // packer reading the text back.
  std::shared_ptr<const T> Commit(std::shared_ptr<T> object, WatchType type, typename Kept<T>::type* slot = nullptr,
                                  uint64_t key_hash = 0, const UidBits* uid_bits = nullptr);
  template <class T>
  void Remove(const std::string& key, std::shared_ptr<const T> last);
  // Posts the delivery of a write to the watchers. before: the version the
  // write replaced (null for a create; for a delete, the deleted object is
  // `object`): its node is the scope the object leaves, and it is held until
  // delivery so that its last owner frees it there, warmed with the rest.
  template <class T>
  void Notify(WatchType type, std::shared_ptr<const T> object, std::shared_ptr<const T> before);
  template <class T>
  struct Delivery;
  template <class T>
  void Deliver(WatchType type, const std::shared_ptr<const T>& object, const T* before);
  template <class T>
  WatchId AddWatch(const std::string& node, std::function<void(const WatchEvent<T>&)> callback);
  template <class T>
  Result<T> FinishDelete(const std::string& key, std::shared_ptr<T> object);
  // PUT of a whole object (status_only: its /status), with the
  // resourceVersion precondition when the object carries one.
  template <class T>
  Result<T> Replace(std::shared_ptr<T> object, bool status_only, bool dry_run);
  template <class T>
  Result<T> ApplyUpdate(const std::shared_ptr<const T>& old, std::shared_ptr<T> updated, bool status_only,
                        bool dry_run, typename Kept<T>::type* slot);
  // The end of an update once the strategy has run: a no-op keeps the old
  // version; a deleted object without finalizers and grace goes.
  template <class T>
  Result<T> FinishUpdate(Result<T> result, const std::shared_ptr<const T>& old, std::shared_ptr<T> updated,
                         bool unchanged, bool dry_run, typename Kept<T>::type* slot);
  // RFC 4122 uids: random (v4) draws, or (time_based_uids) the clock with a
  // sequence number, clock sequence and node fixed per stream.
  struct UidStream {
    UidStream(uint64_t seed, std::string_view name);
    Random random;
    uint64_t sequence = 0;
    uint64_t clock_sequence = 0;
    uint64_t node = 0;
  };
  template <class T>
  Result<T> CreateWithUids(std::shared_ptr<T> object, bool dry_run, UidStream& uids);
  // bits: where to put the uid's bits too, if not null.
  std::string NewUid(UidStream& uids, UidBits* bits = nullptr);
  // The next uid's bits, unprinted.
  UidBits DrawUid(UidStream& uids);
  std::string GenerateName(const std::string& base);
  // stored_key: the pod's entry key, when at hand (else looked up).
  void IndexOwners(const Pod* before, const Pod* after, std::string_view stored_key = {});
  void OnJobDeleted(const Job& job, Propagation propagation);
  void OnDependentRemoved(const Pod& pod);
  void RemoveJobFinalizer(const std::string& ns, const std::string& name, const std::string& uid,
                          const char* finalizer);

  const Clock& clock_;
  Dispatcher& dispatcher_;
  ApiRules rules_;
  UidStream uids_;
  UidStream system_uids_;
  Random name_random_;
  uint64_t resource_version_ = 0;
  WatchId next_watch_id_ = 1;
  PodDefaultingMemo pod_memo_;
  EventPacker event_packer_;
  Collection<Pod> pods_;
  Collection<Job> jobs_;
  Collection<Event> events_;
  Collection<Node> nodes_;
  Collection<Namespace> namespaces_;
  // owner uid -> its pods' keys (views of pods_'s); only looked up by uid.
  // Hashed, in no order: every pod is added once and its owner's pods are
  // walked only when the owner goes (PodsOwnedBy sorts them). A balanced tree
  // of a Job's 100 pods cost ~1% of the 1,000-Job benchmark's wall time in
  // cold key compares per insert.
  std::unordered_map<std::string, std::unordered_set<std::string_view, StringKeyHash>, StringKeyHash, StringKeyEqual>
      pods_by_owner_;
  PodFacts pod_facts_;
  // The conditions of the last pod bound without any before, [PodScheduled]:
  // pods bound in the same second share it (and the kubelet, seeing the same
  // list, its first change of it: sim/node/conditions_memo.h).
  Cow<std::vector<Condition>> bound_conditions_;
  // Per node, the spec a template's pods get when bound there: they share it,
  // as they shared the defaulted spec before (a copy per pod was 0.2 KiB kept
  // per pod, and a cold block each version's copy and free touched).
  std::unordered_map<std::string, EditMemo<PodSpec>, StringKeyHash, StringKeyEqual> bound_specs_;
  PodLogs logs_;  // fakeapi/pod_logs.h
};

}  // namespace jobsim::api
