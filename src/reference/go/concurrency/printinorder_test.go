package concurrency

import (
	"strings"
	"sync"
	"testing"
)

// Every start order of the three goroutines, many times over. The output
// slice has no lock of its own: only the ordering's happens-before edges keep
// the appends from racing, so without them the race detector fails the test too.
func TestPrintInOrderWhateverTheStartOrder(t *testing.T) {
	orders := [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}
	for round := 0; round < 300; round++ {
		for _, order := range orders {
			p := NewPrintInOrder()
			var out []string
			calls := [3]func(){
				func() { p.First(func() { out = append(out, "first") }) },
				func() { p.Second(func() { out = append(out, "second") }) },
				func() { p.Third(func() { out = append(out, "third") }) },
			}
			var wg sync.WaitGroup
			for _, which := range order {
				wg.Add(1)
				go func(call func()) {
					defer wg.Done()
					call()
				}(calls[which])
			}
			finishWithin(t, "the three prints", wg.Wait)
			if got := strings.Join(out, ","); got != "first,second,third" {
				t.Fatalf("round %d, start order %v: printed %s", round, order, got)
			}
		}
	}
}

func TestPrintInOrderThirdWaitsEvenWhenCalledAlone(t *testing.T) {
	p := NewPrintInOrder()
	printed := make(chan string, 3)
	go p.Third(func() { printed <- "third" })
	go p.Second(func() { printed <- "second" })
	p.First(func() { printed <- "first" })
	for _, want := range []string{"first", "second", "third"} {
		finishWithin(t, "print "+want, func() {
			if got := <-printed; got != want {
				t.Errorf("printed %s, want %s", got, want)
			}
		})
	}
}
