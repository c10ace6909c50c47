package cache

import (
	"reflect"
	"testing"
)

func mustLRU(t *testing.T, capacity int, onEvict func(string, int)) *LRU[string, int] {
	t.Helper()
	c, err := NewLRU[string, int](capacity, onEvict)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLRUEvictsTheLeastRecentlyUsedEntry(t *testing.T) {
	var evicted []string
	c := mustLRU(t, 2, func(k string, v int) { evicted = append(evicted, k) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a") // "b" is now the least recent
	c.Put("c", 3)
	if _, ok := c.Get("b"); ok {
		t.Fatal(`"b" survived; Get("a") should have made it the victim`)
	}
	if !reflect.DeepEqual(evicted, []string{"b"}) {
		t.Fatalf("onEvict saw %v, want [b]", evicted)
	}
	if got := c.Keys(); !reflect.DeepEqual(got, []string{"c", "a"}) {
		t.Fatalf("Keys() = %v, want [c a]", got)
	}
}

func TestLRUOverwriteKeepsTheSizeAndRefreshesRecency(t *testing.T) {
	evictions := 0
	c := mustLRU(t, 2, func(string, int) { evictions++ })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	if v, _ := c.Peek("a"); v != 10 || c.Len() != 2 || evictions != 0 {
		t.Fatalf("after overwrite: a=%d len=%d evictions=%d, want 10, 2, 0", v, c.Len(), evictions)
	}
	c.Put("c", 3)
	if _, ok := c.Peek("b"); ok {
		t.Fatal(`the overwrite should have made "b" the least recent`)
	}
}

func TestLRUPeekDoesNotTouchRecency(t *testing.T) {
	c := mustLRU(t, 2, nil)
	c.Put("a", 1)
	c.Put("b", 2)
	if v, ok := c.Peek("a"); !ok || v != 1 {
		t.Fatalf("Peek(a) = %d, %v", v, ok)
	}
	c.Put("c", 3)
	if _, ok := c.Peek("a"); ok {
		t.Fatal(`Peek refreshed "a"; it should still have been evicted`)
	}
}

func TestLRUDeleteUnlinksWithoutCallingOnEvict(t *testing.T) {
	evictions := 0
	c := mustLRU(t, 3, func(string, int) { evictions++ })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	if !c.Delete("b") || c.Delete("b") {
		t.Fatal("Delete should report true once, then false")
	}
	if got := c.Keys(); !reflect.DeepEqual(got, []string{"c", "a"}) || c.Len() != 2 || evictions != 0 {
		t.Fatalf("Keys()=%v Len()=%d evictions=%d", got, c.Len(), evictions)
	}
}

func TestLRURejectsACapacityBelowOne(t *testing.T) {
	if _, err := NewLRU[string, int](0, nil); err == nil {
		t.Fatal("capacity 0 accepted")
	}
}

// A long random run checked against a slice-based model of the same cache.
func TestLRUMatchesASimpleModel(t *testing.T) {
	c := mustLRU(t, 5, nil)
	var model []string // most recent first
	touch := func(k string) {
		for i, m := range model {
			if m == k {
				model = append(model[:i], model[i+1:]...)
				break
			}
		}
		model = append([]string{k}, model...)
	}
	seed := uint32(7)
	for i := 0; i < 5_000; i++ {
		seed = seed*1_664_525 + 1_013_904_223
		k := string(rune('a' + seed>>16%9))
		if seed>>8%2 == 0 {
			c.Put(k, i)
			touch(k)
			if len(model) > 5 {
				model = model[:5]
			}
		} else if _, ok := c.Get(k); ok {
			touch(k)
		}
		if got := c.Keys(); len(got) != len(model) || (len(got) > 0 && !reflect.DeepEqual(got, model)) {
			t.Fatalf("step %d: Keys() = %v, model %v", i, got, model)
		}
	}
}
