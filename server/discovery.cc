#include "server/discovery.h"

namespace jobsim::server {
namespace {

using api::Json;

// Group names in order of first appearance (the table's order).
std::vector<std::string> Groups(const std::vector<ApiResource>& resources) {
  std::vector<std::string> out;
  for (const ApiResource& r : resources) {
    if (r.group.empty()) continue;
    bool seen = false;
    for (const std::string& g : out) seen = seen || g == r.group;
    if (!seen) out.push_back(r.group);
  }
  return out;
}

// Versions of one group in order of first appearance: the first is preferred.
std::vector<std::string> Versions(const std::vector<ApiResource>& resources, const std::string& group) {
  std::vector<std::string> out;
  for (const ApiResource& r : resources) {
    if (r.group != group) continue;
    bool seen = false;
    for (const std::string& v : out) seen = seen || v == r.version;
    if (!seen) out.push_back(r.version);
  }
  return out;
}

Json ResponseKind(const ApiResource& r, const std::string& kind) {
  return {{"group", r.group}, {"version", r.version}, {"kind", kind}};
}

Json AggregatedResource(const ApiResource& r) {
  Json out = {{"resource", r.plural},
              {"responseKind", ResponseKind(r, r.kind_name)},
              {"scope", r.namespaced ? "Namespaced" : "Cluster"},
              {"singularResource", r.singular},
              {"verbs", r.verbs}};
  if (!r.short_names.empty()) out["shortNames"] = r.short_names;
  if (!r.categories.empty()) out["categories"] = r.categories;
  if (r.subresources.empty()) return out;
  Json subs = Json::array();
  for (const Subresource& s : r.subresources) {
    subs.push_back({{"subresource", s.name}, {"responseKind", ResponseKind(r, s.kind)}, {"verbs", s.verbs}});
  }
  out["subresources"] = subs;
  return out;
}

Json AggregatedGroup(const std::vector<ApiResource>& resources, const std::string& group) {
  Json versions = Json::array();
  for (const std::string& version : Versions(resources, group)) {
    Json list = Json::array();
    for (const ApiResource& r : resources) {
      if (r.group == group && r.version == version) list.push_back(AggregatedResource(r));
    }
    versions.push_back({{"version", version}, {"resources", list}, {"freshness", "Current"}});
  }
  return {{"metadata", {{"name", group}, {"creationTimestamp", nullptr}}}, {"versions", versions}};
}

Json GroupVersionEntry(const std::string& group, const std::string& version) {
  return {{"groupVersion", group + "/" + version}, {"version", version}};
}

}  // namespace

std::string AggregatedDiscoveryVersion(const std::string& accept) {
  if (accept.find("as=APIGroupDiscoveryList") == std::string::npos) return "";
  if (accept.find("v=v2;") != std::string::npos || accept.find("v=v2,") != std::string::npos) return "v2";
  if (accept.find("v=v2beta1") != std::string::npos) return "v2beta1";
  return "";
}

std::string AggregatedDiscoveryContentType(const std::string& version) {
  return "application/json;g=apidiscovery.k8s.io;v=" + version + ";as=APIGroupDiscoveryList";
}

Json AggregatedDiscovery(const std::vector<ApiResource>& resources, bool core, const std::string& version) {
  Json items = Json::array();
  if (core) {
    items.push_back(AggregatedGroup(resources, ""));
  } else {
    for (const std::string& group : Groups(resources)) items.push_back(AggregatedGroup(resources, group));
  }
  return {{"kind", "APIGroupDiscoveryList"},
          {"apiVersion", "apidiscovery.k8s.io/" + version},
          {"metadata", Json::object()},
          {"items", items}};
}

Json LegacyCoreVersions(const std::string& address) {
  return {{"kind", "APIVersions"},
          {"versions", {"v1"}},
          {"serverAddressByClientCIDRs", {{{"clientCIDR", "0.0.0.0/0"}, {"serverAddress", address}}}}};
}

Json LegacyGroup(const std::vector<ApiResource>& resources, const std::string& group) {
  const std::vector<std::string> versions = Versions(resources, group);
  if (group.empty() || versions.empty()) return nullptr;
  Json list = Json::array();
  for (const std::string& v : versions) list.push_back(GroupVersionEntry(group, v));
  return {{"kind", "APIGroup"},
          {"apiVersion", "v1"},
          {"name", group},
          {"versions", list},
          {"preferredVersion", GroupVersionEntry(group, versions.front())}};
}

Json LegacyGroupList(const std::vector<ApiResource>& resources) {
  Json groups = Json::array();
  for (const std::string& group : Groups(resources)) {
    Json g = LegacyGroup(resources, group);
    g.erase("kind");
    g.erase("apiVersion");
    groups.push_back(g);
  }
  return {{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", groups}};
}

Json LegacyResourceList(const std::vector<ApiResource>& resources, const std::string& group_version) {
  Json list = Json::array();
  for (const ApiResource& r : resources) {
    if (r.GroupVersion() != group_version) continue;
    Json entry = {{"name", r.plural}, {"singularName", r.singular}, {"namespaced", r.namespaced},
                  {"kind", r.kind_name}, {"verbs", r.verbs}};
    if (!r.short_names.empty()) entry["shortNames"] = r.short_names;
    if (!r.categories.empty()) entry["categories"] = r.categories;
    list.push_back(entry);
    for (const Subresource& s : r.subresources) {
      list.push_back({{"name", r.plural + "/" + s.name}, {"singularName", ""}, {"namespaced", r.namespaced},
                      {"kind", s.kind.empty() ? r.kind_name : s.kind}, {"verbs", s.verbs}});
    }
  }
  if (list.empty()) return nullptr;
  return {{"kind", "APIResourceList"}, {"apiVersion", "v1"}, {"groupVersion", group_version}, {"resources", list}};
}

}  // namespace jobsim::server
