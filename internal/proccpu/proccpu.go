// Package proccpu reads another process's CPU time from Linux's /proc, and the local
// Neo4j's process id, for the benchmarks that charge each process of a measurement
// (geokg, Neo4j, the peer) its share.
package proccpu

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Of is the CPU time (user and system) of process pid from /proc/PID/stat, at the
// kernel's clock tick (10 ms: measure enough work), or -1 when pid is not positive or its
// figures cannot be read (no such process, not Linux).
func Of(pid int) time.Duration {
	if pid <= 0 {
		return -1
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return -1
	}
	return parse(stat)
}

// parse reads utime and stime from a /proc/PID/stat line: the 14th and 15th fields, the
// 12th and 13th after the command's closing parenthesis (a command may hold spaces and
// parentheses), or -1 when the line is not of that shape.
func parse(stat []byte) time.Duration {
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return -1
	}
	rest := strings.Fields(string(stat[i+1:]))
	if len(rest) < 13 {
		return -1
	}
	ut, err1 := strconv.ParseInt(rest[11], 10, 64)
	st, err2 := strconv.ParseInt(rest[12], 10, 64)
	if err1 != nil || err2 != nil {
		return -1
	}
	return time.Duration(ut+st) * (time.Second / 100) // USER_HZ is 100 on Linux
}

// LocalNeo4j is the process id of the local Neo4j that scripts/neo4j.sh started under
// $NEO4J_HOME_DIR (its pid file holds "PID PORT"), or 0 when there is none.
func LocalNeo4j() int {
	dir := os.Getenv("NEO4J_HOME_DIR")
	if dir == "" {
		return 0
	}
	b, err := os.ReadFile(filepath.Join(dir, "neo4j.pid"))
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	pid, err := strconv.Atoi(f[0])
	if err != nil {
		return 0
	}
	return pid
}
