// Task: a move-only void() callable that keeps captures of up to
// kInlineBytes in place.
//
// Why: std::function keeps at most 16 bytes in place, and most tasks the
// simulation posts carry more (a watch delivery: the store, a shared_ptr to
// the object and the node it left, 64 bytes; a kubelet timer: a weak_ptr, two
// counters and a std::function, 64 bytes), so each cost a heap allocation and
// a free. A larger callable, or one that may throw while moving, still goes
// to the heap.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace jobsim {

class Task {
 public:
  static constexpr size_t kInlineBytes = 64;

  Task() = default;
  Task(std::nullptr_t) {}  // NOLINT: an empty task, as with std::function
  template <class F>
    requires(!std::is_same_v<std::decay_t<F>, Task> && std::is_invocable_r_v<void, std::decay_t<F>&>)
  Task(F&& f) {  // NOLINT: lambdas convert implicitly, as they do to std::function
    using Fn = std::decay_t<F>;
    if constexpr (kInline<Fn>) {
      ::new (static_cast<void*>(buffer_)) Fn(std::forward<F>(f));
      ops_ = &kInlineOps<Fn>;
    } else {
      ::new (static_cast<void*>(buffer_)) Fn*(new Fn(std::forward<F>(f)));
      ops_ = &kHeapOps<Fn>;
    }
  }
  Task(Task&& other) noexcept { TakeFrom(other); }
  Task& operator=(Task&& other) noexcept {
    if (this != &other) {
      Reset();
      TakeFrom(other);
    }
    return *this;
  }
  Task& operator=(std::nullptr_t) {
    Reset();
    return *this;
  }
  // Move-assignment into a task known to be empty: only stores to this one.
  // An event loop slot is reused long after it ran, and move-assignment's read
  // of its old callable was a cache miss the loop waited for.
  // REQUIRES: !*this.
  void FillEmpty(Task&& other) noexcept { TakeFrom(other); }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() { Reset(); }

  // REQUIRES: not empty.
  void operator()() { ops_->call(buffer_); }
  // Asks the callable to prefetch what it will read, if it says how (a const
  // member Warm(stage)). The event loop calls it two tasks ahead with stage 0
  // and one task ahead with stage 1, so that a stage-1 warm may read what
  // stage 0 fetched (the pointers in an object) and fetch what they point to.
  void Warm(int stage) const {
    if (ops_ && ops_->warm) ops_->warm(buffer_, stage);
  }
  explicit operator bool() const { return ops_ != nullptr; }
  // Whether the callable lives in the task itself (for tests).
  bool is_inline() const { return ops_ != nullptr && ops_->is_inline; }

 private:
  struct Ops {
    void (*call)(void* buffer);
    void (*move)(void* from, void* to);  // move-constructs into to and destroys from
    void (*destroy)(void* buffer);
    void (*warm)(const void* buffer, int stage);  // null when the callable has no Warm()
    bool is_inline;
  };
  template <class Fn>
  static constexpr bool kWarms = requires(const Fn& f) { f.Warm(0); };
  template <class Fn>
  static void WarmInline(const void* b, int stage) {
    std::launder(static_cast<const Fn*>(b))->Warm(stage);
  }
  template <class Fn>
  static constexpr void (*WarmOf())(const void*, int) {
    if constexpr (kWarms<Fn>) {
      return &WarmInline<Fn>;
    } else {
      return nullptr;
    }
  }
  template <class Fn>
  static constexpr bool kInline = sizeof(Fn) <= kInlineBytes && alignof(Fn) <= alignof(std::max_align_t) &&
                                  std::is_nothrow_move_constructible_v<Fn>;
  template <class Fn>
  static constexpr Ops kInlineOps = {
      [](void* b) { (*std::launder(static_cast<Fn*>(b)))(); },
      [](void* from, void* to) {
        Fn* f = std::launder(static_cast<Fn*>(from));
        ::new (to) Fn(std::move(*f));
        f->~Fn();
      },
      [](void* b) { std::launder(static_cast<Fn*>(b))->~Fn(); },
      WarmOf<Fn>(),
      true,
  };
  template <class Fn>
  static constexpr Ops kHeapOps = {
      [](void* b) { (**std::launder(static_cast<Fn**>(b)))(); },
      [](void* from, void* to) { ::new (to) Fn*(*std::launder(static_cast<Fn**>(from))); },
      [](void* b) { delete *std::launder(static_cast<Fn**>(b)); },
      nullptr,
      false,
  };

  void TakeFrom(Task& other) noexcept {
    if (!other.ops_) return;
    other.ops_->move(other.buffer_, buffer_);
    ops_ = std::exchange(other.ops_, nullptr);
  }
  void Reset() noexcept {
    if (ops_) std::exchange(ops_, nullptr)->destroy(buffer_);
  }

  alignas(std::max_align_t) unsigned char buffer_[kInlineBytes];
  const Ops* ops_ = nullptr;
};

}  // namespace jobsim
