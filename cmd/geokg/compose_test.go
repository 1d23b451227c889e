package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// compose is the part of docker-compose.yml that the wiring depends on.
type compose struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Build       any               `yaml:"build"`
		Command     []string          `yaml:"command"`
		Environment map[string]string `yaml:"environment"`
		Ports       []string          `yaml:"ports"`
		Volumes     []string          `yaml:"volumes"`
		Healthcheck struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
		DependsOn map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
	} `yaml:"services"`
	Volumes map[string]any `yaml:"volumes"`
}

// envNamesRead returns the environment variables that the CLI's code reads through env
// and envDuration, found by parsing the package's source.
func envNamesRead(t *testing.T) map[string]bool {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	names := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); ok && (id.Name == "env" || id.Name == "envDuration") {
				if lit, ok := call.Args[0].(*ast.BasicLit); ok {
					s, _ := strconv.Unquote(lit.Value)
					names[s] = true
				}
			}
			return true
		})
	}
	return names
}

func TestDockerComposeWiring(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	require.NoError(t, err)
	var c compose
	require.NoError(t, yaml.Unmarshal(data, &c))

	neo, ok := c.Services["neo4j"]
	require.True(t, ok, "a neo4j service")
	assert.Equal(t, "neo4j:5.26-community", neo.Image)
	assert.Contains(t, neo.Environment["NEO4J_AUTH"], "${NEO4J_PASSWORD", "auth comes from the environment")
	assert.Contains(t, neo.Ports, "127.0.0.1:7687:7687")
	assert.NotEmpty(t, neo.Healthcheck.Test)
	require.NotEmpty(t, neo.Volumes)
	volume, _, _ := strings.Cut(neo.Volumes[0], ":")
	assert.Contains(t, c.Volumes, volume, "a named volume for the data")

	app, ok := c.Services["geokg"]
	require.True(t, ok, "a geokg service")
	assert.NotNil(t, app.Build, "built from the repo's Dockerfile")
	assert.FileExists(t, "../../Dockerfile")
	assert.Equal(t, []string{"serve"}, app.Command)
	assert.Equal(t, "service_healthy", app.DependsOn["neo4j"].Condition)
	assert.Contains(t, app.Ports, "127.0.0.1:8080:8080")
	assert.Equal(t, "bolt://neo4j:7687", app.Environment["NEO4J_URI"], "the server reaches the neo4j service by name")
	assert.Equal(t, "0.0.0.0:8080", app.Environment["GEOKG_ADDR"], "listens beyond the container's loopback")
	read := envNamesRead(t)
	for _, name := range []string{"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
		assert.Contains(t, app.Environment, name)
		assert.True(t, read[name], "geokg reads %s", name)
	}
	for name := range app.Environment {
		assert.True(t, read[name], "compose sets %s, which geokg never reads", name)
	}
	// The healthcheck runs a command the image really has.
	require.NotEmpty(t, app.Healthcheck.Test)
	assert.Equal(t, []string{"CMD", "/geokg", "health"}, app.Healthcheck.Test[:3])
}

func TestServeReadsItsEnvironment(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://neo4j:7687")
	t.Setenv("NEO4J_USER", "alice")
	t.Setenv("NEO4J_PASSWORD", "pw")
	t.Setenv("NEO4J_DATABASE", "graph")
	o := &options{}
	fs := newFlagSet(serveCommand(), o)
	require.NoError(t, fs.Parse(nil))
	assert.Equal(t, "bolt://neo4j:7687", o.neo4j.URI)
	assert.Equal(t, "alice", o.neo4j.User)
	assert.Equal(t, "pw", o.neo4j.Password)
	assert.Equal(t, "graph", o.neo4j.Database)
}
