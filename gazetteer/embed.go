package gazetteer

import (
	"embed"
	"io/fs"
)

//go:embed data/*.json data/actor-words.txt
var dataFS embed.FS

// embedded holds data/countries.json, data/groups.json and data/officials.json.
var embedded fs.FS = dataFS
