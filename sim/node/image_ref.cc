#include "sim/node/image_ref.h"

#include <fmt/format.h>

#include "sim/base/hex.h"
#include "sim/base/random.h"

namespace jobsim::sim {
namespace {

constexpr std::string_view kDefaultDomain = "docker.io";
constexpr std::string_view kOfficialRepositoryPrefix = "library/";

// 64 hex digits, fixed for the image name.
std::string Digest(std::string_view image) {
  Random random(0, "image-digest/" + ImageWithoutTag(image));
  std::string hex;
  for (int i = 0; i < 4; ++i) AppendHex(hex, random.Next64(), 16);
  return hex;
}

// The tag or digest suffix (":5.34", "@sha256:..."), or "" when none.
std::string_view TagSuffix(std::string_view image) {
  if (const auto at = image.find('@'); at != std::string_view::npos) return image.substr(at);
  const auto slash = image.rfind('/');
  const auto colon = image.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    return image.substr(colon);
  }
  return {};
}

// A first path component names a registry when it has a dot or a port, or is localhost.
bool IsDomain(std::string_view component) {
  return component.find('.') != std::string_view::npos || component.find(':') != std::string_view::npos ||
         component == "localhost";
}

std::string NormalizedName(std::string_view image) {
  const std::string name = ImageWithoutTag(image);
  const auto slash = name.find('/');
  if (slash == std::string::npos) return fmt::format("{}/{}{}", kDefaultDomain, kOfficialRepositoryPrefix, name);
  if (IsDomain(std::string_view(name).substr(0, slash))) return name;
  return fmt::format("{}/{}", kDefaultDomain, name);
}

}  // namespace

std::string ImageBaseName(std::string_view image) {
  std::string name = ImageWithoutTag(image);
  const auto slash = name.rfind('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

std::string ImageWithoutTag(std::string_view image) {
  return std::string(image.substr(0, image.size() - TagSuffix(image).size()));
}

std::string NormalizedImage(std::string_view image) {
  const std::string_view suffix = TagSuffix(image);
  return NormalizedName(image) + (suffix.empty() ? ":latest" : std::string(suffix));
}

std::string StatusImage(ContainerRuntime runtime, const std::string& image) {
  return runtime == ContainerRuntime::kContainerd ? NormalizedImage(image) : image;
}

std::string StatusImageId(ContainerRuntime runtime, const std::string& image) {
  switch (runtime) {
    case ContainerRuntime::kDockerLegacy:
      return "docker://sha256:" + Digest(image);
    case ContainerRuntime::kDocker:
      return fmt::format("docker-pullable://{}@sha256:{}", ImageWithoutTag(image), Digest(image));
    case ContainerRuntime::kContainerd:
      return fmt::format("{}@sha256:{}", NormalizedName(image), Digest(image));
  }
  return "";
}

ImageNames ResolveImage(ContainerRuntime runtime, const std::string& image) {
  ImageNames names;
  names.normalized = NormalizedImage(image);
  names.as_written = image;
  names.status_image = StatusImage(runtime, image);
  names.status_image_id = StatusImageId(runtime, image);
  return names;
}

std::string_view ContainerIdScheme(ContainerRuntime runtime) {
  return runtime == ContainerRuntime::kContainerd ? "containerd://" : "docker://";
}

std::string StatusContainerId(ContainerRuntime runtime, std::string_view id) {
  return std::string(ContainerIdScheme(runtime)).append(id);
}

}  // namespace jobsim::sim
