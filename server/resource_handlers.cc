#include "server/resource_handlers.h"

#include <fmt/format.h>

#include "fakeapi/actor_managed_fields.h"
#include "fakeapi/codec.h"
#include "fakeapi/patch.h"
#include "fakeapi/patch_object.h"
#include "fakeapi/update_managed_fields.h"
#include "server/apply_conflicts.h"
#include "server/events_v1.h"
#include "server/events_v1_validation.h"
#include "server/field_manager_name.h"
#include "server/field_validation.h"
#include "server/list_filter.h"
#include "server/list_page.h"
#include "server/openapi_schemas.h"
#include "server/request_body.h"
#include "server/responses.h"
#include "server/server_side_apply.h"
#include "server/table.h"
#include "server/write_options.h"
#include "sim/scenario/kind_dispatch.h"

namespace jobsim::server {
namespace {

using api::Json;

constexpr const char* kApplyPatchType = "application/apply-patch+yaml";

std::optional<api::PatchType> PatchTypeOf(const std::string& media_type) {
  if (media_type == "application/merge-patch+json") return api::PatchType::kMerge;
  if (media_type == "application/strategic-merge-patch+json") return api::PatchType::kStrategic;
  if (media_type == "application/json-patch+json") return api::PatchType::kJson;
  return std::nullopt;
}

// A string member, or "" when absent or not a string (the decoder reports the type).
std::string StringMember(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// The stored JSON (codec.h) in the resource's group/version.
template <class T>
Json InGroupVersion(Json out, const ApiResource& resource) {
  if constexpr (std::is_same_v<T, api::Event>) {
    if (resource.group == kEventsGroup) out = EventsV1FromCore(out);
  }
  out["apiVersion"] = resource.GroupVersion();
  return out;
}

// The object as the API returns it through the resource's group/version,
// with the managedFields of the writes that bypassed the server
// (actor_managed_fields.h), its timestamps moved by offset_ms (timestamp_shift.h).
template <class T>
Json EncodeAs(const T& object, const ApiResource& resource, int64_t offset_ms) {
  Json stored = api::Encode(object);
  api::AttributeActorFields(stored);
  Json out = InGroupVersion<T>(std::move(stored), resource);
  ShiftTimestamps(out, offset_ms);
  return out;
}

// A Table whose rows' objects carry shifted timestamps; its cells (ages at
// virtual now) stay as computed.
template <class T>
Json ShiftedTable(const std::vector<std::shared_ptr<const T>>& objects, const TableContext& context,
                  int64_t offset_ms) {
  Json table = TableOf<T>(objects, context);
  ShiftTimestamps(table["rows"], offset_ms);
  return table;
}

// RFC 7234 warn-text is a quoted-string: quotes and backslashes are escaped
// (kubectl prints `Warning: unknown field "spec.foo"`).
std::string QuotedString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

void AddWarnings(const std::vector<std::string>& warnings, Response& response) {
  for (const std::string& w : warnings) response.headers.emplace_back("Warning", "299 - " + QuotedString(w));
}

// The verb of a write, as discovery lists it; "" for reads.
std::string WriteVerb(const std::string& method, bool named) {
  if (method == "POST") return "create";
  if (method == "PUT") return "update";
  if (method == "PATCH") return "patch";
  if (method == "DELETE") return named ? "delete" : "deletecollection";
  return "";
}

// One request on one kind.
template <class T>
class KindHandler {
 public:
  KindHandler(api::Store& store, const sim::Profile& profile, WatchCache<T>& cache, PodLogs& logs,
              EncodedObjects& encoded, const TimestampShift& shift, const Request& request, const Target& target,
              const ResourcePath& path)
      : store_(store), profile_(profile), cache_(cache), logs_(logs), encoded_(encoded), shift_(shift),
        offset_ms_(shift.OffsetMs()), request_(request), target_(target), path_(path), resource_(*path.resource) {}

  Response Serve() {
    const std::string& m = request_.method;
    const bool named = !path_.name.empty();
    if (path_.subresource == "log") return m == "GET" ? Log() : NotAllowed();
    const std::string verb = WriteVerb(m, named);
    if (!verb.empty() && !resource_.Allows(verb)) return NotAllowed();
    if (m == "GET") return named ? Get() : (target_.Flag("watch") ? Watch() : List());
    if (m == "POST" && !named) return Create();
    if (m == "PUT" && named) return Update();
    if (m == "PATCH" && named) return Patch();
    if (m == "DELETE") return named ? Delete() : DeleteCollection();
    return NotAllowed();
  }

 private:
  Response NotAllowed() {
    return ErrorResponse(api::Status::MethodNotAllowed(
        fmt::format("the server does not allow this method on the requested resource")));
  }

  Json EncodeFor(const T& object) const { return EncodeAs(object, resource_, offset_ms_); }

  // EncodeFor's text, of a stored version (encoded_objects.h).
  const std::string& StoredText(const T& object) const {
    return encoded_.Get(object.metadata.resource_version, resource_.GroupVersion() + "/" + resource_.plural,
                        offset_ms_, [&] { return EncodeFor(object).dump(); });
  }

  // events.k8s.io/v1 Events are stored as core/v1 ones: bodies are converted
  // on the way in (events_v1.h), and writes pass that API's validation.
  bool IsEventsV1() const { return std::is_same_v<T, api::Event> && resource_.group == kEventsGroup; }

  // The request version's own validation of a write (old: null on create).
  api::Status ValidateWrite(const T& object, const T* old) const {
    if constexpr (std::is_same_v<T, api::Event>) {
      if (IsEventsV1()) {
        return old ? ValidateEventsV1Update(object, *old, profile_.api) : ValidateEventsV1Create(object, profile_.api);
      }
    }
    return api::Status::Ok();
  }

  // A change to the live object in the request's group/version: an
  // events.k8s.io/v1 patch or apply works on the converted event, whose
  // result is converted back and validated as an update.
  template <class Change>
  auto InRequestVersion(Change change) const {
    return [this, change](const Json& live, Json& out) {
      if (!IsEventsV1()) return change(live, out);
      api::Status st = change(EventsV1FromCore(live), out);
      if (!st.ok()) return st;
      out = CoreFromEventsV1(out);
      T old, updated;
      if (st = api::Decode(live, old); !st.ok()) return st;
      if (st = api::Decode(out, updated); !st.ok()) return st;
      return ValidateWrite(updated, &old);
    };
  }

  TableContext Tables() const {
    TableContext context;
    context.now = store_.clock().NowUnixMs();
    context.rules = ServerPrintRules(profile_.kubectl);
    context.include = ParseIncludeObject(target_.Param("includeObject"));
    context.resource_version = store_.resource_version();
    return context;
  }

  bool WantsTableAnswer() const { return WantsTable(request_.Header("accept")); }

  Response ObjectResponse(int code, const T& object) const {
    if (WantsTableAnswer() && path_.subresource.empty()) {
      return JsonResponse(code, ShiftedTable<T>({std::make_shared<const T>(object)}, Tables(), offset_ms_));
    }
    return JsonResponse(code, EncodeFor(object));
  }

  Response Get() {
    const auto object = store_.Get<T>(path_.namespace_, path_.name);
    if (!object) return ErrorResponse(api::Status::NotFound(resource_.QualifiedResource(), path_.name));
    if (WantsTableAnswer()) return ObjectResponse(200, *object);
    Response response;
    response.body = StoredText(*object);
    return response;
  }

  std::optional<Response> ParseListOptions(api::ListOptions& options) const {
    options.namespace_ = path_.namespace_;
    if (api::Status st = api::Selector::Parse(target_.Param("labelSelector"), options.labels); !st.ok()) {
      return ErrorResponse(st);
    }
    std::string fields = target_.Param("fieldSelector");
    if (resource_.group == kEventsGroup) fields = CoreEventFieldSelector(fields);
    if (api::Status st = api::FieldSelector::Parse(fields, options.fields); !st.ok()) {
      return ErrorResponse(st);
    }
    return std::nullopt;
  }

  Response List() {
    api::ListOptions options;
    if (auto error = ParseListOptions(options)) return *error;
    std::vector<std::shared_ptr<const T>> objects;
    // A continued list reads the snapshot of its first page; a new one the store now.
    std::optional<ContinueToken> from;
    uint64_t resource_version = store_.resource_version();
    if (const std::string text = target_.Param("continue"); !text.empty()) {
      if (auto error = DecodeContinue(text, from.emplace())) return *error;
      resource_version = from->resource_version;
      if (api::Status st = cache_.Snapshot(resource_version, options, objects); !st.ok()) return ErrorResponse(st);
    } else if (api::Status st = store_.List(options, objects); !st.ok()) {
      return ErrorResponse(st);
    }
    ListPage<T> page;
    if (auto error = Paginate(objects, target_.Param("limit"), from, resource_version, page)) return *error;
    if (WantsTableAnswer()) {
      TableContext tables = Tables();
      tables.resource_version = page.resource_version;
      Json table = ShiftedTable<T>(page.items, tables, offset_ms_);
      page.AddContinue(table["metadata"]);
      return JsonResponse(200, table);
    }
    Json metadata = {{"resourceVersion", std::to_string(page.resource_version)}};
    page.AddContinue(metadata);
    const Json body = {{"kind", resource_.kind_name + "List"},
                       {"apiVersion", resource_.GroupVersion()},
                       {"metadata", std::move(metadata)},
                       {"items", Json::array()}};
    // The items' cached texts go where the empty list is: keys are sorted, "items" comes
    // after "apiVersion", whose value ("v1", "batch/v1") cannot hold it.
    std::string text = body.dump();
    const std::string empty = R"("items":[])";
    std::string items = "\"items\":[";
    for (size_t i = 0; i < page.items.size(); ++i) {
      if (i > 0) items += ',';
      items += StoredText(*page.items[i]);
    }
    items += ']';
    text.replace(text.find(empty), empty.size(), items);
    Response response;
    response.body = std::move(text);
    return response;
  }

  Response Watch() {
    typename WatchCache<T>::Watcher watcher;
    if (auto error = ParseListOptions(watcher.filter)) return *error;
    // An unsupported field is a BadRequest, as for a list.
    bool unused = false;
    const T blank{};
    if (api::Status st = watcher.filter.fields.Matches([&](const std::string& f) { return api::FieldOf(blank, f); }, unused);
        !st.ok()) {
      return ErrorResponse(st);
    }
    if (WantsTableAnswer()) {
      const TableContext tables = Tables();
      const Clock& clock = store_.clock();
      watcher.render = [tables, &clock, shift = &shift_](const T& object) {
        TableContext now = tables;
        now.now = clock.NowUnixMs();
        now.resource_version = object.metadata.resource_version;
        return ShiftedTable<T>({std::make_shared<const T>(object)}, now, shift->OffsetMs());
      };
    } else {
      // The resource and the shift outlive the watchers: all belong to the ApiServer.
      watcher.render = [resource = &resource_, shift = &shift_](const T& object) {
        return EncodeAs(object, *resource, shift->OffsetMs());
      };
      watcher.shared_render = &resource_;
    }
    watcher.bookmark_type = {{"kind", resource_.kind_name}, {"apiVersion", resource_.GroupVersion()}};
    watcher.bookmarks = target_.Flag("allowWatchBookmarks");
    watcher.pipe = std::make_shared<ChunkPipe>(kStreamBufferBytes);
    Response response;
    response.stream = watcher.pipe;
    const std::string timeout = target_.Param("timeoutSeconds");
    if (!timeout.empty()) response.stream_timeout_ms = std::atoll(timeout.c_str()) * 1000;
    if (api::Status st = cache_.Add(target_.Param("resourceVersion"), std::move(watcher)); !st.ok()) {
      return ErrorResponse(st);
    }
    return response;
  }

  // Checks a body's kind, namespace and name against the path; fills in the
  // namespace and the apiVersion.
  std::optional<Response> CheckObject(Json& body) const {
    const std::string kind = StringMember(body, "kind");
    if (!kind.empty() && kind != resource_.kind_name) {
      return ErrorResponse(400, "BadRequest",
                           fmt::format("the object provided is unrecognized or malformed: kind \"{}\" on {} ",
                                       kind, resource_.plural));
    }
    Json& metadata = body["metadata"];
    if (!metadata.is_object()) metadata = Json::object();
    if (resource_.namespaced) {
      const std::string ns = StringMember(metadata, "namespace");
      if (!ns.empty() && ns != path_.namespace_) {
        return ErrorResponse(400, "BadRequest",
                             "the namespace of the provided object does not match the namespace sent on the request");
      }
      metadata["namespace"] = path_.namespace_;
    }
    if (!path_.name.empty() && StringMember(metadata, "name") != path_.name) {
      return ErrorResponse(400, "BadRequest",
                           fmt::format("the name of the object ({}) does not match the name on the URL ({})",
                                       StringMember(metadata, "name"), path_.name));
    }
    body["apiVersion"] = resource_.GroupVersion();
    return std::nullopt;
  }

  // fieldValidation on a body: Strict turns unknown fields into a 400, Warn into
  // warnings. A whole object (create, update) fails as upstream's decoder does.
  std::optional<Response> CheckFields(const Json& body, std::vector<std::string>& warnings,
                                      bool whole_object = false) const {
    const auto mode = ParseFieldValidation(target_.Param("fieldValidation"));
    if (!mode) {
      return ErrorResponse(400, "BadRequest",
                           fmt::format("fieldValidation: Unsupported value: \"{}\": supported values: "
                                       "\"Ignore\", \"Strict\", \"Warn\"", target_.Param("fieldValidation")));
    }
    if (*mode == FieldValidation::kIgnore) return std::nullopt;
    const std::vector<std::string> unknown = UnknownFields(body, SchemaNameOf(resource_));
    if (unknown.empty()) return std::nullopt;
    if (*mode == FieldValidation::kStrict) {
      const std::string message = StrictDecodingMessage(unknown);
      return ErrorResponse(400, "BadRequest",
                           whole_object ? DecodeErrorMessage(resource_.kind_name, resource_.version, message) : message);
    }
    for (const std::string& path : unknown) warnings.push_back(UnknownFieldMessage(path));
    return std::nullopt;
  }

  // Decodes the body into T, checking it against the path and fieldValidation.
  std::optional<Response> DecodeObject(T& out, std::vector<std::string>& warnings) const {
    Json body;
    if (auto error = DecodeObjectBody(request_, body)) return error;
    if (auto error = CheckObject(body)) return error;
    if (auto error = CheckFields(body, warnings, true)) return error;
    ShiftTimestamps(body, -offset_ms_);
    if (IsEventsV1()) body = CoreFromEventsV1(body);
    if (api::Status st = api::Decode(body, out); !st.ok()) return ErrorResponse(st);
    return std::nullopt;
  }

  Response Written(const api::Result<T>& result, int code, std::vector<std::string> warnings = {}) const {
    if (!result.ok()) return ErrorResponse(result.status);
    Response response = JsonResponse(code, EncodeFor(*result.object));
    warnings.insert(warnings.end(), result.warnings.begin(), result.warnings.end());
    AddWarnings(warnings, response);
    return response;
  }

  // The manager of a write: fieldManager, else the User-Agent's product.
  std::string WriteManager() const {
    const std::string manager = target_.Param("fieldManager");
    return manager.empty() ? ManagerFromUserAgent(request_.Header("user-agent")) : manager;
  }

  // The Update entry of this write, timed in the frame offset_ms moves stored time to.
  api::UpdateEntry WriteEntry(int64_t offset_ms) const {
    return {WriteManager(), resource_.GroupVersion(), path_.subresource,
            api::EncodeTime(store_.clock().NowUnixMs() + offset_ms).get<std::string>()};
  }

  // The object as the field manager sees a create or an update: defaulted,
  // as decoding defaults it upstream (before the strategy generates a Job's selector).
  Json DefaultedForm(T object) const {
    if constexpr (std::is_same_v<T, api::Job>) api::ApplyDefaults(object, store_.rules());
    if constexpr (std::is_same_v<T, api::Pod>) api::ApplyDefaults(object.spec, store_.rules());
    return InGroupVersion<T>(api::Encode(object), resource_);
  }

  // Records the create (old null) or update of object in its managedFields
  // (update_managed_fields.h); an update without managedFields keeps the live ones.
  void RecordWriteOf(T& object, const T* old) const {
    Json after = DefaultedForm(object);
    std::optional<Json> before;
    if (old) {
      before = EncodeAs(*old, resource_, 0);
      if (after["metadata"].value("managedFields", Json::array()).empty()) {
        after["metadata"]["managedFields"] = before->at("metadata").value("managedFields", Json::array());
      }
    }
    api::RecordWrite(before ? &*before : nullptr, after, WriteEntry(0));
    Json& extra = object.metadata.extra.Mut();
    if (const auto it = after["metadata"].find("managedFields"); it != after["metadata"].end()) {
      extra["managedFields"] = std::move(*it);
    } else {
      extra.erase("managedFields");
    }
  }

  Response Create() {
    if (resource_.namespaced && path_.namespace_.empty()) return NotAllowed();
    bool dry_run = false;
    if (auto error = ParseDryRun(target_.Param("dryRun"), dry_run)) return *error;
    T object;
    std::vector<std::string> warnings;
    if (auto error = DecodeObject(object, warnings)) return *error;
    if (api::Status st = ValidateWrite(object, nullptr); !st.ok()) return ErrorResponse(st);
    RecordWriteOf(object, nullptr);
    return Written(store_.Create(std::move(object), dry_run), 201, warnings);
  }

  Response Update() {
    bool dry_run = false;
    if (auto error = ParseDryRun(target_.Param("dryRun"), dry_run)) return *error;
    T object;
    std::vector<std::string> warnings;
    if (auto error = DecodeObject(object, warnings)) return *error;
    const auto old = store_.Get<T>(path_.namespace_, path_.name);
    if (old) RecordWriteOf(object, old.get());
    if (path_.subresource == "status") return Written(store_.UpdateStatus(std::move(object)), 200, warnings);
    if (old) {
      if (api::Status st = ValidateWrite(object, old.get()); !st.ok()) return ErrorResponse(st);
    }
    return Written(store_.Update(std::move(object), dry_run), 200, warnings);
  }

  Response Patch() {
    bool dry_run = false;
    if (auto error = ParseDryRun(target_.Param("dryRun"), dry_run)) return *error;
    const std::string media_type = MediaType(request_.Header("content-type"));
    if (media_type == kApplyPatchType && path_.subresource.empty()) return Apply(dry_run);
    const auto type = PatchTypeOf(media_type);
    if (!type) {
      return ErrorResponse(415, "UnsupportedMediaType",
                           "the body of the request was in an unknown format - accepted media types include: "
                           "application/json-patch+json, application/merge-patch+json, "
                           "application/apply-patch+yaml, application/strategic-merge-patch+json");
    }
    Json patch;
    if (auto error = ParseJsonBody(request_.body, patch)) return *error;
    // A JSON patch names paths, not fields: only merge patches are checked.
    std::vector<std::string> warnings;
    if (*type != api::PatchType::kJson) {
      if (auto error = CheckFields(patch, warnings)) return *error;
    }
    const api::UpdateEntry entry = WriteEntry(offset_ms_);
    const auto result = api::PatchAsJson<T>(
        store_, path_.namespace_, path_.name,
        WithOwners(AsServed(InRequestVersion([&](const Json& live, Json& out) {
          api::Status st = api::ApplyPatch(*type, live, patch, out);
          if (st.ok()) api::RecordWrite(&live, out, entry);
          return st;
        }))),
        path_.subresource == "status", dry_run);
    return Written(result, 200, warnings);
  }

  // A change to the live object with the managedFields of the writes that
  // bypassed the server (actor_managed_fields.h), which a write then keeps.
  template <class Change>
  auto WithOwners(Change change) const {
    return [change](const Json& live, Json& out) {
      Json owned = live;
      api::AttributeActorFields(owned);
      const api::Status st = change(owned, out);
      // A change that changes nothing writes nothing, derived entries included.
      if (st.ok() && out == owned) out = live;
      return st;
    };
  }

  // A change to the live object as the client sees it: the patch or applied
  // configuration holds served (shifted) timestamps, so it applies to the
  // live object's served form, and the result goes back to stored time.
  template <class Change>
  auto AsServed(Change change) const {
    return [this, change](const Json& live, Json& out) {
      if (offset_ms_ == 0) return change(live, out);
      Json served = live;
      ShiftTimestamps(served, offset_ms_);
      const api::Status st = change(served, out);
      ShiftTimestamps(out, -offset_ms_);
      return st;
    };
  }

  // Server-side apply: creates the object (201) or merges the configuration
  // into it (200), recording the manager's fields (server_side_apply.h).
  Response Apply(bool dry_run) {
    const std::string manager = target_.Param("fieldManager");
    if (manager.empty()) return ErrorResponse(422, "Invalid", kApplyNeedsFieldManager);
    Json applied;
    if (auto error = ParseYamlBody(request_.body, applied)) return *error;
    if (auto error = CheckObject(applied)) return *error;
    std::vector<std::string> warnings;
    if (auto error = CheckFields(applied, warnings)) return *error;
    // The entry's time is served time, like the configuration's (AsServed).
    const api::ApplyEntry entry{manager, resource_.GroupVersion(),
                           api::EncodeTime(store_.clock().NowUnixMs() + offset_ms_).get<std::string>(), {}};
    const auto live = store_.Get<T>(path_.namespace_, path_.name);
    if (!live) {
      Json created;
      if (api::Status st = ApplyConfiguration(nullptr, applied, entry, created); !st.ok()) return ErrorResponse(st);
      ShiftTimestamps(created, -offset_ms_);
      if (IsEventsV1()) created = CoreFromEventsV1(created);
      T object;
      if (api::Status st = api::Decode(created, object); !st.ok()) return ErrorResponse(st);
      if (api::Status st = ValidateWrite(object, nullptr); !st.ok()) return ErrorResponse(st);
      return Written(store_.Create(std::move(object), dry_run), 201, warnings);
    }
    // --force-conflicts sends force=true: the conflicting fields change hands instead.
    if (!target_.Flag("force")) {
      const auto conflicts = FindApplyConflicts(EncodeFor(*live), applied, api::FieldSetOf(applied), manager);
      if (!conflicts.empty()) return JsonResponse(409, ConflictStatusJson(conflicts));
    }
    const auto result = api::PatchAsJson<T>(
        store_, path_.namespace_, path_.name,
        WithOwners(AsServed(InRequestVersion(
            [&](const Json& live, Json& out) { return ApplyConfiguration(&live, applied, entry, out); }))),
        /*status_only=*/false, dry_run);
    return Written(result, 200, warnings);
  }

  std::optional<Response> ParseDelete(api::DeleteOptions& options, bool& dry_run) const {
    Json body = Json::object();
    if (!request_.body.empty()) {
      if (auto error = DecodeObjectBody(request_, body)) return error;
    }
    options.api_version = resource_.GroupVersion();
    return ParseDeleteOptions(body, target_, options, dry_run);
  }

  // kube-apiserver answers a delete with the object while it still exists
  // (grace period, finalizers) or when the kind's registry returns deleted
  // objects (pods, namespaces: ReturnDeletedObject); otherwise, once the
  // object is gone, with a Success Status naming it (finalizeDelete).
  Response Deleted(const api::Result<T>& result, bool dry_run) const {
    if (!result.ok()) return ErrorResponse(result.status);
    constexpr bool kReturnsDeletedObject = std::is_same_v<T, api::Pod> || std::is_same_v<T, api::Namespace>;
    const bool gone = !dry_run && !store_.Get<T>(path_.namespace_, path_.name);
    Response response;
    if (result.object && (kReturnsDeletedObject || !gone)) {
      response = JsonResponse(200, EncodeFor(*result.object));
    } else {
      Json details = {{"name", path_.name}, {"group", resource_.group}, {"kind", resource_.plural}};
      if (result.object) details["uid"] = result.object->metadata.uid;
      response = JsonResponse(200, {{"kind", "Status"},
                                    {"apiVersion", "v1"},
                                    {"metadata", Json::object()},
                                    {"status", "Success"},
                                    {"details", details}});
    }
    AddWarnings(result.warnings, response);
    return response;
  }

  Response Delete() {
    api::DeleteOptions options;
    bool dry_run = false;
    if (auto error = ParseDelete(options, dry_run)) return *error;
    return Deleted(store_.Delete<T>(path_.namespace_, path_.name, options, dry_run), dry_run);
  }

  Response DeleteCollection() {
    api::DeleteOptions options;
    bool dry_run = false;
    if (auto error = ParseDelete(options, dry_run)) return *error;
    api::ListOptions list;
    if (auto error = ParseListOptions(list)) return *error;
    std::vector<std::shared_ptr<const T>> objects;
    if (api::Status st = store_.List(list, objects); !st.ok()) return ErrorResponse(st);
    Json items = Json::array();
    std::vector<std::string> warnings;
    for (const auto& object : objects) {
      const auto r = store_.Delete<T>(object->metadata.namespace_, object->metadata.name, options, dry_run);
      if (!r.ok() && !r.status.IsNotFound()) return ErrorResponse(r.status);
      warnings.insert(warnings.end(), r.warnings.begin(), r.warnings.end());
      items.push_back(EncodeFor(r.object ? *r.object : *object));
    }
    Response response = JsonResponse(200, {{"kind", resource_.kind_name + "List"},
                                           {"apiVersion", resource_.GroupVersion()},
                                           {"metadata", {{"resourceVersion", std::to_string(store_.resource_version())}}},
                                           {"items", items}});
    AddWarnings(warnings, response);
    return response;
  }

  Response Log() {
    if constexpr (std::is_same_v<T, api::Pod>) {
      return logs_.Serve(path_.namespace_, path_.name, target_);
    }
    return NotAllowed();
  }

  api::Store& store_;
  const sim::Profile& profile_;
  WatchCache<T>& cache_;
  PodLogs& logs_;
  EncodedObjects& encoded_;
  const TimestampShift& shift_;
  const int64_t offset_ms_;  // this request's, for everything it reads and writes
  const Request& request_;
  const Target& target_;
  const ResourcePath& path_;
  const ApiResource& resource_;
};

}  // namespace

Response ResourceHandlers::Serve(const Request& request, const Target& target, const ResourcePath& path) {
  return scenario::ForKind(path.resource->kind, [&](auto type) {
    using T = typename decltype(type)::type;
    return KindHandler<T>(store_, profile_, caches_.Of<T>(), logs_, encoded_, shift_, request, target, path).Serve();
  });
}

}  // namespace jobsim::server
