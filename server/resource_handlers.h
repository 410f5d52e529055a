// The REST verbs on a resource path, over the Store, as kube-apiserver answers
// them: get, list (label/field selectors, limit/continue), watch (through the
// watch cache), create, update, patch (merge, strategic merge, JSON patch,
// server-side apply), delete (DeleteOptions in the body or the query; the
// store's warnings become Warning headers), deletecollection, the status
// subresource, pods/log; dryRun=All and fieldValidation on writes; a Table
// when the Accept header asks for one; events.k8s.io/v1 events converted from
// the stored core/v1 ones. Timestamps go out and come in moved by the
// TimestampShift (timestamp_shift.h).
//
// Simulation thread only.
#pragma once

#include "fakeapi/store.h"
#include "server/encoded_objects.h"
#include "server/http_message.h"
#include "server/pod_log.h"
#include "server/resource_path.h"
#include "server/target.h"
#include "server/timestamp_shift.h"
#include "server/watch_caches.h"
#include "sim/profile.h"

namespace jobsim::server {

class ResourceHandlers {
 public:
  // shift must outlive the handlers and their watchers.
  ResourceHandlers(api::Store& store, const sim::Profile& profile, WatchCaches& caches, PodLogs& logs,
                   const TimestampShift& shift)
      : store_(store), profile_(profile), caches_(caches), logs_(logs), shift_(shift) {}
  ResourceHandlers(const ResourceHandlers&) = delete;
  ResourceHandlers& operator=(const ResourceHandlers&) = delete;

  Response Serve(const Request& request, const Target& target, const ResourcePath& path);

 private:
  api::Store& store_;
  const sim::Profile& profile_;
  WatchCaches& caches_;
  PodLogs& logs_;
  EncodedObjects encoded_;  // the texts of served object versions, for lists and gets
  const TimestampShift& shift_;
};

}  // namespace jobsim::server
