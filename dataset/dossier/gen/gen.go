package gen

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// DefaultYear is the year generated when Options.Year is 0.
const DefaultYear = 2025

// DefaultBatchSize is the number of rows per generated record.
const DefaultBatchSize = 1 << 16

// Options controls the generator. The output depends on every field except
// Workers.
type Options struct {
	// Rows is the number of dossiers to generate.
	Rows int64
	// Seed seeds the random draws.
	Seed uint64
	// Province restricts the dossiers to one province (any spelling
	// vntext.CanonicalProvince knows); empty means every province of Year.
	Province string
	// Year is the year the dossiers are received in; 0 means DefaultYear.
	Year int
	// BatchSize is the number of rows per record; 0 means DefaultBatchSize.
	BatchSize int
	// BadPerMillion is how many rows per million carry a fault the rates
	// code rejects (0: none).
	BadPerMillion int
	// Workers is the number of goroutines building batches; 0 means GOMAXPROCS.
	Workers int
}

// Generator builds synthetic dossier records.
type Generator struct {
	opts  Options
	year  int
	w     *world
	mem   memory.Allocator
	dicts [5]arrow.Array // province, agency, level, procedure, channel
}

// MaxRows is the most rows a generator makes: ten billion, about a
// terabyte of Parquet, far beyond any province's dossiers.
const MaxRows = 10_000_000_000

// MaxBatchSize is the largest batch: 16 million rows (about 2 GB of
// memory per batch).
const MaxBatchSize = 1 << 24

// New checks opts and builds the generator's fixed world (provinces,
// agencies, procedures). Release it when done.
func New(opts Options, mem memory.Allocator) (*Generator, error) {
	if opts.Rows < 0 || opts.Rows > MaxRows {
		return nil, i18n.Errorf("gen: rows %d out of 0..%d", opts.Rows, int64(MaxRows))
	}
	if opts.BadPerMillion < 0 || opts.BadPerMillion > 1e6 {
		return nil, i18n.Errorf("gen: bad rows per million %d out of 0..1000000", opts.BadPerMillion)
	}
	year := opts.Year
	if year == 0 {
		year = DefaultYear
	}
	if year < vntext.FirstRegisterYear || year > 2100 {
		return nil, i18n.Errorf("gen: year %d out of %d..2100", year, vntext.FirstRegisterYear)
	}
	if opts.BatchSize > MaxBatchSize {
		return nil, i18n.Errorf("gen: batch size %d out of 1..%d", opts.BatchSize, MaxBatchSize)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	monthly, err := monthlyProvinces(opts.Province, year)
	if err != nil {
		return nil, err
	}
	g := &Generator{opts: opts, year: year, w: newWorld(monthly, year), mem: mem}
	lists := [5][]string{g.w.provinceNames, g.w.agencyNames, levelNames(), g.w.procCodes, channelNames()}
	for i, l := range lists {
		b := array.NewStringBuilder(mem)
		b.AppendValues(l, nil)
		g.dicts[i] = b.NewArray()
		b.Release()
	}
	return g, nil
}

// Release releases the generator's dictionaries.
func (g *Generator) Release() {
	for i, d := range g.dicts {
		if d != nil {
			d.Release()
			g.dicts[i] = nil
		}
	}
}

// Metadata returns the key-value metadata written with the output: it
// says the data are synthetic and how they were made.
func (g *Generator) Metadata() map[string]string {
	prov := "all"
	if g.opts.Province != "" {
		prov = g.w.provinceNames[0]
	}
	return map[string]string{
		"synthetic":            "true",
		"cchc.note":            "SYNTHETIC dossier records made by cchc gen dossiers; not real data",
		"cchc.generator":       "cchc gen dossiers (model: package github.com/cchc-lab/cchc/dataset/dossier/gen)",
		"cchc.seed":            strconv.FormatUint(g.opts.Seed, 10),
		"cchc.rows":            strconv.FormatInt(g.opts.Rows, 10),
		"cchc.year":            strconv.Itoa(g.year),
		"cchc.province":        prov,
		"cchc.batch_size":      strconv.Itoa(g.opts.BatchSize),
		"cchc.bad_per_million": strconv.Itoa(g.opts.BadPerMillion),
	}
}

// NumBatches returns the number of records Each yields.
func (g *Generator) NumBatches() int64 {
	bs := int64(g.opts.BatchSize)
	return (g.opts.Rows + bs - 1) / bs
}

// Batch builds record number b (0-based) of the output. The caller
// releases it. Batch is safe for concurrent use.
func (g *Generator) Batch(b int64) arrow.Record {
	bs := int64(g.opts.BatchSize)
	start := b * bs
	n := min(bs, g.opts.Rows-start)
	if n < 0 {
		n = 0
	}
	return g.build(b, start, int(n))
}

// Each builds the records in order and passes each to fn, which must not
// keep it after returning (Each releases it). Batches are built by
// Options.Workers goroutines, at most twice that many ahead of fn, so
// memory stays flat whatever the number of rows. It stops at fn's first
// error or when ctx is done.
func (g *Generator) Each(ctx context.Context, fn func(arrow.Record) error) error {
	workers := g.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	nb := g.NumBatches()
	var done int64
	order := make(chan chan arrow.Record, workers)
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	go func() {
		defer close(order)
		for b := int64(0); b < nb; b++ {
			ch := make(chan arrow.Record, 1)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				close(ch)
				return
			}
			wg.Add(1)
			go func(b int64) {
				defer wg.Done()
				defer func() { <-sem }()
				ch <- g.Batch(b)
			}(b)
		}
	}()
	var err error
	for ch := range order {
		rec, ok := <-ch
		if !ok {
			continue
		}
		if err == nil {
			err = ctx.Err()
		}
		if err == nil {
			err = fn(rec)
			done++
		}
		rec.Release()
		if err != nil {
			cancel()
		}
	}
	wg.Wait()
	if err == nil && done < nb {
		err = parent.Err()
	}
	return err
}

// WriteTo generates every row into w (see dossier.Create) and
// closes w. It returns the number of rows written.
func (g *Generator) WriteTo(ctx context.Context, w dossier.Writer) (int64, error) {
	var rows int64
	err := g.Each(ctx, func(rec arrow.Record) error {
		rows += rec.NumRows()
		return w.Write(rec)
	})
	if a, ok := w.(dossier.Aborter); ok && err != nil {
		// A writer of dossier.Create leaves its file as it was.
		a.Abort()
		return rows, err
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return rows, err
}

// Generate writes opts.Rows synthetic dossiers to path (.parquet, .csv or
// .arrow), with metadata saying they are synthetic. It is the call behind
// "cchc gen dossiers".
func Generate(ctx context.Context, path string, opts Options, mem memory.Allocator) (int64, error) {
	g, err := New(opts, mem)
	if err != nil {
		return 0, err
	}
	defer g.Release()
	w, err := dossier.Create(path, g.Metadata())
	if err != nil {
		return 0, err
	}
	return g.WriteTo(ctx, w)
}

// levelNames and channelNames return the level and channel dictionaries.
// "kiosk" is there for the bad-record faults only.
func levelNames() []string {
	return []string{dataset.LevelProvince, dataset.LevelDistrict, dataset.LevelCommune}
}

func channelNames() []string {
	return []string{dossier.ChannelOnlineFull, dossier.ChannelOnlinePartial, dossier.ChannelInPerson, dossier.ChannelPostal, "kiosk"}
}

const (
	lvProvince = 0
	lvDistrict = 1
	lvCommune  = 2

	chOnlineFull    = 0
	chOnlinePartial = 1
	chInPerson      = 2
	chPostal        = 3
	chKiosk         = 4
)

// monthWeights returns the weights of the months of receipt (January
// first): a dip at Tết, peaks before the year-end closing.
func monthWeights() [12]float64 {
	return [12]float64{1.10, 0.70, 1.05, 1.00, 1.00, 1.00, 0.95, 1.00, 1.00, 1.05, 1.05, 1.15}
}

// department is a provincial department and its share of provincial-level dossiers.
type department struct {
	name   string
	weight float64
}

// departments returns the provincial departments.
func departments() []department {
	return []department{
		{"Công an", 3.0}, {"Sở Tư pháp", 1.6}, {"Sở Kế hoạch và Đầu tư", 1.8},
		{"Sở Tài nguyên và Môi trường", 1.5}, {"Sở Giao thông vận tải", 2.2},
		{"Sở Xây dựng", 0.9}, {"Sở Lao động - Thương binh và Xã hội", 1.2},
		{"Sở Y tế", 0.8}, {"Sở Giáo dục và Đào tạo", 0.7}, {"Sở Công Thương", 0.8},
		{"Sở Nông nghiệp và Phát triển nông thôn", 0.6}, {"Sở Nội vụ", 0.4},
		{"Sở Văn hóa, Thể thao và Du lịch", 0.4}, {"Sở Thông tin và Truyền thông", 0.3},
	}
}

// haTinhDistricts returns the district-level units of Hà Tĩnh (before 2025).
func haTinhDistricts() []string {
	return []string{
		"thành phố Hà Tĩnh", "thị xã Hồng Lĩnh", "thị xã Kỳ Anh", "huyện Hương Sơn",
		"huyện Đức Thọ", "huyện Vũ Quang", "huyện Nghi Xuân", "huyện Can Lộc",
		"huyện Hương Khê", "huyện Thạch Hà", "huyện Cẩm Xuyên", "huyện Kỳ Anh", "huyện Lộc Hà",
	}
}

// provinceLabel returns the name as agency names write it: "tỉnh Hà Tĩnh",
// "thành phố Hà Nội", "Thành phố Hồ Chí Minh".
func provinceLabel(p string) string {
	switch p {
	case "Thành phố Hồ Chí Minh":
		return p
	case "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế":
		return "thành phố " + p
	}
	return "tỉnh " + p
}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// unit returns a number in [0,1) from a hash.
func unit(h uint64) float64 { return float64(h>>11) / (1 << 53) }

// localUnits are a province's district and commune agencies in one era.
type localUnits struct {
	distBase int32 // agency index of the first district
	nDist    int32 // 0 with two levels
	commBase int32 // first commune
	nComm    int32
}

// era is one shape of the local administrative map: whether it has a
// district level, the shares of the levels, and each province's local
// units (zero for a province not named in the era).
type era struct {
	districts bool
	levelCum  [3]float64
	provinces []localUnits
}

type procInfo struct {
	fee    bool
	online bool  // can be done fully online
	days   int64 // statutory time
}

// world is the fixed frame of the synthetic data.
type world struct {
	year          int
	provinceNames []string
	offset        []float64 // each province's online share offset
	deptBase      []int32   // agency index of each province's first department
	eras          []era
	monthEra      [12]int // index into eras
	monthProv     [12]provTable
	agencyNames   []string
	deptCum       []float64
	procCodes     []string
	procs         []procInfo
	procBase      [3]int // first procedure of each level
	procN         [3]int
	monthCum      [12]float64
	yearStart     int64
	yearEnd       int64 // last second of the year
	monthStart    [13]int64
}

// monthlyProvinces returns, for each month of year, the provinces that
// existed on its first day (vntext.ProvincesOn): in 2025 the 63 until June
// and the 34 from 1 July (Resolution 202/2025/QH15). With one province
// named, it is that province while it exists and then the unit it was
// merged into.
func monthlyProvinces(name string, year int) ([12][]string, error) {
	var out [12][]string
	one := ""
	if name != "" {
		p, err := vntext.ProvinceInYear(vntext.NFC(name), year)
		if err != nil {
			return out, i18n.Errorf("gen: province: %w", err)
		}
		one = p
	}
	for m := range out {
		day := time.Date(year, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		all := vntext.ProvincesOn(day)
		if len(all) == 0 {
			return out, i18n.Errorf("gen: no provinces for year %d", year)
		}
		if one == "" {
			out[m] = all
			continue
		}
		p := one
		if !slices.Contains(all, p) {
			if s, ok := vntext.MergedInto(p); ok && slices.Contains(all, s) {
				p = s
			}
		}
		out[m] = []string{p}
	}
	return out, nil
}

// provTable is the provinces dossiers of one month are drawn from.
type provTable struct {
	idx []int     // indices into world.provinceNames
	cum []float64 // cumulative weights
}

// newWorld builds the fixed frame of year's dossiers from the provinces of
// each month, in named steps: the provinces, their departments, the local
// units of each era of the administrative map, the procedures and the
// calendar.
func newWorld(monthly [12][]string, year int) *world {
	provinces, at := distinctProvinces(monthly)
	w := &world{year: year, provinceNames: provinces}
	w.addDepartments()
	for _, e := range erasOf(year) {
		w.addEra(e, monthly)
	}
	w.monthProv = monthTables(monthly, at, year)
	w.addProcedures()
	w.addCalendar()
	return w
}

// distinctProvinces returns the provinces named in any month, in the order
// they first appear, and the index of each.
func distinctProvinces(monthly [12][]string) ([]string, map[string]int) {
	var provinces []string
	at := map[string]int{}
	for _, ps := range monthly {
		for _, p := range ps {
			if _, ok := at[p]; !ok {
				at[p] = len(provinces)
				provinces = append(provinces, p)
			}
		}
	}
	return provinces, at
}

// addDepartments adds every province's departments to the agencies; they
// are the same in every era.
func (w *world) addDepartments() {
	depts := departments()
	w.deptBase = make([]int32, len(w.provinceNames))
	w.offset = make([]float64, len(w.provinceNames))
	for i, p := range w.provinceNames {
		w.offset[i] = (unit(hash64("province:"+p)) - 0.5) * 0.16
		label := provinceLabel(p)
		w.deptBase[i] = int32(len(w.agencyNames))
		for _, d := range depts {
			name := d.name + " " + label
			if d.name == "Công an" {
				name = "Công an " + label
			}
			w.agencyNames = append(w.agencyNames, name)
		}
	}
	cum := 0.0
	for _, d := range depts {
		cum += d.weight
		w.deptCum = append(w.deptCum, cum)
	}
}

// eraSpan is a run of months with one shape of local government.
type eraSpan struct {
	first, last int  // months, 0-based, inclusive
	districts   bool // three levels (province, district, commune)
}

// erasOf returns the eras of year: three levels before TwoLevelDay, two
// (province and commune) from it (Resolution 202/2025/QH15 and the Law on
// Organisation of Local Government 2025). 2025 has one of each.
func erasOf(year int) []eraSpan {
	var out []eraSpan
	for m := 0; m < 12; m++ {
		districts := time.Date(year, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC).Before(TwoLevelDay)
		if n := len(out); n > 0 && out[n-1].districts == districts {
			out[n-1].last = m
			continue
		}
		out = append(out, eraSpan{first: m, last: m, districts: districts})
	}
	return out
}

// TwoLevelDay is the first day of two-level local government: from it
// communes belong to the province directly and there is no district level
// (Resolution 202/2025/QH15; Law on Organisation of Local Government 2025).
var TwoLevelDay = MergerDay

// addEra adds the local units of the provinces named in the era's months
// and points those months at the era.
func (w *world) addEra(s eraSpan, monthly [12][]string) {
	e := era{districts: s.districts, provinces: make([]localUnits, len(w.provinceNames))}
	// Level shares: three levels 22/28/50%; two levels 35/65%.
	e.levelCum = [3]float64{0.35, 0.35, 1}
	if s.districts {
		e.levelCum = [3]float64{0.22, 0.50, 1}
	}
	done := map[string]bool{}
	for m := s.first; m <= s.last; m++ {
		w.monthEra[m] = len(w.eras)
		for _, p := range monthly[m] {
			if !done[p] {
				done[p] = true
				i := slices.Index(w.provinceNames, p)
				e.provinces[i] = w.localUnits(p, s.districts)
			}
		}
	}
	w.eras = append(w.eras, e)
}

// localUnits adds a province's districts (with three levels) and communes
// to the agencies. With two levels communes are numbered across the
// province and grouped only to size them.
func (w *world) localUnits(p string, districts bool) localUnits {
	h := hash64("province:" + p)
	label := provinceLabel(p)
	var groups []string
	switch {
	case districts && p == "Hà Tĩnh":
		groups = haTinhDistricts()
	case districts:
		for i := 1; i <= 8+int(h>>8%8); i++ {
			groups = append(groups, fmt.Sprintf("huyện số %02d", i))
		}
	default:
		for i := 1; i <= 8+int(h>>8%8); i++ {
			groups = append(groups, fmt.Sprintf("cụm %02d", i))
		}
	}
	u := localUnits{distBase: int32(len(w.agencyNames))}
	if districts {
		u.nDist = int32(len(groups))
		for _, d := range groups {
			w.agencyNames = append(w.agencyNames, "UBND "+d+", "+label)
		}
	}
	u.commBase = int32(len(w.agencyNames))
	for _, d := range groups {
		n := 10 + int(hash64(p+d)%8)
		for i := 1; i <= n; i++ {
			if districts {
				w.agencyNames = append(w.agencyNames, fmt.Sprintf("UBND xã số %02d, %s, %s", i, d, label))
			} else {
				w.agencyNames = append(w.agencyNames, fmt.Sprintf("UBND xã số %03d, %s", int(u.nComm)+i, label))
			}
		}
		u.nComm += int32(n)
	}
	return u
}

// addProcedures adds the procedures: 200 provincial, 150 district, 100
// commune.
func (w *world) addProcedures() {
	counts := [3]int{200, 150, 100}
	days := []int64{1, 2, 3, 5, 7, 10, 15, 20, 30}
	i := 0
	for lv := 0; lv < 3; lv++ {
		w.procBase[lv] = len(w.procCodes)
		w.procN[lv] = counts[lv]
		for k := 0; k < counts[lv]; k++ {
			code := fmt.Sprintf("1.%06d", 1000+(i*7919)%9000)
			h := hash64("procedure:" + code)
			w.procCodes = append(w.procCodes, code)
			w.procs = append(w.procs, procInfo{
				fee:    unit(h) < 0.45,
				online: k < 10 || unit(h>>7|h<<57) >= 0.10,
				days:   days[(h>>20)%uint64(len(days))],
			})
			i++
		}
	}
}

// addCalendar sets the months' weights and first seconds.
func (w *world) addCalendar() {
	cum := 0.0
	for m, wt := range monthWeights() {
		cum += wt
		w.monthCum[m] = cum
	}
	for m := 0; m <= 12; m++ {
		w.monthStart[m] = time.Date(w.year, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC).Unix()
	}
	w.yearStart = w.monthStart[0]
	w.yearEnd = w.monthStart[12] - 1
}

func pick(cum []float64, u float64) int {
	x := u * cum[len(cum)-1]
	lo, hi := 0, len(cum)-1
	for lo < hi {
		m := (lo + hi) / 2
		if cum[m] > x {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// batchBuilders are the column builders of one batch.
type batchBuilders struct {
	id                             *array.StringBuilder
	prov, agency, level, proc, chn *array.Int32Builder
	recv, due, fin                 *array.TimestampBuilder
	fee, paid, dig, rdig           *array.BooleanBuilder
	rating                         *array.Int8Builder
}

func (g *Generator) build(b, start int64, n int) arrow.Record {
	mem := g.mem
	ts := dossier.TimestampType().(*arrow.TimestampType)
	bb := batchBuilders{
		id: array.NewStringBuilder(mem), prov: array.NewInt32Builder(mem), agency: array.NewInt32Builder(mem),
		level: array.NewInt32Builder(mem), proc: array.NewInt32Builder(mem), chn: array.NewInt32Builder(mem),
		recv: array.NewTimestampBuilder(mem, ts), due: array.NewTimestampBuilder(mem, ts), fin: array.NewTimestampBuilder(mem, ts),
		fee: array.NewBooleanBuilder(mem), paid: array.NewBooleanBuilder(mem), dig: array.NewBooleanBuilder(mem),
		rdig: array.NewBooleanBuilder(mem), rating: array.NewInt8Builder(mem),
	}
	all := []array.Builder{bb.id, bb.prov, bb.agency, bb.level, bb.proc, bb.recv, bb.due, bb.fin, bb.chn,
		bb.fee, bb.paid, bb.dig, bb.rdig, bb.rating}
	for _, x := range all {
		x.Reserve(n)
	}
	bb.id.ReserveData(n * 24)
	rng := rand.New(rand.NewPCG(g.opts.Seed, uint64(b)))
	var idBuf []byte
	for i := 0; i < n; i++ {
		idBuf = g.row(rng, &bb, start+int64(i), idBuf[:0])
	}
	arrs := make([]arrow.Array, len(all))
	for i, x := range all {
		arrs[i] = x.NewArray()
		x.Release()
	}
	// Wrap the index columns in the fixed dictionaries.
	st := dossier.StringType()
	for d, col := range [5]int{1, 2, 3, 4, 8} {
		idx := arrs[col]
		arrs[col] = array.NewDictionaryArray(st, idx, g.dicts[d])
		idx.Release()
	}
	rec := array.NewRecord(dossier.Schema(), arrs, int64(n))
	for _, a := range arrs {
		a.Release()
	}
	return rec
}

// row draws one dossier and appends it to the builders.
func (g *Generator) row(rng *rand.Rand, bb *batchBuilders, rowNum int64, idBuf []byte) []byte {
	w := g.w
	// Province and level: drawn now, chosen among the provinces and
	// levels of the month's era.
	pu := 0.0
	if len(w.provinceNames) > 1 {
		pu = rng.Float64()
	}
	lu := rng.Float64()
	// Receipt: seasonal month, uniform day, office hours.
	m := pick(w.monthCum[:], rng.Float64())
	e := &w.eras[w.monthEra[m]]
	lv := lvCommune
	switch {
	case lu < e.levelCum[0]:
		lv = lvProvince
	case lu < e.levelCum[1]:
		lv = lvDistrict
	}
	pt := &w.monthProv[m]
	pi := pt.idx[0]
	if len(pt.idx) > 1 {
		pi = pt.idx[pick(pt.cum, pu)]
	}
	p := &e.provinces[pi]
	var agency int32
	switch lv {
	case lvProvince:
		agency = w.deptBase[pi] + int32(pick(w.deptCum, rng.Float64()))
	case lvDistrict:
		agency = p.distBase + rng.Int32N(p.nDist)
	default:
		agency = p.commBase + rng.Int32N(p.nComm)
	}
	// Procedure: skewed towards the first (most common) ones.
	pk := w.procBase[lv] + int(float64(w.procN[lv])*math.Pow(rng.Float64(), 2.5))
	proc := &w.procs[pk]
	span := w.monthStart[m+1] - w.monthStart[m]
	day := rng.Int64N(span / 86400)
	recv := w.monthStart[m] + day*86400 + 7*3600 + 1800 + rng.Int64N(9*3600+1800)
	// Channel.
	base := [3]float64{0.62, 0.48, 0.30}[lv] + 0.012*float64(m) + w.offset[pi]
	if !proc.online {
		base = 0
	}
	cu := rng.Float64()
	ch := chInPerson
	switch {
	case cu < base:
		ch = chOnlineFull
	case cu < base+0.15:
		ch = chOnlinePartial
	case cu < base+0.17:
		ch = chPostal
	}
	// Due and finish.
	due := recv + proc.days*86400
	mu := [3]float64{-0.85, -0.80, -0.72}[lv]
	if m == 11 {
		mu += 0.05
	}
	factor := math.Exp(mu + 0.45*rng.NormFloat64())
	fin := recv + int64(factor*float64(proc.days*86400)) + 600
	open := fin > w.yearEnd || rng.Float64() < 0.003
	late := !open && fin > due
	// Payment, digitisation, rating.
	paid := false
	if proc.fee {
		paid = rng.Float64() < [4]float64{0.80, 0.45, 0.12, 0.05}[ch]
	}
	dig := ch == chOnlineFull || rng.Float64() < [3]float64{0.85, 0.75, 0.62}[lv]
	rdig := !open && rng.Float64() < [3]float64{0.90, 0.80, 0.70}[lv]
	rateP := 0.25
	if ch == chOnlineFull || ch == chOnlinePartial {
		rateP = 0.45
	}
	rated := !open && rng.Float64() < rateP
	var rating int8
	if rated {
		u := rng.Float64()
		cum := [5]float64{0.62, 0.92, 0.97, 0.99, 1}
		if late {
			cum = [5]float64{0.30, 0.60, 0.80, 0.90, 1}
		}
		rating = 5
		for k, c := range cum {
			if u < c {
				rating = int8(5 - k)
				break
			}
		}
	}
	// Faults.
	if g.opts.BadPerMillion > 0 && rng.IntN(1_000_000) < g.opts.BadPerMillion {
		switch rng.IntN(4) {
		case 0:
			open = false
			fin = recv - 86400
		case 1:
			due = recv - 2*86400
		case 2:
			ch = chKiosk
		default:
			rated = true
			rating = [3]int8{0, 6, 9}[rng.IntN(3)]
		}
	}
	// Append.
	idBuf = append(idBuf, 'H')
	idBuf = appendPad(idBuf, pi+1, 2)
	idBuf = append(idBuf, '.')
	t := time.Unix(recv, 0).UTC()
	idBuf = appendPad(idBuf, t.Year()%100, 2)
	idBuf = appendPad(idBuf, int(t.Month()), 2)
	idBuf = appendPad(idBuf, t.Day(), 2)
	idBuf = append(idBuf, '-')
	idBuf = appendPad(idBuf, int(rowNum+1), 9)
	bb.id.BinaryBuilder.Append(idBuf)
	bb.prov.UnsafeAppend(int32(pi))
	bb.agency.UnsafeAppend(agency)
	bb.level.UnsafeAppend(int32(lv))
	bb.proc.UnsafeAppend(int32(pk))
	bb.chn.UnsafeAppend(int32(ch))
	bb.recv.UnsafeAppend(arrow.Timestamp(recv))
	bb.due.UnsafeAppend(arrow.Timestamp(due))
	if open {
		bb.fin.UnsafeAppendBoolToBitmap(false)
	} else {
		bb.fin.UnsafeAppend(arrow.Timestamp(fin))
	}
	bb.fee.UnsafeAppend(proc.fee)
	bb.paid.UnsafeAppend(paid)
	bb.dig.UnsafeAppend(dig)
	bb.rdig.UnsafeAppend(rdig)
	if rated {
		bb.rating.UnsafeAppend(rating)
	} else {
		bb.rating.UnsafeAppendBoolToBitmap(false)
	}
	return idBuf
}

func appendPad(b []byte, v, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// monthTables builds each month's province table. A province's weight is
// drawn from its name; a unit formed by the 2025 merger weighs as much as
// the units it was formed from, so that volumes carry across 1 July.
func monthTables(monthly [12][]string, at map[string]int, year int) [12]provTable {
	var out [12]provTable
	for m, ps := range monthly {
		if m > 0 && slices.Equal(ps, monthly[m-1]) {
			out[m] = out[m-1]
			continue
		}
		merged := !time.Date(year, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC).Before(MergerDay)
		var t provTable
		cum := 0.0
		for _, p := range ps {
			cum += provinceWeight(p, merged)
			t.idx = append(t.idx, at[p])
			t.cum = append(t.cum, cum)
		}
		out[m] = t
	}
	return out
}

// MergerDay is the first day of the 34 provinces (Resolution 202/2025/QH15).
var MergerDay = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// provinceWeight is a province's share of dossiers, drawn from its name;
// from MergerDay a merged unit weighs as much as the units it was formed
// from.
func provinceWeight(p string, merged bool) float64 {
	from := vntext.MergedFrom(p)
	if !merged || len(from) == 0 || len(from) == 1 && from[0] == p {
		return 0.5 + unit(hash64("weight:"+p))
	}
	sum := 0.0
	for _, f := range from {
		sum += 0.5 + unit(hash64("weight:"+f))
	}
	return sum
}
