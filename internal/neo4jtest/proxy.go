package neo4jtest

import (
	"io"
	"net"
	"strings"
	"sync"
	"testing"
)

// Proxy is a TCP proxy in front of the test Neo4j that a test can stop (every connection
// cut, new ones refused) and start again, to play an outage without touching Neo4j.
type Proxy struct {
	t      testing.TB
	target string
	mu     sync.Mutex
	ln     net.Listener
	addr   string
	conns  []net.Conn
}

// NewProxy starts a proxy to the Neo4j of Config(); it is stopped when the test ends.
func NewProxy(t testing.TB) *Proxy {
	t.Helper()
	target := strings.TrimPrefix(Config().URI, "bolt://")
	if target == "" {
		target = "127.0.0.1:7687"
	}
	p := &Proxy{t: t, target: target}
	p.Start()
	t.Cleanup(p.Stop)
	return p
}

// URI is the proxy's Bolt address.
func (p *Proxy) URI() string { return "bolt://" + p.addr }

// Start listens again (on the same port once it was stopped).
func (p *Proxy) Start() {
	p.mu.Lock()
	defer p.mu.Unlock()
	addr := p.addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		p.t.Fatalf("proxy listen: %v", err)
	}
	p.ln, p.addr = ln, ln.Addr().String()
	go p.accept(ln)
}

// Stop cuts every connection and refuses new ones.
func (p *Proxy) Stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		_ = p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		_ = c.Close()
	}
	p.conns = nil
}

func (p *Proxy) accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			_ = c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(up, c); _ = up.Close() }()
		go func() { _, _ = io.Copy(c, up); _ = c.Close() }()
	}
}
