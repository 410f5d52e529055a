// PATCH as kube-apiserver serves it: the stored object is read as the API
// returns it (codec.h Encode), edited as JSON by `edit` (a merge, strategic or
// JSON patch), and decoded back into the typed object. The scenario runner's
// client and `jobsim serve` both patch through here.
#pragma once

#include <functional>
#include <string>

#include "fakeapi/codec.h"
#include "fakeapi/store.h"

namespace jobsim::api {

template <class T>
Result<T> PatchAsJson(Store& store, const std::string& ns, const std::string& name,
                      const std::function<Status(const Json& live, Json& out)>& edit, bool status_only = false,
                      bool dry_run = false) {
  return store.Patch<T>(
      ns, name,
      [&](T& object) {
        Json out;
        if (Status st = edit(Encode(object), out); !st.ok()) return st;
        T patched;
        if (Status st = Decode(out, patched); !st.ok()) return st;
        object = std::move(patched);
        return Status::Ok();
      },
      status_only, dry_run);
}

}  // namespace jobsim::api
