// Python's list sort: the interpreters' timsort (CPython's Objects/listsort.txt), with the same
// runs, merges, gallops and comparisons, so that the items end in the interpreter's order even
// when the comparison is not a total order (floats with a NaN among them, an __lt__ that is not
// consistent), where any other stable sort gives a different order. Python 3.11 chooses which
// pending runs to merge by powersort's rule; Python 2.7 by the classic stack invariants. A
// comparison that throws leaves the items a permutation of what they were, as CPython does.
//
// Header-only and independent of the collector: the translated program's runtime
// (rpy/builtins.hpp) and the import-time evaluator (src/modules) both sort with it. The caller
// gives the scratch memory (`tmp(n)` returns room for n items), so that the program's runtime can
// keep items the collector must see in memory it scans.
#pragma once
#include <cstdint>
#include <utility>

namespace rpy::timsort {

enum class Merges { Powersort, Classic };  // Python 3.11; Python 2.7

template <class T, class Lt, class Tmp>
class Sorter {
 public:
  Sorter(T* items, int64_t n, Lt& lt, Tmp& tmp, Merges merges) : a_(items), n_(n), lt_(lt), tmp_(tmp), merges_(merges) {}

  void sort() {
    if (n_ < 2) return;
    int64_t lo = 0, left = n_;
    const int64_t minrun = compute_minrun(left);
    do {
      bool descending = false;
      int64_t n = count_run(lo, lo + left, descending);
      if (descending) reverse(lo, lo + n);
      if (n < minrun) {  // a short run is extended to minrun items by insertion
        const int64_t force = left <= minrun ? left : minrun;
        binary_insertion(lo, lo + force, lo + n);
        n = force;
      }
      if (merges_ == Merges::Powersort) {
        found_new_run(n);
        push(lo, n);
      } else {
        push(lo, n);
        merge_collapse();
      }
      lo += n;
      left -= n;
    } while (left);
    while (npending_ > 1) {  // the runs left, merged from the top of the stack
      int i = npending_ - 2;
      if (i > 0 && pending_[i - 1].len < pending_[i + 1].len) --i;
      merge_at(i);
    }
  }

 private:
  static constexpr int64_t kMinGallop = 7;
  static constexpr int kMaxPending = 85;  // enough for 2**64 items under either rule
  struct Run {
    int64_t base;
    int64_t len;
    int power;
  };

  T* a_;
  int64_t n_;
  Lt& lt_;
  Tmp& tmp_;
  Merges merges_;
  int64_t min_gallop_ = kMinGallop;
  Run pending_[kMaxPending];
  int npending_ = 0;

  static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  void push(int64_t base, int64_t len) { pending_[npending_++] = Run{base, len, 0}; }

  void reverse(int64_t lo, int64_t hi) {
    for (--hi; lo < hi; ++lo, --hi) std::swap(a_[lo], a_[hi]);
  }

  // The length of the run starting at lo: ascending (each item not less than the one before) or
  // strictly descending.
  int64_t count_run(int64_t lo, int64_t hi, bool& descending) {
    descending = false;
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    int64_t i = lo + 1;
    if (lt_(a_[i], a_[i - 1])) {
      descending = true;
      for (++i; i < hi && lt_(a_[i], a_[i - 1]); ++i) ++n;
    } else {
      for (++i; i < hi && !lt_(a_[i], a_[i - 1]); ++i) ++n;
    }
    return n;
  }

  // [lo, start) is sorted: insert each of [start, hi) after the items not greater than it.
  void binary_insertion(int64_t lo, int64_t hi, int64_t start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      int64_t l = lo, r = start;
      do {
        const int64_t p = l + ((r - l) >> 1);
        if (lt_(a_[start], a_[p]))
          r = p;
        else
          l = p + 1;
      } while (l < r);
      T pivot = a_[start];
      for (int64_t p = start; p > l; --p) a_[p] = a_[p - 1];
      a_[l] = pivot;
    }
  }

  // Where key goes in the sorted s[0:n], before the items equal to it; hint is where to start.
  int64_t gallop_left(const T& key, const T* s, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (lt_(s[hint], key)) {  // gallop right: s[hint + lastofs] < key <= s[hint + ofs]
      const int64_t maxofs = n - hint;
      while (ofs < maxofs && lt_(s[hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {  // gallop left: s[hint - ofs] < key <= s[hint - lastofs]
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs && !lt_(s[hint - ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {  // s[lastofs - 1] < key <= s[ofs]
      const int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt_(s[m], key))
        lastofs = m + 1;
      else
        ofs = m;
    }
    return ofs;
  }

  // Where key goes in the sorted s[0:n], after the items equal to it.
  int64_t gallop_right(const T& key, const T* s, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (lt_(key, s[hint])) {  // gallop left: s[hint - ofs] <= key < s[hint - lastofs]
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs && lt_(key, s[hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {  // gallop right: s[hint + lastofs] <= key < s[hint + ofs]
      const int64_t maxofs = n - hint;
      while (ofs < maxofs && !lt_(key, s[hint + ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {  // s[lastofs - 1] <= key < s[ofs]
      const int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt_(key, s[m]))
        ofs = m;
      else
        lastofs = m + 1;
    }
    return ofs;
  }

  // Python 3.11's rule: the run's power is the depth of the node between it and the new run in a
  // nearly balanced merge tree over the whole list; runs of greater power are merged first.
  static int power_of(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;  // twice the midpoints of the two runs
    int64_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  void found_new_run(int64_t n2) {
    if (npending_ == 0) return;
    const int64_t s1 = pending_[npending_ - 1].base, n1 = pending_[npending_ - 1].len;
    const int power = power_of(s1, n1, n2, n_);
    while (npending_ > 1 && pending_[npending_ - 2].power > power) merge_at(npending_ - 2);
    pending_[npending_ - 1].power = power;
  }

  // Python 2.7's rule: keep each run longer than the two above it together, and each longer than
  // the one above it.
  void merge_collapse() {
    while (npending_ > 1) {
      int i = npending_ - 2;
      const Run* p = pending_;
      if ((i > 0 && p[i - 1].len <= p[i].len + p[i + 1].len) || (i > 1 && p[i - 2].len <= p[i - 1].len + p[i].len)) {
        if (p[i - 1].len < p[i + 1].len) --i;
        merge_at(i);
      } else if (p[i].len <= p[i + 1].len) {
        merge_at(i);
      } else {
        break;
      }
    }
  }

  // Merges the pending runs i and i + 1.
  void merge_at(int i) {
    int64_t pa = pending_[i].base, na = pending_[i].len;
    const int64_t pb = pending_[i + 1].base;
    int64_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i == npending_ - 3) pending_[i + 1] = pending_[i + 2];
    --npending_;
    // The items of a not greater than b's first, and those of b not less than a's last, stay.
    const int64_t k = gallop_right(a_[pb], a_ + pa, na, 0);
    pa += k;
    na -= k;
    if (na == 0) return;
    nb = gallop_left(a_[pa + na - 1], a_ + pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb)
      merge_lo(pa, na, pb, nb);
    else
      merge_hi(pa, na, pb, nb);
  }

  // Merges a = [pa, pa + na) and b = [pb, pb + nb) (pb == pa + na, na <= nb) from the left, with
  // a copied aside. Whatever is still aside when a comparison throws goes back into the gap.
  void merge_lo(int64_t pa, int64_t na, int64_t pb, int64_t nb) {
    T* t = tmp_(na);
    for (int64_t j = 0; j < na; ++j) t[j] = a_[pa + j];
    int64_t d = pa, ia = 0, ib = pb;
    try {
      a_[d++] = a_[ib++];
      if (--nb == 0) goto succeed;
      if (na == 1) goto copy_b;
      for (int64_t min_gallop = min_gallop_;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {  // one item at a time until one run wins min_gallop times in a row
          if (lt_(a_[ib], t[ia])) {
            a_[d++] = a_[ib++];
            ++bcount;
            acount = 0;
            if (--nb == 0) goto succeed;
            if (bcount >= min_gallop) break;
          } else {
            a_[d++] = t[ia++];
            ++acount;
            bcount = 0;
            if (--na == 1) goto copy_b;
            if (acount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {  // galloping, while it finds long stretches
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          int64_t k = gallop_right(a_[ib], t + ia, na, 0);
          acount = k;
          if (k) {
            for (int64_t j = 0; j < k; ++j) a_[d + j] = t[ia + j];
            d += k;
            ia += k;
            na -= k;
            if (na == 1) goto copy_b;
            if (na == 0) goto succeed;  // only when the comparison is not consistent
          }
          a_[d++] = a_[ib++];
          if (--nb == 0) goto succeed;
          k = gallop_left(t[ia], a_ + ib, nb, 0);
          bcount = k;
          if (k) {
            for (int64_t j = 0; j < k; ++j) a_[d + j] = a_[ib + j];
            d += k;
            ib += k;
            nb -= k;
            if (nb == 0) goto succeed;
          }
          a_[d++] = t[ia++];
          if (--na == 1) goto copy_b;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;  // leaving galloping mode costs
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      for (int64_t j = 0; j < na; ++j) a_[d + j] = t[ia + j];
      throw;
    }
  succeed:
    for (int64_t j = 0; j < na; ++j) a_[d + j] = t[ia + j];
    return;
  copy_b:  // a's last item goes after the rest of b
    for (int64_t j = 0; j < nb; ++j) a_[d + j] = a_[ib + j];
    a_[d + nb] = t[ia];
  }

  // The mirror image (na >= nb): from the right, with b copied aside.
  void merge_hi(int64_t pa, int64_t na, int64_t pb, int64_t nb) {
    T* t = tmp_(nb);
    for (int64_t j = 0; j < nb; ++j) t[j] = a_[pb + j];
    int64_t d = pb + nb - 1, ia = pa + na - 1, ib = nb - 1;
    try {
      a_[d--] = a_[ia--];
      if (--na == 0) goto succeed;
      if (nb == 1) goto copy_a;
      for (int64_t min_gallop = min_gallop_;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
          if (lt_(t[ib], a_[ia])) {
            a_[d--] = a_[ia--];
            ++acount;
            bcount = 0;
            if (--na == 0) goto succeed;
            if (acount >= min_gallop) break;
          } else {
            a_[d--] = t[ib--];
            ++bcount;
            acount = 0;
            if (--nb == 1) goto copy_a;
            if (bcount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          int64_t k = na - gallop_right(t[ib], a_ + pa, na, na - 1);
          acount = k;
          if (k) {
            d -= k;
            ia -= k;
            for (int64_t j = k; j >= 1; --j) a_[d + j] = a_[ia + j];
            na -= k;
            if (na == 0) goto succeed;
          }
          a_[d--] = t[ib--];
          if (--nb == 1) goto copy_a;
          k = nb - gallop_left(a_[ia], t, nb, nb - 1);
          bcount = k;
          if (k) {
            d -= k;
            ib -= k;
            for (int64_t j = 1; j <= k; ++j) a_[d + j] = t[ib + j];
            nb -= k;
            if (nb == 1) goto copy_a;
            if (nb == 0) goto succeed;  // only when the comparison is not consistent
          }
          a_[d--] = a_[ia--];
          if (--na == 0) goto succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        min_gallop_ = min_gallop;
      }
    } catch (...) {
      for (int64_t j = 0; j < nb; ++j) a_[d - (nb - 1) + j] = t[j];
      throw;
    }
  succeed:
    for (int64_t j = 0; j < nb; ++j) a_[d - (nb - 1) + j] = t[j];
    return;
  copy_a:  // b's first item goes before the rest of a
    for (int64_t j = na - 1; j >= 0; --j) a_[d + 1 - na + j] = a_[ia + 1 - na + j];
    d -= na;
    a_[d] = t[ib];
  }
};

// Sorts items[0:n] in place with lt as Python's `<`, in the order Python's list.sort() leaves
// them (reverse: reversed first and last, so that equal items keep their order).
template <class T, class Lt, class Tmp>
void sort(T* items, int64_t n, bool reverse, Merges merges, Lt lt, Tmp tmp) {
  auto flip = [&] {
    for (int64_t lo = 0, hi = n - 1; lo < hi; ++lo, --hi) std::swap(items[lo], items[hi]);
  };
  if (reverse) flip();
  try {
    Sorter<T, Lt, Tmp>(items, n, lt, tmp, merges).sort();
  } catch (...) {
    if (reverse) flip();
    throw;
  }
  if (reverse) flip();
}

}  // namespace rpy::timsort
