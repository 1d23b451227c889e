// Command geokg-syntax trains and evaluates geokg's syntactic model (package syntax)
// from the Universal Dependencies English treebanks in ../shared/treebanks.
//
//	geokg-syntax train [-treebanks DIR] [-out FILE]   (make train)
//	geokg-syntax eval  [-treebanks DIR] [-model FILE] (make parser-eval)
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
