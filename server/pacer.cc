#include "server/pacer.h"

namespace jobsim::server {

Pacer::Pacer(int64_t speed_milli) : speed_milli_(speed_milli), start_(std::chrono::steady_clock::now()) {}

int64_t Pacer::RealElapsedMs() const {
  const auto elapsed = std::chrono::steady_clock::now() - start_;
  return std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
}

UnixMs Pacer::WallClockNowMs() {
  const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count();
}

ElapsedMs Pacer::TargetMs() const {
  std::lock_guard<std::mutex> lock(mu_);
  return offset_ms_ + RealElapsedMs() * speed_milli_ / 1000;
}

int64_t Pacer::RealDelayMs(ElapsedMs due) const {
  const ElapsedMs target = TargetMs();
  if (due <= target) return 0;
  if (manual()) return -1;
  // Round up: waking early would only spin.
  return ((due - target) * 1000 + speed_milli_ - 1) / speed_milli_;
}

void Pacer::Advance(int64_t ms) {
  std::lock_guard<std::mutex> lock(mu_);
  offset_ms_ += ms;
}

}  // namespace jobsim::server
