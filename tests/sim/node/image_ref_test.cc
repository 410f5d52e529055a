#include "sim/node/image_ref.h"

#include <catch2/catch.hpp>

#include "sim/node/image_catalogue.h"

using namespace jobsim::sim;

TEST_CASE("image references: base name, tag stripping, containerd normalization") {
  struct Row {
    std::string image;
    std::string base;
    std::string without_tag;
    std::string normalized;
  };
  const std::vector<Row> rows = {
      {"perl", "perl", "perl", "docker.io/library/perl:latest"},
      {"perl:5.34.0", "perl", "perl", "docker.io/library/perl:5.34.0"},
      {"index.tenxcloud.com/sdvdxl/perl", "perl", "index.tenxcloud.com/sdvdxl/perl",
       "index.tenxcloud.com/sdvdxl/perl:latest"},
      {"bitnami/kubectl:1.29", "kubectl", "bitnami/kubectl", "docker.io/bitnami/kubectl:1.29"},
      {"localhost:5000/tools/python@sha256:abcd", "python", "localhost:5000/tools/python",
       "localhost:5000/tools/python@sha256:abcd"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.image) {
      CHECK(ImageBaseName(row.image) == row.base);
      CHECK(ImageWithoutTag(row.image) == row.without_tag);
      CHECK(NormalizedImage(row.image) == row.normalized);
    }
  }
}

TEST_CASE("status image fields follow the runtime of the era") {
  const std::string id = StatusImageId(ContainerRuntime::kContainerd, "perl:5.34.0");
  REQUIRE(id.rfind("docker.io/library/perl@sha256:", 0) == 0);
  CHECK(id.size() == std::string("docker.io/library/perl@sha256:").size() + 64);
  // The digest belongs to the repository, not the tag, and never changes.
  CHECK(id == StatusImageId(ContainerRuntime::kContainerd, "perl:5.34.0"));
  CHECK(StatusImageId(ContainerRuntime::kDockerLegacy, "perl").rfind("docker://sha256:", 0) == 0);
  CHECK(StatusImageId(ContainerRuntime::kDocker, "perl").rfind("docker-pullable://perl@sha256:", 0) == 0);
  CHECK(StatusImage(ContainerRuntime::kContainerd, "busybox") == "docker.io/library/busybox:latest");
  CHECK(StatusImage(ContainerRuntime::kDockerLegacy, "busybox") == "busybox");
  CHECK(StatusContainerId(ContainerRuntime::kContainerd, "ab") == "containerd://ab");
  CHECK(StatusContainerId(ContainerRuntime::kDocker, "ab") == "docker://ab");
}

TEST_CASE("ResolveImage gives a reference's store key and status names at once") {
  const ImageNames docker = ResolveImage(ContainerRuntime::kDocker, "perl:5.34.0");
  CHECK(docker.normalized == "docker.io/library/perl:5.34.0");
  CHECK(docker.status_image == "perl:5.34.0");
  CHECK(docker.status_image_id == StatusImageId(ContainerRuntime::kDocker, "perl:5.34.0"));
  const ImageNames containerd = ResolveImage(ContainerRuntime::kContainerd, "busybox");
  CHECK(containerd.normalized == "docker.io/library/busybox:latest");
  CHECK(containerd.status_image == "docker.io/library/busybox:latest");
  CHECK(containerd.status_image_id == StatusImageId(ContainerRuntime::kContainerd, "busybox"));
  CHECK(containerd.as_written == "busybox");
}

TEST_CASE("the catalogue knows the common images and sizes unknown ones by name") {
  REQUIRE(FindBuiltinImage("busybox"));
  CHECK(FindBuiltinImage("busybox")->shell == ShellDialect::kBusybox);
  REQUIRE(FindBuiltinImage("perl"));
  CHECK(FindBuiltinImage("perl")->shell == ShellDialect::kDash);
  CHECK(FindBuiltinImage("mycompany-worker") == nullptr);
  const uint64_t size = UnknownImageSizeBytes("registry.local/worker:1");
  CHECK(size >= 10'000'000);
  CHECK(size < 500'000'000);
  CHECK(size == UnknownImageSizeBytes("registry.local/worker:1"));
  CHECK(size != UnknownImageSizeBytes("registry.local/worker:2"));
}
