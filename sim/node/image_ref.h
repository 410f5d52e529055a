// Image references as the runtimes report them in container statuses. Pure
// string functions; digests are derived from the name alone, so a given image
// has the same digest in every run and for every seed.
#pragma once

#include <string>
#include <string_view>

#include "fakeapi/types.h"
#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

// The repository base name: registry, path, tag and digest stripped
// ("index.tenxcloud.com/sdvdxl/perl" -> "perl", "busybox:1.36" -> "busybox",
// "localhost:5000/a/python@sha256:..." -> "python").
std::string ImageBaseName(std::string_view image);

// The reference without tag or digest ("reg:5000/a/perl:5.34" -> "reg:5000/a/perl").
std::string ImageWithoutTag(std::string_view image);

// The fully qualified reference containerd reports:
// "perl" -> "docker.io/library/perl:latest", "ghcr.io/x/y:1" unchanged.
std::string NormalizedImage(std::string_view image);

// containerStatuses[].image and .imageID per runtime:
//   docker 1.11:  image as written,     "docker://sha256:<hex>"
//   dockershim:   image as written,     "docker-pullable://<name>@sha256:<hex>"
//   containerd:   the normalized image, "<normalized name>@sha256:<hex>"
std::string StatusImage(ContainerRuntime runtime, const std::string& image);
std::string StatusImageId(ContainerRuntime runtime, const std::string& image);

// One image reference as a node keys and reports it.
// The status strings are shared with the statuses that show them.
struct ImageNames {
  std::string normalized;          // the node's image store key (NormalizedImage)
  api::SharedString as_written;    // the reference itself: the image a status shows before any instance
  api::SharedString status_image;  // StatusImage
  api::SharedString status_image_id;
};
ImageNames ResolveImage(ContainerRuntime runtime, const std::string& image);

// The scheme of containerStatuses[].containerID: "docker://" or "containerd://".
std::string_view ContainerIdScheme(ContainerRuntime runtime);
// containerStatuses[].containerID: "docker://<id>" or "containerd://<id>".
std::string StatusContainerId(ContainerRuntime runtime, std::string_view id);

}  // namespace jobsim::sim
