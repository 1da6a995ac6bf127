package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fillString(s string) Fill {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func failAfter(s string) Fill {
	return func(w io.Writer) error {
		io.WriteString(w, s)
		return errors.New("disk full")
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// leftovers lists the hidden temporary files in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	return m
}

func TestWrite(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(dir string) string // returns the output path
		fill    Fill
		wantErr bool
		check   func(t *testing.T, dir, path string)
	}{
		{"new file", func(dir string) string { return filepath.Join(dir, "a.csv") }, fillString("x,y\n"), false,
			func(t *testing.T, dir, path string) {
				if got := readFile(t, path); got != "x,y\n" {
					t.Errorf("content %q", got)
				}
				fi, _ := os.Stat(path)
				if fi.Mode().Perm() != 0o644 {
					t.Errorf("mode %v", fi.Mode())
				}
			}},
		{"replace keeps mode", func(dir string) string {
			p := filepath.Join(dir, "a.csv")
			os.WriteFile(p, []byte("old"), 0o600)
			return p
		}, fillString("new"), false, func(t *testing.T, dir, path string) {
			if got := readFile(t, path); got != "new" {
				t.Errorf("content %q", got)
			}
			fi, _ := os.Stat(path)
			if fi.Mode().Perm() != 0o600 {
				t.Errorf("mode %v, want 0600 kept", fi.Mode())
			}
		}},
		{"failed fill keeps the old file", func(dir string) string {
			p := filepath.Join(dir, "a.csv")
			os.WriteFile(p, []byte("old"), 0o644)
			return p
		}, failAfter("half"), true, func(t *testing.T, dir, path string) {
			if got := readFile(t, path); got != "old" {
				t.Errorf("content %q, want the old file", got)
			}
		}},
		{"symlink followed", func(dir string) string {
			real := filepath.Join(dir, "real.csv")
			os.WriteFile(real, []byte("old"), 0o644)
			link := filepath.Join(dir, "link.csv")
			os.Symlink(real, link)
			return link
		}, fillString("new"), false, func(t *testing.T, dir, path string) {
			fi, err := os.Lstat(path)
			if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("the link is gone: %v %v", fi, err)
			}
			if got := readFile(t, filepath.Join(dir, "real.csv")); got != "new" {
				t.Errorf("target content %q", got)
			}
		}},
		{"device written through", func(dir string) string { return os.DevNull }, fillString("x"), false,
			func(t *testing.T, dir, path string) {
				fi, err := os.Stat(os.DevNull)
				if err != nil || fi.Mode().IsRegular() {
					t.Errorf("%s is now %v (%v)", os.DevNull, fi.Mode(), err)
				}
			}},
		{"folder refused", func(dir string) string { return dir }, fillString("x"), true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.setup(dir)
			err := Write(path, tc.fill)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %s", err, path)
			}
			if l := leftovers(t, dir); len(l) > 0 {
				t.Errorf("temporary files left: %v", l)
			}
			if tc.check != nil {
				tc.check(t, dir, path)
			}
		})
	}
}

func TestSetAllOrNone(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	os.WriteFile(a, []byte("old a"), 0o644)
	var s Set
	s.Add(a, fillString("new a"))
	s.Add(b, failAfter("half b"))
	if err := s.Commit(); err == nil {
		t.Fatal("no error")
	}
	if got := readFile(t, a); got != "old a" {
		t.Errorf("a = %q: replaced although b failed", got)
	}
	if _, err := os.Stat(b); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("b exists: %v", err)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
}

func TestCheckDistinct(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "obs.csv")
	os.WriteFile(in, []byte("x"), 0o644)
	hard := filepath.Join(dir, "hard.csv")
	os.Link(in, hard)
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(dir)
	tests := []struct {
		name    string
		in, out []string
		want    bool
	}{
		{"distinct", []string{in}, []string{filepath.Join(dir, "out.csv")}, false},
		{"same name", []string{in}, []string{in}, true},
		{"relative name", []string{in}, []string{"./obs.csv"}, true},
		{"hard link", []string{in}, []string{hard}, true},
		{"two outputs", nil, []string{"new.csv", filepath.Join(dir, "new.csv")}, true},
		{"stdout and devices", []string{"-"}, []string{"-", os.DevNull, os.DevNull}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckDistinct(tc.in, tc.out)
			if got := errors.Is(err, ErrSameFile); got != tc.want {
				t.Errorf("err = %v, want same-file %v", err, tc.want)
			}
		})
	}
}

func TestRemoveTemporaries(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.csv")
	err := Write(p, func(w io.Writer) error {
		io.WriteString(w, "partial")
		if n := RemoveTemporaries(); n != 1 {
			t.Errorf("removed %d temporary files, want 1", n)
		}
		return errors.New("interrupted")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %v", l)
	}
}

// TestCreateCommitAndAbort: a streamed output replaces its target only on
// Commit; Abort leaves the old content and no temporary file.
func TestCreateCommitAndAbort(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, commit := range []bool{false, true} {
		p, err := Create(path)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(p, "new")
		if got, _ := os.ReadFile(path); string(got) != "old" {
			t.Fatalf("target changed before the end: %q", got)
		}
		if !commit {
			p.Abort()
			if got, _ := os.ReadFile(path); string(got) != "old" {
				t.Fatalf("after Abort the target holds %q", got)
			}
		} else if err := p.Commit(); err != nil {
			t.Fatal(err)
		}
		if m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(m) > 0 {
			t.Fatalf("temporary files left: %v", m)
		}
	}
	got, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if string(got) != "new" || st.Mode().Perm() != 0o600 {
		t.Fatalf("after Commit: %q, mode %v", got, st.Mode().Perm())
	}
}

// CommitAll replaces its files together: when one cannot be finished
// (here its file is already closed, so the sync fails), none is replaced
// and no temporary file is left.
func TestCommitAll(t *testing.T) {
	tests := []struct {
		name    string
		breakB  bool
		wantA   string
		wantB   string
		wantErr bool
	}{
		{"both", false, "new a", "new b", false},
		{"b fails", true, "old a", "old b", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "a.csv.meta.json")
			os.WriteFile(a, []byte("old a"), 0o644)
			os.WriteFile(b, []byte("old b"), 0o644)
			pa, err := Create(a)
			if err != nil {
				t.Fatal(err)
			}
			pb, err := Create(b)
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(pa, "new a")
			io.WriteString(pb, "new b")
			if tc.breakB {
				pb.File.Close()
			}
			if err := CommitAll(pa, pb); (err != nil) != tc.wantErr {
				t.Fatalf("error %v", err)
			}
			if got := readFile(t, a); got != tc.wantA {
				t.Errorf("a = %q, want %q", got, tc.wantA)
			}
			if got := readFile(t, b); got != tc.wantB {
				t.Errorf("b = %q, want %q", got, tc.wantB)
			}
			if l := leftovers(t, dir); len(l) > 0 {
				t.Errorf("temporary files left: %v", l)
			}
		})
	}
}
