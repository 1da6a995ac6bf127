package document

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Limits bound what a DOCX archive may make the reader unpack, against
// zip bombs and parts too large to be a plan.
type Limits struct {
	// MaxEntries is the most files an archive may list.
	MaxEntries int
	// MaxPartSize is the most bytes one part may unpack to.
	MaxPartSize int64
	// MaxTotalSize is the most bytes all parts read may unpack to.
	MaxTotalSize int64
	// MaxTableDepth is the deepest nesting of tables read; deeper tables
	// are left out.
	MaxTableDepth int
}

// DefaultLimits are generous for any plan: the largest real plans are a
// few megabytes of XML.
var DefaultLimits = Limits{MaxEntries: 5000, MaxPartSize: 64 << 20, MaxTotalSize: 256 << 20, MaxTableDepth: 16}

// Errors wrapped by *Error.
var (
	// ErrNoText is reported for a document that holds no text at all.
	ErrNoText = i18n.New("no text")
	// ErrTooLarge is reported for a part or archive over the Limits.
	ErrTooLarge = i18n.New("too large")
	// ErrMissingPart is reported for a DOCX without its main part.
	ErrMissingPart = i18n.New("missing part")
	// ErrUnsupported is reported for content of no supported format.
	ErrUnsupported = i18n.New("not a supported document format (DOCX, DOC, PDF, HTML or UTF-8 text)")
)

// docxArchive reads the parts of one DOCX archive within the limits.
type docxArchive struct {
	name   string
	limits Limits
	files  map[string]*zip.File
	total  int64
}

func openDOCX(data []byte, name string, limits Limits) (*docxArchive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &Error{File: name, Part: "zip archive", Err: i18n.Errorf("damaged or not a zip archive: %w", err)}
	}
	if len(zr.File) > limits.MaxEntries {
		return nil, &Error{File: name, Part: "zip archive", Err: i18n.Errorf("%w: %d entries, at most %d allowed", ErrTooLarge, len(zr.File), limits.MaxEntries)}
	}
	a := &docxArchive{name: name, limits: limits, files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		a.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	return a, nil
}

// has reports whether the archive holds the part.
func (a *docxArchive) has(part string) bool { return a.files[part] != nil }

// read unpacks one part, refusing to go past the limits whatever the
// archive's headers claim.
func (a *docxArchive) read(part string) ([]byte, error) {
	f := a.files[part]
	if f == nil {
		return nil, &Error{File: a.name, Part: part, Err: ErrMissingPart}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &Error{File: a.name, Part: part, Err: i18n.Errorf("damaged zip entry: %w", err)}
	}
	defer rc.Close()
	limit := min(a.limits.MaxPartSize, a.limits.MaxTotalSize-a.total)
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, &Error{File: a.name, Part: part, Err: i18n.Errorf("damaged zip entry: %w", err)}
	}
	if int64(len(data)) > limit {
		return nil, &Error{File: a.name, Part: part, Err: i18n.Errorf("%w: unpacks to more than %d bytes (part limit %d, archive limit %d)",
			ErrTooLarge, limit, a.limits.MaxPartSize, a.limits.MaxTotalSize)}
	}
	a.total += int64(len(data))
	return data, nil
}

// relTargets returns the targets of the relationships in a .rels part by
// the last segment of their type ("officeDocument", "numbering",
// "footnotes", "styles"), resolved against dir.
func (a *docxArchive) relTargets(relsPart, dir string) map[string]string {
	out := map[string]string{}
	if !a.has(relsPart) {
		return out
	}
	data, err := a.read(relsPart)
	if err != nil {
		return out
	}
	var rels struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xmlUnmarshal(data, &rels) != nil {
		return out
	}
	for _, r := range rels.Rels {
		if r.Mode == "External" {
			continue
		}
		kind := r.Type[strings.LastIndexByte(r.Type, '/')+1:]
		target := r.Target
		if strings.HasPrefix(target, "/") {
			target = strings.TrimPrefix(target, "/")
		} else {
			target = path.Join(dir, target)
		}
		if _, dup := out[kind]; !dup {
			out[kind] = target
		}
	}
	return out
}
