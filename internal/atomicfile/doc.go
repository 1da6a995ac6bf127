// Package atomicfile is the one way cchc writes an output file: a
// temporary file beside the target, synced and renamed over it, so that an
// output is either the old file or the whole new one (Write); several
// outputs of one run together or not at all (Set); symbolic links followed
// to the file they name; devices and FIFOs (/dev/null, a pipe) written
// through rather than replaced; an output that is the same file as an
// input refused by device and inode (CheckDistinct); and temporary files
// removed when the program is interrupted (CleanUpOnSignal).
package atomicfile
