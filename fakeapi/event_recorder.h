// What a component uses to report an Event about an object (client-go's
// record.EventRecorder). The implementation with client-go's correlator
// (de-duplication, aggregation, spam filter) is sim/events/event_recorder.h;
// it writes Events through the Store like any client.
#pragma once

#include <cstdint>
#include <string>

#include "fakeapi/event_view.h"
#include "fakeapi/types.h"

namespace jobsim::api {

inline constexpr const char* kEventNormal = "Normal";
inline constexpr const char* kEventWarning = "Warning";

// Kept by a caller beside a reference it records many events about (a pod's
// worker, the Job controller about the Job it syncs): a recorder keeps here
// what it works out from the reference's identity (kind, namespace, name,
// uid, apiVersion), once per object rather than once per event (about 500
// instructions: five string hashes, the uid's bits, the name's check). The
// caller resets it (= {}) whenever that identity changes; resourceVersion and
// fieldPath may change freely.
// 32 bytes: it sits in every pod's worker.
struct InvolvedMemo {
  uint64_t word = 0;  // the identity's hash in the recorder's keys
  UidBits uid_bits;   // ParseUidBits of the uid, when has_uid_bits
  bool known = false;
  bool has_uid_bits = false;
  bool name_is_subdomain = false;  // IsDns1123Subdomain of the name
};
static_assert(sizeof(InvolvedMemo) == 32);

class EventRecorder {
 public:
  virtual ~EventRecorder() = default;
  // involved: kind, namespace, name, uid, apiVersion and (for container events)
  // fieldPath such as "spec.containers{pi}". type is Normal or Warning.
  virtual void Record(const ObjectReference& involved, const std::string& type, const std::string& reason,
                      const std::string& message) = 0;
  // The same, with the memo the caller keeps for `involved` (above), which a
  // recorder may read and fill. By default unused.
  virtual void Record(const ObjectReference& involved, InvolvedMemo& memo, const std::string& type,
                      const std::string& reason, const std::string& message) {
    Record(involved, type, reason, message);
  }
};

// A reference to a Pod or Job for EventRecorder::Record.
ObjectReference RefTo(const Pod& pod, const std::string& field_path = "");
// The same, written over `ref`: a reference kept between events about
// different pods reuses its strings' buffers (the uid's 36 characters would
// allocate each time).
void FillRefTo(const Pod& pod, const std::string& field_path, ObjectReference& ref);
ObjectReference RefTo(const Job& job);

}  // namespace jobsim::api
