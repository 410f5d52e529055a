#include "server/kubeconfig.h"

#include <cstdio>
#include <filesystem>

#include <catch2/catch.hpp>

using namespace jobsim::server;

TEST_CASE("the written kubeconfig reads back to its server and token") {
  const auto path = std::filesystem::temp_directory_path() / "jobsim-kubeconfig-test.yaml";
  REQUIRE(WriteKubeconfig(path.string(), "http://127.0.0.1:4242", "t0k").ok());
  ServerEndpoint endpoint;
  REQUIRE(ReadKubeconfig(path.string(), endpoint).ok());
  CHECK(endpoint.url == "http://127.0.0.1:4242");
  CHECK(endpoint.token == "t0k");
  std::filesystem::remove(path);
}

TEST_CASE("without a token the user is empty, as kubectl accepts for plain http") {
  const std::string text = KubeconfigText("http://127.0.0.1:1", "");
  CHECK(text.find("user: {}") != std::string::npos);
  // client-node 1.x accepts http:// only with it.
  CHECK(text.find("    insecure-skip-tls-verify: true\n") != std::string::npos);
  CHECK(text.find("current-context: jobsim") != std::string::npos);
}

TEST_CASE("a missing kubeconfig is an error naming the file") {
  ServerEndpoint endpoint;
  const auto st = ReadKubeconfig("/nonexistent/kubeconfig", endpoint);
  CHECK_FALSE(st.ok());
  CHECK(st.message().find("/nonexistent/kubeconfig") != std::string::npos);
}
