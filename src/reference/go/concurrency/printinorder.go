// printinorder.go: three goroutines call First, Second and Third in any order
// and at any time, yet the prints always come out first, second, third. What
// an interviewer probes: what makes the earlier print visible to the later
// goroutine. Here closing a channel is the signal: the Go memory model says a
// close happens before every receive that sees it, so whatever First wrote
// before close(firstDone) is visible to Second after <-firstDone, with no lock.

package concurrency

// PrintInOrder orders one run of First, Second and Third. It is single use:
// calling a method twice panics (a channel cannot be closed twice).
type PrintInOrder struct {
	firstDone  chan struct{}
	secondDone chan struct{}
}

// NewPrintInOrder returns an ordering for one run.
func NewPrintInOrder() *PrintInOrder {
	return &PrintInOrder{firstDone: make(chan struct{}), secondDone: make(chan struct{})}
}

// First prints at once and then releases Second.
func (p *PrintInOrder) First(print func()) {
	print()
	close(p.firstDone)
}

// Second waits for First, prints, and then releases Third.
func (p *PrintInOrder) Second(print func()) {
	<-p.firstDone
	print()
	close(p.secondDone)
}

// Third waits for Second, then prints.
func (p *PrintInOrder) Third(print func()) {
	<-p.secondDone
	print()
}
