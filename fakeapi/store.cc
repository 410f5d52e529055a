#include "fakeapi/store.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "fakeapi/fields.h"
#include "fakeapi/strategy.h"
#include "fakeapi/well_known.h"
#include "sim/base/hex.h"
#include "sim/base/prefetch.h"

namespace jobsim::api {
namespace {

// The node a watch scope refers to: a pod's spec.nodeName; other kinds have none.
template <class T>
std::string_view NodeOf(const T& object) {
  if constexpr (std::is_same_v<T, Pod>) {
    return object.spec->node_name;
  } else {
    return {};
  }
}

constexpr int kGenerateNameRandomLength = 5;    // names.SimpleNameGenerator
constexpr size_t kMaxGeneratedNameLength = 58;  // 63 - 5
constexpr int kGenerateNameAttempts = 8;
// Offset between the UUID epoch (1582-10-15) and the Unix epoch, in 100 ns units.
constexpr uint64_t kUuidEpochOffset = 0x01B21DD213814000ULL;

UnixMs TruncateToSecond(UnixMs t) { return t - t % kMsPerSecond; }

// Pods are deleted gracefully once they run on a node; everything else at once.
template <class T>
int64_t GracePeriod(const T&, const DeleteOptions&) { return 0; }
int64_t GracePeriod(const Pod& pod, const DeleteOptions& options) {
  if (pod.spec->node_name.empty() || pod.status.phase == "Succeeded" || pod.status.phase == "Failed") return 0;
  int64_t grace = options.grace_period_seconds.value_or(pod.spec->termination_grace_period_seconds.value_or(30));
  if (grace < 0) grace = 1;  // negative grace periods are coerced to 1 (registry/core/pod/strategy.go)
  if (pod.metadata.deletion_grace_period_seconds) grace = std::min(grace, *pod.metadata.deletion_grace_period_seconds);
  return grace;
}

}  // namespace

const char* WatchTypeName(WatchType type) {
  switch (type) {
    case WatchType::kAdded: return "ADDED";
    case WatchType::kModified: return "MODIFIED";
    case WatchType::kDeleted: return "DELETED";
  }
  return "";
}

std::string ObjectKey(const std::string& ns, const std::string& name) {
  std::string key;
  key.reserve(ns.size() + 1 + name.size());
  return key.append(ns).append(1, '/').append(name);
}

std::string ObjectKey(const ObjectMeta& meta) { return ObjectKey(meta.namespace_, meta.name); }

Store::Store(const Clock& clock, uint64_t seed, Dispatcher& dispatcher, ApiRules rules)
    : clock_(clock),
      dispatcher_(dispatcher),
      rules_(std::move(rules)),
      uids_(seed, "uids"),
      system_uids_(seed, "system-uids"),
      name_random_(seed, "generate-name") {}

Store::UidStream::UidStream(uint64_t seed, std::string_view name) : random(seed, name) {
  clock_sequence = (random.Next64() & 0x3fff) | 0x8000;
  node = random.Next64() & 0xffffffffffffULL;
}

template <> Store::Collection<Pod>& Store::collection<Pod>() { return pods_; }
template <> Store::Collection<Job>& Store::collection<Job>() { return jobs_; }
template <> Store::Collection<Event>& Store::collection<Event>() { return events_; }
template <> Store::Collection<Node>& Store::collection<Node>() { return nodes_; }
template <> Store::Collection<Namespace>& Store::collection<Namespace>() { return namespaces_; }
template <class T>
const Store::Collection<T>& Store::collection() const {
  return const_cast<Store*>(this)->collection<T>();
}

UidBits Store::DrawUid(UidStream& uids) {
  uint64_t high = 0;  // time_low (32 bits), time_mid, time_hi_and_version (16 each)
  uint64_t low = 0;   // clock_seq_and_variant (16 bits), node (48)
  if (rules_.time_based_uids) {
    // RFC 4122 version 1: 60-bit timestamp in 100 ns units, then the clock sequence and
    // node of this API server, fixed for the run (the seed's uids all end in -b739-0800278856e6).
    const uint64_t ts = static_cast<uint64_t>(clock_.NowUnixMs()) * 10000 + kUuidEpochOffset + (++uids.sequence % 10000);
    high = (ts & 0xffffffffULL) << 32 | ((ts >> 32) & 0xffff) << 16 | (((ts >> 48) & 0x0fff) | 0x1000);
    low = uids.clock_sequence << 48 | uids.node;
  } else {
    const uint64_t a = uids.random.Next64();
    const uint64_t b = uids.random.Next64();
    high = (a >> 32) << 32 | ((a >> 16) & 0xffff) << 16 | ((a & 0x0fff) | 0x4000);
    low = (((b >> 48) & 0x3fff) | 0x8000) << 48 | (b & 0xffffffffffffULL);
  }
  return UidBits{high, low};
}

std::string Store::NewUid(UidStream& uids, UidBits* bits) {
  const auto [high, low] = DrawUid(uids);
  if (bits) *bits = UidBits{high, low};
  // 8-4-4-4-12 hex digits, as RFC 4122 prints a uuid.
  char uid[36];
  WriteHex(uid, high >> 32, 8);
  uid[8] = '-';
  WriteHex(uid + 9, high >> 16, 4);
  uid[13] = '-';
  WriteHex(uid + 14, high, 4);
  uid[18] = '-';
  WriteHex(uid + 19, low >> 48, 4);
  uid[23] = '-';
  WriteHex(uid + 24, low, 12);
  return std::string(uid, sizeof uid);
}

std::string Store::GenerateName(const std::string& base) {
  std::string name = base.size() > kMaxGeneratedNameLength ? base.substr(0, kMaxGeneratedNameLength) : base;
  for (int i = 0; i < kGenerateNameRandomLength; ++i) {
    name += rules_.name_alphabet[name_random_.Uniform(rules_.name_alphabet.size())];
  }
  return name;
}

void Store::IndexOwners(const Pod* before, const Pod* after, std::string_view stored_key) {
  // Owner references rarely change after creation (adoption, release).
  if (before && after && before->metadata.owner_references == after->metadata.owner_references) return;
  const ObjectMeta& meta = (before ? before : after)->metadata;
  // The stored entry's key: pods_by_owner_ keeps views of it (a pod is indexed
  // only while stored, and removed from the index before its entry).
  const std::string_view key =
      stored_key.empty() ? std::string_view(pods_.objects.find(KeyParts{meta.namespace_, meta.name})->first) : stored_key;
  if (before) {
    for (const auto& ref : before->metadata.owner_references) {
      auto it = pods_by_owner_.find(ref.uid);
      if (it == pods_by_owner_.end()) continue;
      it->second.erase(key);
      if (it->second.empty()) pods_by_owner_.erase(it);
    }
  }
  if (after) {
    for (const auto& ref : after->metadata.owner_references) pods_by_owner_[ref.uid].insert(key);
  }
}

template <class T>
std::shared_ptr<const T> Store::Commit(std::shared_ptr<T> object, WatchType type, typename Kept<T>::type* known,
                                       uint64_t key_hash, [[maybe_unused]] const UidBits* uid_bits) {
  object->metadata.resource_version = ++resource_version_;
  std::shared_ptr<const T> stored = std::move(object);
  std::string_view made_key;  // the entry's key, when this write makes the entry
  if (!known) {
    const KeyParts key{stored->metadata.namespace_, stored->metadata.name};
    auto& objects = collection<T>().objects;
    auto entry = key_hash ? objects.emplace(key, key_hash) : objects.emplace(key);
    made_key = entry->first;
    known = &entry->second;
  }
  auto& slot = *known;
  std::shared_ptr<const T> before;
  if constexpr (std::is_same_v<T, Event>) {
    slot = event_packer_.Pack(stored, uid_bits);
  } else {
    if constexpr (std::is_same_v<T, Pod>) {
      IndexOwners(slot.get(), stored.get(), made_key);
      pod_facts_.Update(slot.get(), stored.get());
    }
    before = std::exchange(slot, stored);
  }
  Notify<T>(type, stored, std::move(before));
  return stored;
}

template <class T>
void Store::Remove(const std::string& key, std::shared_ptr<const T> last) {
  auto& objects = collection<T>().objects;
  if constexpr (std::is_same_v<T, Pod>) {
    IndexOwners(last.get(), nullptr);
    pod_facts_.Update(last.get(), nullptr);
    logs_.Forget(key);
    OnDependentRemoved(*last);
  }
  objects.erase(key);
  Notify<T>(WatchType::kDeleted, std::move(last), nullptr);
}

template <class T>
Result<T> Store::Create(T object, bool dry_run) {
  return CreateWithUids(std::make_shared<T>(std::move(object)), dry_run, uids_);
}

template <class T>
Result<T> Store::Create(std::shared_ptr<T> object, bool dry_run) {
  return CreateWithUids(std::move(object), dry_run, uids_);
}

template <class T>
Result<T> Store::CreateSystemObject(T object) {
  return CreateWithUids(std::make_shared<T>(std::move(object)), false, system_uids_);
}

template <class T>
Result<T> Store::CreateWithUids(std::shared_ptr<T> object, bool dry_run, UidStream& uids) {
  Result<T> result;
  auto& meta = object->metadata;
  if (KindInfo<T>::kNamespaced && meta.namespace_.empty()) meta.namespace_ = "default";
  if (!KindInfo<T>::kNamespaced) meta.namespace_.clear();
  auto& objects = collection<T>().objects;
  auto taken = [&](uint64_t& hash) {
    const KeyParts key{meta.namespace_, meta.name};
    hash = objects.HashOf(key);
    return objects.contains(key, hash);
  };
  uint64_t key_hash = 0;  // of the final name, for the insert
  bool exists = false;
  if (meta.name.empty() && !meta.generate_name.empty()) {
    for (int attempt = 0; attempt < kGenerateNameAttempts; ++attempt) {
      meta.name = GenerateName(meta.generate_name);
      if (!(exists = taken(key_hash))) break;
    }
  } else if (!meta.name.empty()) {
    exists = taken(key_hash);
  }
  if (exists) {
    result.status = Status::AlreadyExists(KindInfo<T>::kResource, meta.name);
    return result;
  }
  if (meta.resource_version != 0) {
    result.status = Status::BadRequest("resourceVersion should not be set on objects to be created");
    return result;
  }
  UidBits uid_bits;
  meta.uid = NewUid(uids, &uid_bits);
  meta.creation_timestamp = TruncateToSecond(clock_.NowUnixMs());
  meta.deletion_timestamp.reset();
  meta.deletion_grace_period_seconds.reset();
  WriteContext ctx{rules_, clock_.NowUnixMs(), result.warnings, &pod_memo_};
  result.status = PrepareForCreate(*object, ctx);
  if (!result.status.ok()) return result;
  result.status = Status::Ok();
  if (dry_run) {
    result.object = std::move(object);
    return result;
  }
  result.object = Commit(std::move(object), WatchType::kAdded, nullptr, key_hash, &uid_bits);
  return result;
}

Status Store::CreateRecorded(const EventView& event) {
  // CreateWithUids's steps, in its order (the uid is drawn before validation).
  auto& objects = events_.objects;
  const KeyParts key{event.metadata.namespace_, event.metadata.name};
  const uint64_t key_hash = objects.HashOf(key);
  const auto place = objects.Locate(key, key_hash);  // the index is not changed until the insert
  if (place.found()) {
    return Status::AlreadyExists(KindInfo<Event>::kResource, std::string(event.metadata.name));
  }
  const UidBits uid = DrawUid(uids_);
  const UnixMs now_ms = clock_.NowUnixMs();
  // A recorder's name, its object's name, a dot and hexadecimal digits, is a
  // DNS-1123 subdomain when the object's name is one (the dot then has
  // alphanumerics on both sides) and it is short enough; the shorter name is
  // checked (unless the recorder did, once for the object), and the whole
  // check runs only to say what is wrong.
  const std::string_view object_name = event.involved_object.name;
  if (!event.metadata.name_nanos || event.metadata.name.size() > kMaxDns1123SubdomainLength ||
      !(event.involved_object.name_is_subdomain || IsDns1123Subdomain(object_name))) {
    if (Status status = ValidateNewEvent(event.metadata.name, event.involved_object.kind, object_name); !status.ok()) {
      return status;
    }
  }
  // What the store sets, packed with the rest of the view as it is.
  EventView::Meta meta = event.metadata;
  meta.uid = {};
  meta.uid_bits = &uid;
  meta.creation_timestamp = TruncateToSecond(now_ms);
  meta.resource_version = ++resource_version_;
  PackedEvent& slot = objects.emplace(key, key_hash, place)->second;
  slot = event_packer_.Pack(event, meta);
  if (events_.watcher_count != 0) Notify<Event>(WatchType::kAdded, event_packer_.Unpack(slot), nullptr);
  return Status::Ok();
}

namespace {
// Whether an update changed nothing. A status write's metadata is the old
// one but for its unmodelled members, so only those are compared, and its
// spec is the old one (each kind's PrepareForUpdate restores it, as upstream's
// status strategies do).
template <class T>
bool SameObject(const T& old, const T& updated, bool status_only) {
  if constexpr (requires { old.status; old.spec; }) {
    if (status_only) return updated.metadata.extra == old.metadata.extra && updated.status == old.status;
  }
  return updated == old;
}

// What an update of the whole object cannot change in its metadata: the
// stored values stay.
void KeepServerSetMeta(const ObjectMeta& was, ObjectMeta& meta) {
  meta.uid = was.uid;
  meta.namespace_ = was.namespace_;
  meta.creation_timestamp = was.creation_timestamp;
  meta.deletion_timestamp = was.deletion_timestamp;
  meta.deletion_grace_period_seconds = was.deletion_grace_period_seconds;
  meta.generate_name = was.generate_name;
  meta.resource_version = was.resource_version;
}

// A patch that renamed its object.
Status NameMismatch(const std::string& name, const std::string& url_name) {
  return Status::BadRequest("the name of the object (" + name + ") does not match the name on the URL (" + url_name +
                            ")");
}
}  // namespace

template <class T>
typename Kept<T>::type* Store::FindSlot(const std::string& ns, const std::string& name) {
  auto& objects = collection<T>().objects;
  const KeyParts key{KindInfo<T>::kNamespaced ? std::string_view(ns) : std::string_view(), name};
  auto it = objects.find(key);
  return it == objects.end() ? nullptr : &it->second;
}

template <class T>
Result<T> Store::ApplyUpdate(const std::shared_ptr<const T>& old, std::shared_ptr<T> updated, bool status_only,
                             bool dry_run, typename Kept<T>::type* slot) {
  Result<T> result;
  const ObjectMeta& was = old->metadata;
  ObjectMeta& meta = updated->metadata;
  if (status_only) {
    // The status subresource ignores metadata changes, except in the
    // unmodelled members: managedFields, where `jobsim serve` records the
    // status write's entry.
    auto extra = std::move(meta.extra);
    meta = was;
    meta.extra = std::move(extra);
  } else {
    KeepServerSetMeta(was, meta);
  }
  WriteContext ctx{rules_, clock_.NowUnixMs(), result.warnings, &pod_memo_};
  result.status = PrepareForUpdate(*old, *updated, status_only, ctx);
  if (!result.status.ok()) return result;
  const bool unchanged = SameObject(*old, *updated, status_only);
  return FinishUpdate(std::move(result), old, std::move(updated), unchanged, dry_run, slot);
}

template <class T>
Result<T> Store::FinishUpdate(Result<T> result, const std::shared_ptr<const T>& old, std::shared_ptr<T> updated,
                              bool unchanged, bool dry_run, typename Kept<T>::type* slot) {
  if (unchanged) {  // a no-op write keeps its resourceVersion and sends no watch event
    result.object = old;
    return result;
  }
  if (dry_run) {
    result.object = std::move(updated);
    return result;
  }
  const ObjectMeta& meta = updated->metadata;
  if (meta.deletion_timestamp && meta.finalizers.empty() && meta.deletion_grace_period_seconds.value_or(0) == 0) {
    const std::string key = ObjectKey(meta.namespace_, meta.name);
    return FinishDelete(key, std::move(updated));
  }
  result.object = Commit(std::move(updated), WatchType::kModified, slot);
  return result;
}

template <class T>
Result<T> Store::Replace(std::shared_ptr<T> object, bool status_only, bool dry_run) {
  const ObjectMeta& meta = object->metadata;
  const std::string ns = KindInfo<T>::kNamespaced ? (meta.namespace_.empty() ? "default" : meta.namespace_) : "";
  auto* slot = FindSlot<T>(ns, meta.name);
  if (!slot) return {Status::NotFound(KindInfo<T>::kResource, meta.name), nullptr, {}};
  auto old = Load(*slot);
  if (meta.resource_version != 0 && meta.resource_version != old->metadata.resource_version) {
    return {Status::Conflict(KindInfo<T>::kResource, meta.name), nullptr, {}};
  }
  return ApplyUpdate(old, std::move(object), status_only, dry_run, slot);
}

template <class T>
Result<T> Store::Update(T object, bool dry_run) {
  return Replace(std::make_shared<T>(std::move(object)), /*status_only=*/false, dry_run);
}

template <class T>
Result<T> Store::UpdateStatus(T object) {
  return UpdateStatus(std::make_shared<T>(std::move(object)));
}

template <class T>
Result<T> Store::UpdateStatus(std::shared_ptr<T> object) {
  return Replace(std::move(object), /*status_only=*/true, /*dry_run=*/false);
}

template <class T>
Result<T> Store::Patch(const std::string& ns, const std::string& name, const std::function<Status(T&)>& mutate,
                       bool status_only, bool dry_run) {
  auto* slot = FindSlot<T>(ns, name);
  if (!slot) return {Status::NotFound(KindInfo<T>::kResource, name), nullptr, {}};
  auto old = Load(*slot);
  auto copy = std::make_shared<T>(*old);
  if (Status st = mutate(*copy); !st.ok()) return {st, nullptr, {}};
  if (copy->metadata.name != name) return {NameMismatch(copy->metadata.name, name), nullptr, {}};
  copy->metadata.resource_version = old->metadata.resource_version;
  return ApplyUpdate(old, std::move(copy), status_only, dry_run, slot);
}

PodLocator::PodLocator(std::string_view ns, std::string_view name) : key_hash(KeyHash(KeyParts{ns, name})) {}

// Patch(status_only) less its copies back: the metadata and spec are the
// stored ones by construction (a status write through Patch restored and
// compared them, ~800 instructions of each kubelet write).
Result<Pod> Store::PatchPodStatus(const std::string& ns, const std::string& name, PodLocator& where,
                                  const std::function<Status(const Pod&, PodStatus&)>& edit) {
  auto& pods = pods_.objects;
  const auto it = pods.find(KeyParts{ns, name}, where.key_hash, where.entry);
  if (it == pods.end()) return {Status::NotFound(KindInfo<Pod>::kResource, name), nullptr, {}};
  auto* slot = &it->second;
  std::shared_ptr<const Pod> old = *slot;
  auto updated = std::make_shared<Pod>(*old);
  if (Status st = edit(*old, updated->status); !st.ok()) return {st, nullptr, {}};
  const bool unchanged = updated->status == old->status;
  return FinishUpdate(Result<Pod>{}, old, std::move(updated), unchanged, /*dry_run=*/false, slot);
}

Result<Pod> Store::PatchPodMetadata(const std::string& ns, const std::string& name,
                                    const std::function<Status(const Pod&, ObjectMeta&)>& edit) {
  auto* slot = FindSlot<Pod>(ns, name);
  if (!slot) return {Status::NotFound(KindInfo<Pod>::kResource, name), nullptr, {}};
  std::shared_ptr<const Pod> old = *slot;
  auto updated = std::make_shared<Pod>(*old);
  ObjectMeta& meta = updated->metadata;
  if (Status st = edit(*old, meta); !st.ok()) return {st, nullptr, {}};
  if (meta.name != name) return {NameMismatch(meta.name, name), nullptr, {}};
  KeepServerSetMeta(old->metadata, meta);
  // The finalizers first: the patch every pod gets (the Job controller's
  // finalizer removal) differs there, after a dozen fields that never do.
  const bool unchanged = meta.finalizers == old->metadata.finalizers && meta == old->metadata;
  return FinishUpdate(Result<Pod>{}, old, std::move(updated), unchanged, /*dry_run=*/false, slot);
}

template <class T>
Result<T> Store::FinishDelete(const std::string& key, std::shared_ptr<T> object) {
  object->metadata.resource_version = ++resource_version_;  // the DELETED event carries the deletion's version
  std::shared_ptr<const T> last = std::move(object);
  Remove<T>(key, last);
  if constexpr (std::is_same_v<T, Job>) {
    if (rules_.owner_references_gc) OnJobDeleted(*last, Propagation::kBackground);
  }
  return {Status::Ok(), last, {}};
}

template <class T>
Result<T> Store::Delete(const std::string& ns_in, const std::string& name, const DeleteOptions& options,
                        bool dry_run) {
  const std::string ns = KindInfo<T>::kNamespaced ? (ns_in.empty() ? "default" : ns_in) : "";
  auto old = Get<T>(ns, name);
  if (!old) return {Status::NotFound(KindInfo<T>::kResource, name), nullptr, {}};
  if (options.precondition_uid && *options.precondition_uid != old->metadata.uid) {
    return {Status::Conflict(KindInfo<T>::kResource, name), nullptr, {}};
  }
  Result<T> result;
  auto object = std::make_shared<T>(*old);
  ObjectMeta& meta = object->metadata;
  const UnixMs now = TruncateToSecond(clock_.NowUnixMs());
  Propagation propagation = options.propagation;
  if constexpr (std::is_same_v<T, Job>) {
    if (propagation == Propagation::kDefault) {
      const bool via_v1 = options.api_version.empty() || options.api_version == "batch/v1";
      propagation = via_v1 && rules_.job_delete_orphans_by_default ? Propagation::kOrphan : Propagation::kBackground;
      if (propagation == Propagation::kOrphan && rules_.job_delete_warning) result.warnings.push_back(kJobOrphanWarning);
    }
    if (rules_.owner_references_gc) {
      if (propagation == Propagation::kOrphan && !meta.HasFinalizer(kOrphanFinalizer)) {
        meta.finalizers.push_back(kOrphanFinalizer);
      }
      if (propagation == Propagation::kForeground && !meta.HasFinalizer(kForegroundFinalizer)) {
        meta.finalizers.push_back(kForegroundFinalizer);
      }
    }
  }
  const int64_t grace = GracePeriod(*old, options);
  if (dry_run) {
    result.object = old;
    return result;
  }
  if (grace > 0) {
    if (!meta.deletion_timestamp || now + grace * kMsPerSecond < *meta.deletion_timestamp) {
      meta.deletion_timestamp = now + grace * kMsPerSecond;
    }
    meta.deletion_grace_period_seconds = grace;
    result.object = Commit(std::move(object), WatchType::kModified);
    return result;
  }
  if (!meta.finalizers.empty()) {
    if (!meta.deletion_timestamp) meta.deletion_timestamp = now;
    meta.deletion_grace_period_seconds = 0;
    if (*object == *old) {
      result.object = old;
      return result;
    }
    result.object = Commit(std::move(object), WatchType::kModified);
    if constexpr (std::is_same_v<T, Job>) OnJobDeleted(*result.object, propagation);
    return result;
  }
  if (!meta.deletion_timestamp) meta.deletion_timestamp = now;
  meta.deletion_grace_period_seconds = 0;
  auto finished = FinishDelete(ObjectKey(ns, name), std::move(object));
  finished.warnings = std::move(result.warnings);
  return finished;
}

template <class T>
std::shared_ptr<const T> Store::Get(const std::string& ns, const std::string& name) const {
  const auto& objects = collection<T>().objects;
  auto it = objects.find(KeyParts{KindInfo<T>::kNamespaced ? std::string_view(ns) : std::string_view(), name});
  return it == objects.end() ? nullptr : Load(it->second);
}

template <class T>
bool Store::Exists(const std::string& ns, const std::string& name) const {
  return collection<T>().objects.contains(
      KeyParts{KindInfo<T>::kNamespaced ? std::string_view(ns) : std::string_view(), name});
}

template <class T>
Status Store::List(const ListOptions& options, std::vector<std::shared_ptr<const T>>& out) const {
  const auto& objects = collection<T>().objects;
  auto it = options.namespace_.empty() || !KindInfo<T>::kNamespaced ? objects.begin()
                                                                     : objects.lower_bound(options.namespace_ + "/");
  for (; it != objects.end(); ++it) {
    std::shared_ptr<const T> obj = Load(it->second);
    if (KindInfo<T>::kNamespaced && !options.namespace_.empty() && obj->metadata.namespace_ != options.namespace_) break;
    bool matches = false;
    if (Status st = MatchesSelectors(*obj, options.labels, options.fields, matches); !st.ok()) return st;
    if (matches) out.push_back(std::move(obj));
  }
  return Status::Ok();
}

Result<Pod> Store::Bind(const std::string& ns, const std::string& name, const std::string& node) {
  auto* slot = FindSlot<Pod>(ns, name);
  if (!slot) return {Status::NotFound("pods", name), nullptr, {}};
  const Pod* old = slot->get();
  if (!old->spec->node_name.empty()) {
    return {Status::Conflict("pods/binding", name), nullptr, {}};
  }
  auto pod = std::make_shared<Pod>(*old);
  bound_specs_[node].Apply(pod->spec, [&](PodSpec& spec) { spec.node_name = node; });
  const UnixMs now = TruncateToSecond(clock_.NowUnixMs());
  auto& conditions = pod->status.conditions;
  if (conditions.empty() && !bound_conditions_.empty() && bound_conditions_[0].last_transition_time == now) {
    conditions = bound_conditions_;  // the list of the pods bound before in this second
  } else {
    Condition scheduled;
    scheduled.type = "PodScheduled";
    scheduled.status = "True";
    scheduled.last_transition_time = now;
    const bool alone = conditions.empty();
    conditions.push_back(scheduled);
    if (alone) bound_conditions_ = conditions;
  }
  return {Status::Ok(), Commit(std::move(pod), WatchType::kModified, slot), {}};
}

void Store::WriteLog(const std::string& ns, const std::string& pod, const std::string& container,
                     int32_t restart_count, const std::string& text) {
  logs_.Append(KeyParts{ns, pod}, container, restart_count, text);
}

void Store::WriteLog(const PodLocator& where, const std::string& ns, const std::string& pod,
                     const std::string& container, int32_t restart_count, const std::string& text) {
  logs_.Append(KeyParts{ns, pod}, where.key_hash, container, restart_count, text);
}

const std::string* Store::ReadLog(const std::string& ns, const std::string& pod, const std::string& container,
                                  int32_t restart_count) const {
  return logs_.Find(KeyParts{ns, pod}, container, restart_count);
}

std::vector<std::shared_ptr<const Pod>> Store::PodsOwnedBy(const std::string& owner_uid) const {
  std::vector<std::shared_ptr<const Pod>> out;
  auto it = pods_by_owner_.find(owner_uid);
  if (it == pods_by_owner_.end()) return out;
  std::vector<std::string_view> keys(it->second.begin(), it->second.end());
  std::sort(keys.begin(), keys.end(), ObjectKeyLess{});
  for (std::string_view key : keys) {
    auto pod = pods_.objects.find(key);
    if (pod != pods_.objects.end()) out.push_back(pod->second);
  }
  return out;
}

namespace {
// The reference counts of a shared part, which the watchers' copies and the
// last owner's free of the replaced version change (once when both versions
// share it), and the first bytes of its value.
template <class T>
void WarmCounts(const Cow<T>& part, const Cow<T>* before_part) {
  constexpr size_t kCounts = 2 * sizeof(void*);
  const T* held = part.held();
  PrefetchBlock(held, kCounts, kCounts);
  if (before_part && before_part->held() != held) PrefetchBlock(before_part->held(), kCounts, kCounts);
}

// What the watchers of a Pod version, and the last owner of the version it
// replaced, read next: the spec (its node is the delivery's scope) and the
// shared parts each pod has its own of. The others (labels, annotations,
// host IPs) are shared by many pods, in the cache already, or empty.
template <class T>
void WarmParts(const T& object, const T* before) {
  if constexpr (std::is_same_v<T, Pod>) {
    const ObjectMeta& m = object.metadata;
    const ObjectMeta* bm = before ? &before->metadata : nullptr;
    const PodStatus& st = object.status;
    const PodStatus* bst = before ? &before->status : nullptr;
    PrefetchShared(object.spec.held());
    WarmCounts(m.owner_references, bm ? &bm->owner_references : nullptr);
    WarmCounts(m.finalizers, bm ? &bm->finalizers : nullptr);
    WarmCounts(st.conditions, bst ? &bst->conditions : nullptr);
    WarmCounts(st.container_statuses, bst ? &bst->container_statuses : nullptr);
  }
}
}  // namespace

// Watch delivery runs as a posted task, after the writer has returned. Watchers
// are called in the order they started watching, whatever their scope.
template <class T>
struct Store::Delivery {
  Store* store;
  WatchType type;
  std::shared_ptr<const T> object;
  std::shared_ptr<const T> before;
  void operator()() const { store->Deliver<T>(type, object, before.get()); }
  // Both versions were last touched when written, long before their turn
  // comes in a busy millisecond; the watchers read the new one and drop the
  // old one, whose last owner frees it (reading it again).
  void Warm(int stage) const {
    if (stage == 0) {
      PrefetchShared(object.get());
      PrefetchShared(before.get());
    } else {
      WarmParts(*object, before.get());
    }
  }
};

template <class T>
void Store::Notify(WatchType type, std::shared_ptr<const T> object, std::shared_ptr<const T> before) {
  if (collection<T>().watcher_count == 0) return;
  dispatcher_.Post(Delivery<T>{this, type, std::move(object), std::move(before)});
}

template <class T>
void Store::Deliver(WatchType type, const std::shared_ptr<const T>& object, const T* before) {
  auto& c = collection<T>();
  const std::string_view node_after = type == WatchType::kDeleted ? std::string_view() : NodeOf(*object);
  const std::string_view node_before =
      before ? NodeOf(*before) : (type == WatchType::kDeleted ? NodeOf(*object) : std::string_view());
  // The scopes to deliver to (at most three), with the type their watchers see.
  struct Scope {
    const std::vector<std::unique_ptr<Watcher<T>>>* watchers;
    WatchType seen;
  };
  Scope scopes[3];
  size_t scope_count = 0, total = 0;
  if (!c.unscoped.empty()) {
    scopes[scope_count++] = {&c.unscoped, type};
    total += c.unscoped.size();
  }
  auto add = [&](std::string_view node, WatchType seen) {
    auto it = c.by_node.find(node);
    if (it == c.by_node.end()) return;
    scopes[scope_count++] = {&it->second, seen};
    total += it->second.size();
  };
  // Versions that share their spec name their node with the same characters.
  if ((node_before.data() == node_after.data() && node_before.size() == node_after.size()) ||
      node_before == node_after) {
    if (!node_after.empty()) add(node_after, type);
  } else {
    if (!node_before.empty()) add(node_before, WatchType::kDeleted);
    if (!node_after.empty()) add(node_after, WatchType::kAdded);
  }
  // The watchers are listed first, since a callback may start or stop
  // watches; a pod write has a handful, kept on the stack. A watcher stopped
  // meanwhile is skipped, and freed once delivery is over (StopWatch).
  struct Target {
    WatchId id;
    WatchType seen;
    Watcher<T>* watcher;
    bool operator<(const Target& other) const { return id < other.id; }
  };
  constexpr size_t kOnStack = 16;
  std::array<Target, kOnStack> on_stack;
  std::vector<Target> on_heap(total > kOnStack ? total : 0);
  Target* const targets = total > kOnStack ? on_heap.data() : on_stack.data();
  size_t n = 0;
  for (size_t i = 0; i < scope_count; ++i) {
    for (const auto& w : *scopes[i].watchers) targets[n++] = {w->id, scopes[i].seen, w.get()};
  }
  // Each scope lists its watchers in id order: an insertion sort merges a
  // handful of short sorted runs without std::sort's set-up.
  for (size_t i = 1; i < n; ++i) {
    for (size_t j = i; j > 0 && targets[j] < targets[j - 1]; --j) std::swap(targets[j], targets[j - 1]);
  }
  c.delivering = true;
  for (size_t i = 0; i < n; ++i) {
    if (!targets[i].watcher->stopped) targets[i].watcher->callback(WatchEvent<T>{targets[i].seen, object});
  }
  c.delivering = false;
  c.stopped.clear();
}

template <class T>
Store::WatchId Store::AddWatch(const std::string& node, std::function<void(const WatchEvent<T>&)> callback) {
  const WatchId id = next_watch_id_++;
  auto& c = collection<T>();
  auto& watchers = node.empty() ? c.unscoped : c.by_node[node];
  watchers.push_back(std::make_unique<Watcher<T>>(Watcher<T>{id, std::move(callback)}));
  ++c.watcher_count;
  return id;
}

template <class T>
Store::WatchId Store::Watch(std::function<void(const WatchEvent<T>&)> callback) {
  return AddWatch<T>("", std::move(callback));
}

Store::WatchId Store::WatchPodsOnNode(const std::string& node,
                                      std::function<void(const WatchEvent<Pod>&)> callback) {
  return AddWatch<Pod>(node, std::move(callback));
}

namespace {
// Removes watcher id from watchers; false when it is not there.
template <class C>
bool EraseWatchFrom(C& c, typename C::Watchers& watchers, Store::WatchId id) {
  auto it = std::find_if(watchers.begin(), watchers.end(), [id](const auto& w) { return w->id == id; });
  if (it == watchers.end()) return false;
  (*it)->stopped = true;
  // A callback being delivered may be the one stopping: it stays alive until delivery ends.
  if (c.delivering) c.stopped.push_back(std::move(*it));
  watchers.erase(it);
  --c.watcher_count;
  return true;
}

template <class C>
void EraseWatch(C& c, Store::WatchId id) {
  if (EraseWatchFrom(c, c.unscoped, id)) return;
  for (auto scope = c.by_node.begin(); scope != c.by_node.end(); ++scope) {
    if (!EraseWatchFrom(c, scope->second, id)) continue;
    if (scope->second.empty()) c.by_node.erase(scope);
    return;
  }
}
}  // namespace

void Store::StopWatch(WatchId id) {
  EraseWatch(pods_, id);
  EraseWatch(jobs_, id);
  EraseWatch(events_, id);
  EraseWatch(nodes_, id);
  EraseWatch(namespaces_, id);
}

// The garbage collector's reaction to a Job being deleted, run as deferred work
// (it is a separate controller in kube-controller-manager).
void Store::OnJobDeleted(const Job& job, Propagation propagation) {
  const std::string uid = job.metadata.uid.str();
  const std::string ns = job.metadata.namespace_;
  const std::string name = job.metadata.name;
  dispatcher_.Post([this, uid, ns, name, propagation] {
    for (const auto& pod : PodsOwnedBy(uid)) {
      if (propagation == Propagation::kOrphan) {
        Patch<Pod>(pod->metadata.namespace_, pod->metadata.name, [&](Pod& p) {
          auto& refs = p.metadata.owner_references.Mut();
          refs.erase(std::remove_if(refs.begin(), refs.end(), [&](const OwnerReference& r) { return r.uid == uid; }),
                     refs.end());
          return Status::Ok();
        });
      } else {
        DeleteOptions background;
        background.propagation = Propagation::kBackground;
        Delete<Pod>(pod->metadata.namespace_, pod->metadata.name, background);
      }
    }
    if (propagation == Propagation::kOrphan) {
      RemoveJobFinalizer(ns, name, uid, kOrphanFinalizer);
    } else if (propagation == Propagation::kBackground || PodsOwnedBy(uid).empty()) {
      RemoveJobFinalizer(ns, name, uid, kForegroundFinalizer);
    }
    // Otherwise dependents are still terminating: the last one's removal
    // finishes the deletion (OnDependentRemoved).
  });
}

// Foreground deletion: an owner waiting for its dependents goes once the last
// one is gone, whenever that is (the garbage collector reacts to the
// dependent's DELETED event).
void Store::OnDependentRemoved(const Pod& pod) {
  for (const auto& ref : pod.metadata.owner_references) {
    if (ref.kind != "Job" || pods_by_owner_.count(ref.uid)) continue;
    auto job = Get<Job>(pod.metadata.namespace_, ref.name);
    if (!job || job->metadata.uid != ref.uid || !job->metadata.HasFinalizer(kForegroundFinalizer)) continue;
    dispatcher_.Post([this, ns = pod.metadata.namespace_, name = ref.name, uid = ref.uid] {
      RemoveJobFinalizer(ns, name, uid, kForegroundFinalizer);
    });
  }
}

void Store::RemoveJobFinalizer(const std::string& ns, const std::string& name, const std::string& uid,
                               const char* finalizer) {
  auto job = Get<Job>(ns, name);
  if (!job || job->metadata.uid != uid || !job->metadata.HasFinalizer(finalizer)) return;
  Patch<Job>(ns, name, [&](Job& j) {
    auto& f = j.metadata.finalizers.Mut();
    f.erase(std::remove(f.begin(), f.end(), std::string_view(finalizer)), f.end());
    return Status::Ok();
  });
}

#define JOBSIM_INSTANTIATE(T)                                                                           \
  template Result<T> Store::Create<T>(T, bool);                                                          \
  template Result<T> Store::Create<T>(std::shared_ptr<T>, bool);                                         \
  template Result<T> Store::CreateSystemObject<T>(T);                                                    \
  template Result<T> Store::Update<T>(T, bool);                                                          \
  template Result<T> Store::UpdateStatus<T>(T);                                                          \
  template Result<T> Store::UpdateStatus<T>(std::shared_ptr<T>);                                         \
  template Result<T> Store::Patch<T>(const std::string&, const std::string&,                             \
                                     const std::function<Status(T&)>&, bool, bool);                      \
  template Result<T> Store::Delete<T>(const std::string&, const std::string&, const DeleteOptions&, bool); \
  template std::shared_ptr<const T> Store::Get<T>(const std::string&, const std::string&) const;         \
  template bool Store::Exists<T>(const std::string&, const std::string&) const;                          \
  template Status Store::List<T>(const ListOptions&, std::vector<std::shared_ptr<const T>>&) const;      \
  template Store::WatchId Store::Watch<T>(std::function<void(const WatchEvent<T>&)>);

JOBSIM_INSTANTIATE(Pod)
JOBSIM_INSTANTIATE(Job)
JOBSIM_INSTANTIATE(Event)
JOBSIM_INSTANTIATE(Node)
JOBSIM_INSTANTIATE(Namespace)

}  // namespace jobsim::api
