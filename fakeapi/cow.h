// Cow<T>: a value shared by every copy until one of them writes
// (copy-on-write).
//
// Why: the store keeps each object version immutable and every status write
// copies the whole object. Most of a pod never changes after creation (its
// spec but for the node it is bound to, labels, owner references, the JSON
// fields jobsim does not model) and is the same for every pod of a Job, so
// those parts are shared instead of copied: a copy costs one reference count,
// and equal parts compare by address.
//
// Reads look like reads of T (range-for, size, find, at, implicit const T&);
// writes go through Mut(), which detaches a shared value first. An unset Cow
// reads as an empty T (a JSON one as {}) and allocates nothing.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <utility>

namespace jobsim::api {

template <class T>
class EditMemo;

template <class T>
concept Iterable = requires(const T& t) { t.begin(); };

template <class T>
class Cow {
 public:
  // No converting constructor: it would make `cow = {...}` ambiguous.
  Cow() = default;
  Cow& operator=(T value) {
    value_ = std::make_shared<T>(std::move(value));
    return *this;
  }

  const T& get() const { return value_ ? *value_ : Empty(); }
  // The shared value, or null while empty (for prefetching its block).
  const T* held() const { return value_.get(); }
  operator const T&() const { return get(); }  // NOLINT: reads as T
  const T& operator*() const { return get(); }
  const T* operator->() const { return &get(); }

  // The value to write to, detached from every other copy.
  T& Mut() {
    if (!value_) {
      value_ = std::make_shared<T>(MakeEmpty());
    } else if (value_.use_count() > 1) {
      value_ = std::make_shared<T>(*value_);
    }
    return *value_;
  }

  // Applies edit() to a copy and keeps the copy only if it differs, so that
  // defaulting an already-defaulted value leaves it shared.
  template <class F>
  void Edit(F edit) {
    T copy = get();
    edit(copy);
    if (!(copy == get())) *this = std::move(copy);
  }

  // Container access, for the vectors and maps held this way; constrained,
  // so that a Cow of a struct (a PodSpec) compiles and is no range.
  template <class V = T>
  void push_back(typename V::value_type value) {
    Mut().push_back(std::move(value));
  }
  auto begin() const requires Iterable<T> { return get().begin(); }
  auto end() const requires Iterable<T> { return get().end(); }
  auto size() const requires Iterable<T> { return get().size(); }
  bool empty() const requires Iterable<T> { return get().empty(); }
  decltype(auto) front() const requires Iterable<T> { return get().front(); }
  decltype(auto) back() const requires Iterable<T> { return get().back(); }
  decltype(auto) operator[](std::size_t i) const requires Iterable<T> { return get()[i]; }
  template <class K>
  auto find(const K& key) const {
    return get().find(key);
  }
  template <class K>
  auto count(const K& key) const {
    return get().count(key);
  }
  template <class K>
  decltype(auto) at(const K& key) const {
    return get().at(key);
  }

  friend bool operator==(const Cow& a, const Cow& b) { return a.value_ == b.value_ || a.get() == b.get(); }
  friend bool operator==(const Cow& a, const T& b) { return a.get() == b; }

 private:
  friend class EditMemo<T>;
  // A JSON value starts as an empty object, like the member lists it holds.
  static T MakeEmpty() {
    if constexpr (requires { T::object(); }) {
      return T::object();
    } else {
      return T{};
    }
  }
  static const T& Empty() {
    static const T empty = MakeEmpty();
    return empty;
  }
  std::shared_ptr<T> value_;
};

}  // namespace jobsim::api

namespace jobsim::api {

// Remembers what one edit made of each shared value it was given. The pods a
// Job stamps from its template all hold the template's containers; defaulting
// them once and handing every pod the same result saves a deep copy per pod.
// Only a cache: `edit` must depend on nothing but the value (and on what is
// fixed for the memo's lifetime), so a hit gives what the edit would give.
template <class T>
class EditMemo {
 public:
  // Returns a note kept with the result, false at first, for a caller that
  // checks the result: it sets the note once a check passed (a pure check of
  // the value alone), and skips the check on later hits. Valid until the next
  // Apply.
  template <class F>
  bool& Apply(Cow<T>& value, F edit) {
    const T* source = value.value_.get();  // null: unset
    if (auto it = seen_.find(source); it != seen_.end()) {
      value.value_ = it->second.result;
      return it->second.checked;
    }
    std::shared_ptr<T> pinned = value.value_;  // keeps `source` from being reused while remembered
    value.Edit(edit);
    if (seen_.size() >= kMaxEntries) seen_.clear();
    return seen_.emplace(source, Entry{std::move(pinned), value.value_}).first->second.checked;
  }

 private:
  static constexpr std::size_t kMaxEntries = 1024;
  struct Entry {
    std::shared_ptr<T> source;
    std::shared_ptr<T> result;
    bool checked = false;
  };
  std::map<const T*, Entry> seen_;  // looked up only, never iterated
};

}  // namespace jobsim::api
