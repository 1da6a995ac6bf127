package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// ErrSameFile is wrapped by the error of an output that names the same
// file as an input or as another output of the same run.
var ErrSameFile = i18n.New("is the same file as")

// Fill writes the content of one output to w.
type Fill func(w io.Writer) error

// Write writes what fill produces to path, so that path holds either its
// old content or the whole new content, never a part:
//   - path absent or a regular file: fill writes a temporary file in the
//     same folder, which is synced and renamed over path; on any error the
//     temporary file is removed and path is untouched;
//   - path a symbolic link: the file it names is written that way (the
//     link stays a link);
//   - path a device, FIFO or socket (/dev/null, /dev/stdout, a pipe): fill
//     writes straight into it, since such a file cannot be replaced.
//
// The file gets mode 0644 when new, and keeps its mode when replaced.
func Write(path string, fill Fill) error {
	var s Set
	s.Add(path, fill)
	return s.Commit()
}

// A Set writes the outputs of one run all together or not at all: Commit
// writes every regular file to a temporary file first and renames them
// into place only when all have been written. Outputs that are devices or
// FIFOs are written last, after the renames. The zero Set is ready to use.
type Set struct {
	outs []output
}

type output struct {
	path string
	fill Fill
}

// Add adds an output to the set.
func (s *Set) Add(path string, fill Fill) {
	s.outs = append(s.outs, output{path: path, fill: fill})
}

// Paths returns the paths of the outputs added so far.
func (s *Set) Paths() []string {
	ps := make([]string, len(s.outs))
	for i, o := range s.outs {
		ps[i] = o.path
	}
	return ps
}

// Commit writes every output of the set. It refuses, before writing
// anything, two outputs that are the same file. On error no regular file
// of the set has been replaced and every temporary file is gone.
func (s *Set) Commit() (err error) {
	if err := CheckDistinct(nil, s.Paths()); err != nil {
		return err
	}
	var staged []*staging
	defer func() {
		for _, st := range staged {
			st.abort()
		}
	}()
	var direct []output
	for _, o := range s.outs {
		target, special, err := resolve(o.path)
		if err != nil {
			return err
		}
		if special {
			direct = append(direct, o)
			continue
		}
		st, err := stage(o.path, target, o.fill)
		if err != nil {
			return err
		}
		staged = append(staged, st)
	}
	for len(staged) > 0 {
		if err := staged[0].commit(); err != nil {
			return err
		}
		staged = staged[1:]
	}
	for _, o := range direct {
		if err := writeThrough(o.path, o.fill); err != nil {
			return err
		}
	}
	return nil
}

// resolve follows symbolic links from path and says whether the file it
// names exists and is not a regular file (a device, FIFO or socket).
func resolve(path string) (target string, special bool, err error) {
	target = path
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return "", false, i18n.Errorf("%s: following the link: %w", path, err)
		}
	}
	fi, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, false, nil
	case err != nil:
		return "", false, i18n.Errorf("%s: %w", path, err)
	case fi.IsDir():
		return "", false, i18n.Errorf("%s: is a folder, not a file", path)
	}
	return target, !fi.Mode().IsRegular(), nil
}

// staging is one output written to its temporary file, waiting to be
// renamed over its target.
type staging struct {
	path, target, tmp string
}

// stage writes fill's content to a temporary file beside target.
func stage(path, target string, fill Fill) (_ *staging, err error) {
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(target); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return nil, i18n.Errorf("cannot write %s: %w", path, err)
	}
	pending.add(f.Name())
	st := &staging{path: path, target: target, tmp: f.Name()}
	defer func() {
		if err != nil {
			f.Close()
			st.abort()
		}
	}()
	if err = fill(f); err != nil {
		return nil, i18n.Errorf("writing %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return nil, i18n.Errorf("writing %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return nil, i18n.Errorf("writing %s: %w", path, err)
	}
	if err = os.Chmod(st.tmp, mode); err != nil {
		return nil, i18n.Errorf("writing %s: %w", path, err)
	}
	return st, nil
}

// commit renames the temporary file over the target.
func (st *staging) commit() error {
	if err := os.Rename(st.tmp, st.target); err != nil {
		return i18n.Errorf("cannot write %s: %w", st.path, err)
	}
	pending.remove(st.tmp)
	return nil
}

// abort removes the temporary file.
func (st *staging) abort() {
	os.Remove(st.tmp)
	pending.remove(st.tmp)
}

// writeThrough writes fill's content straight into a file that cannot be
// replaced (a device or FIFO).
func writeThrough(path string, fill Fill) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return i18n.Errorf("cannot write %s: %w", path, err)
	}
	if err := fill(f); err != nil {
		f.Close()
		return i18n.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return i18n.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// CheckDistinct returns an error wrapping ErrSameFile when an output is
// the same file as an input, or as another output: by device and inode,
// so that two names of one file (a link, "./x" and "x") are caught.
// Outputs that do not exist yet are compared by their cleaned absolute
// path. "-" (standard input or output) and devices such as /dev/null are
// never compared.
func CheckDistinct(inputs, outputs []string) error {
	type seen struct {
		name string
		role i18n.Text
	}
	ids := map[fileID]seen{}
	note := func(name string, role i18n.Text) error {
		id, ok := idOf(name)
		if !ok {
			return nil
		}
		if prev, dup := ids[id]; dup {
			return i18n.Errorf("%s %s %w %s %s", role, name, ErrSameFile, prev.role, prev.name)
		}
		ids[id] = seen{name, role}
		return nil
	}
	for _, in := range inputs {
		if err := note(in, i18n.Textf("input")); err != nil {
			return err
		}
	}
	for _, out := range outputs {
		if err := note(out, i18n.Textf("output")); err != nil {
			return err
		}
	}
	return nil
}

// fileID identifies a file: its device and inode when it exists, else its
// absolute path.
type fileID struct {
	dev, ino uint64
	path     string
}

// idOf returns the identity of the file name names, and false for names
// that are never compared (empty, "-", devices, FIFOs).
func idOf(name string) (fileID, bool) {
	if name == "" || name == "-" {
		return fileID{}, false
	}
	fi, err := os.Stat(name)
	if err != nil {
		abs, aerr := filepath.Abs(name)
		if aerr != nil {
			return fileID{path: name}, true
		}
		return fileID{path: abs}, true
	}
	if !fi.Mode().IsRegular() {
		return fileID{}, false
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
	}
	abs, _ := filepath.Abs(name)
	return fileID{path: abs}, true
}

// pending holds the temporary files being written, so that an interrupt
// can remove them.
var pending = &tempSet{files: map[string]bool{}}

type tempSet struct {
	mu    sync.Mutex
	files map[string]bool
}

func (t *tempSet) add(p string) {
	t.mu.Lock()
	t.files[p] = true
	t.mu.Unlock()
}

func (t *tempSet) remove(p string) {
	t.mu.Lock()
	delete(t.files, p)
	t.mu.Unlock()
}

// RemoveTemporaries removes every temporary file still being written and
// returns how many it removed. A program calls it when it is interrupted.
func RemoveTemporaries() int {
	pending.mu.Lock()
	defer pending.mu.Unlock()
	n := 0
	for p := range pending.files {
		if os.Remove(p) == nil {
			n++
		}
		delete(pending.files, p)
	}
	return n
}

// CleanUpOnSignal makes SIGINT and SIGTERM remove the temporary files
// being written before the program exits with status 130 (SIGINT) or 143
// (SIGTERM), so that an interrupted run leaves no hidden partial files
// behind. The command calls it once at start.
func CleanUpOnSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-ch
		RemoveTemporaries()
		code := 130
		if sig == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
}

// Pending is an output being written by a writer that produces its
// content over time (a generator, a stream of records): write to it, then
// Commit to put it in place as Write would, or Abort to leave the target
// untouched. Get one from Create.
type Pending struct {
	*os.File
	st   *staging // nil when writing through to a device or FIFO
	mode fs.FileMode
	done bool
}

// Create starts writing path with the guarantees of Write: a temporary
// file beside the target (the file a link names), or straight into a
// device or FIFO. The caller must end with Commit or Abort; until then
// an interrupt handled by CleanUpOnSignal removes the temporary file.
func Create(path string) (*Pending, error) {
	target, special, err := resolve(path)
	if err != nil {
		return nil, err
	}
	if special {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, i18n.Errorf("cannot write %s: %w", path, err)
		}
		return &Pending{File: f}, nil
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(target); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return nil, i18n.Errorf("cannot write %s: %w", path, err)
	}
	pending.add(f.Name())
	return &Pending{File: f, st: &staging{path: path, target: target, tmp: f.Name()}, mode: mode}, nil
}

// Commit syncs and closes the file and renames it over the target. On
// error the temporary file is removed and the target untouched.
func (p *Pending) Commit() error {
	return CommitAll(p)
}

// CommitAll puts several pending outputs in place together, as Set.Commit
// does: every file is synced and closed first, and they are renamed over
// their targets only when all are complete. On an error before the
// renames every temporary file is removed and every target keeps its old
// content, so a file and its companion (a CSV file and its metadata
// sidecar) are replaced together or not at all. Outputs written through
// to a device or FIFO are closed.
func CommitAll(ps ...*Pending) error {
	for i, p := range ps {
		if err := p.finish(); err != nil {
			for _, q := range ps[i+1:] {
				q.Abort()
			}
			for _, q := range ps[:i] {
				q.drop()
			}
			return err
		}
	}
	for i, p := range ps {
		if p.st == nil {
			continue
		}
		if err := p.st.commit(); err != nil {
			for _, q := range ps[i:] {
				q.drop()
			}
			return err
		}
	}
	return nil
}

// finish syncs and closes the file, ready for its rename; on error the
// temporary file is removed.
func (p *Pending) finish() (err error) {
	if p.done {
		return nil
	}
	p.done = true
	if p.st == nil {
		return p.File.Close()
	}
	defer func() {
		if err != nil {
			p.st.abort()
		}
	}()
	if err := p.File.Sync(); err != nil {
		p.File.Close()
		return i18n.Errorf("writing %s: %w", p.st.path, err)
	}
	if err := p.File.Close(); err != nil {
		return i18n.Errorf("writing %s: %w", p.st.path, err)
	}
	if err := os.Chmod(p.st.tmp, p.mode); err != nil {
		return i18n.Errorf("writing %s: %w", p.st.path, err)
	}
	return nil
}

// drop removes the temporary file of a finished output not renamed.
func (p *Pending) drop() {
	if p.st != nil {
		p.st.abort()
	}
}

// Abort closes and removes the temporary file; the target keeps its old
// content. Abort after Commit does nothing.
func (p *Pending) Abort() {
	if p.done {
		return
	}
	p.done = true
	p.File.Close()
	if p.st != nil {
		p.st.abort()
	}
}
