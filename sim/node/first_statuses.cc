#include "sim/node/first_statuses.h"

namespace jobsim::sim {

bool FirstStatuses::Matches(const Entry& e, const std::string* names, std::span<const ContainerRecord* const> init,
                            std::span<const ContainerRecord* const> regular) {
  if (e.names != names || e.images.size() != init.size() + regular.size()) return false;
  size_t i = 0;
  for (const ContainerRecord* r : init) {
    if (e.images[i++] != r->image) return false;
  }
  for (const ContainerRecord* r : regular) {
    if (e.images[i++] != r->image) return false;
  }
  return true;
}

const ContainerStatusLists& FirstStatuses::Get(const std::string* names, std::span<const ContainerRecord* const> init,
                                               std::span<const ContainerRecord* const> regular,
                                               const KubeletRules& rules) {
  for (const Entry& e : entries_) {
    if (Matches(e, names, init, regular)) return e.lists;
  }
  if (entries_.size() == kMaxEntries) entries_.erase(entries_.begin());
  Entry& e = entries_.emplace_back();
  e.names = names;
  for (const ContainerRecord* r : init) e.images.push_back(r->image);
  for (const ContainerRecord* r : regular) e.images.push_back(r->image);
  e.lists.Update(init, regular, !init.empty(), rules);
  return e.lists;
}

}  // namespace jobsim::sim
