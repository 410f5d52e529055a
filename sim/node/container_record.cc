#include "sim/node/container_record.h"

#include <utility>

#include "sim/node/image_ref.h"
#include "sim/node/pod_phase.h"

namespace jobsim::sim {

ContainerRecord NewContainerRecord(const api::Container& spec, bool init, const ImageNames& image,
                                   const KubeletRules& rules) {
  ContainerRecord record;
  record.spec = &spec;
  record.image = &image;
  record.init = init;
  record.sidecar = init && IsSidecar(spec, rules.native_sidecars);
  return record;
}

std::string_view ContainerInstance::id() const {
  const std::string_view text = status_id.get();
  const size_t scheme_end = text.find("://");
  return scheme_end == std::string_view::npos ? text : text.substr(scheme_end + 3);
}

ContainerInstance& AddInstance(ContainerRecord& record, api::SharedString status_id, UnixMs now) {
  ContainerInstance instance;
  instance.status_id = std::move(status_id);
  instance.attempt = record.newest() ? record.newest()->attempt + 1 : 0;
  instance.created_at = now;
  if (record.instances.size() == 2) record.instances.erase(record.instances.begin());
  record.instances.push_back(std::move(instance));
  return record.instances.back();
}

}  // namespace jobsim::sim
