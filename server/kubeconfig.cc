#include "server/kubeconfig.h"

#include <fstream>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace jobsim::server {
namespace {

// The entry of a named list (clusters, users, contexts), or an undefined node.
YAML::Node Named(const YAML::Node& list, const std::string& name, const char* field) {
  if (!list.IsSequence()) return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& entry : list) {
    if (entry["name"] && entry["name"].as<std::string>() == name && entry[field]) return entry[field];
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

}  // namespace

std::string KubeconfigText(const std::string& server_url, const std::string& token) {
  const std::string user = token.empty() ? "{}" : fmt::format("\n    token: {}", token);
  // insecure-skip-tls-verify: there is no TLS to verify on http://, and
  // @kubernetes/client-node 1.x refuses an http:// server without it; kubectl
  // ignores it there.
  return fmt::format(
      "apiVersion: v1\n"
      "kind: Config\n"
      "clusters:\n"
      "- name: jobsim\n"
      "  cluster:\n"
      "    server: {}\n"
      "    insecure-skip-tls-verify: true\n"
      "users:\n"
      "- name: jobsim\n"
      "  user: {}\n"
      "contexts:\n"
      "- name: jobsim\n"
      "  context:\n"
      "    cluster: jobsim\n"
      "    user: jobsim\n"
      "    namespace: default\n"
      "current-context: jobsim\n",
      server_url, user);
}

api::Status WriteKubeconfig(const std::string& path, const std::string& server_url, const std::string& token) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << KubeconfigText(server_url, token);
  out.close();
  if (!out) return api::Status::BadRequest(fmt::format("cannot write the kubeconfig {}", path));
  return api::Status::Ok();
}

api::Status ReadKubeconfig(const std::string& path, ServerEndpoint& out) {
  try {
    const YAML::Node config = YAML::LoadFile(path);
    const std::string context_name = config["current-context"] ? config["current-context"].as<std::string>() : "";
    const YAML::Node context = Named(config["contexts"], context_name, "context");
    if (!context.IsDefined() || !context["cluster"]) {
      return api::Status::BadRequest(fmt::format("{}: no current context", path));
    }
    const YAML::Node cluster = Named(config["clusters"], context["cluster"].as<std::string>(), "cluster");
    if (!cluster.IsDefined() || !cluster["server"]) {
      return api::Status::BadRequest(fmt::format("{}: the current context's cluster has no server", path));
    }
    out.url = cluster["server"].as<std::string>();
    const YAML::Node user = context["user"] ? Named(config["users"], context["user"].as<std::string>(), "user")
                                            : YAML::Node(YAML::NodeType::Undefined);
    out.token = user.IsDefined() && user["token"] ? user["token"].as<std::string>() : "";
  } catch (const YAML::Exception& e) {
    return api::Status::BadRequest(fmt::format("{}: {}", path, e.what()));
  }
  return api::Status::Ok();
}

}  // namespace jobsim::server
