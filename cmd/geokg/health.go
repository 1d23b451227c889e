package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"
)

func healthCommand() command {
	var url string
	return command{
		name:    "health",
		summary: "Asks a running geokg server whether it is ready (for container health checks); exit 0 when it is.",
		flags: func(fs *flag.FlagSet, _ *options) {
			fs.StringVar(&url, "url", readyURL(env("GEOKG_ADDR", defaultAddr)), "readiness URL of the server (default from GEOKG_ADDR, as serve listens)")
		},
		run: func(ctx context.Context, o *options, _ []string) error {
			ctx, cancel := context.WithTimeout(ctx, 4*time.Second)
			defer cancel()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
			if err != nil {
				return usageError{fmt.Sprintf("bad --url: %v", err)}
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return fmt.Errorf("server not answering: %w", err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("server not ready: %s", resp.Status)
			}
			fmt.Fprintln(o.stdout, "ready")
			return nil
		},
	}
}

// readyURL returns the readiness URL of a server listening on addr; a server listening on
// every interface ("0.0.0.0:8080", ":8080") is asked on the loopback address.
func readyURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/readyz"
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/readyz"
}
