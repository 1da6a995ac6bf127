package i18n

// catalogueUsage holds the help of the commands of cchc that
// catalogueCmd does not: gen, indicators, plot, progress, template and
// version. Each help lists its flags itself, in its language.
var catalogueUsage = map[string]string{
	GenUsage:            genUsageVI,
	IndicatorsUsage:     indicatorsUsageVI,
	IndicatorsListUsage: indicatorsListUsageVI,
	PlotUsage:           plotUsageVI,
	ProgressUsage:       progressUsageVI,
	TemplateUsage:       templateUsageVI,
	VersionUsage:        versionUsageVI,
}

// GenUsage is the help of "cchc gen", in English: the key of its
// Vietnamese form and the text the command prints.
const GenUsage = `usage: cchc gen dossiers -o FILE.parquet|.csv|.arrow|.xlsx [--rows N] [--seed S]
                [--schema cchc|national] [--province NAME] [--year Y]
                [--bad-per-million N] [--batch N] [--lang vi|en]

Generates SYNTHETIC dossier records (hồ sơ TTHC), labelled so in the file's
metadata, to try "cchc indicators" on: made-up values, not published data.
The same flags and seed give the same file.

  -o FILE               the file to write (required): .parquet, .csv or .arrow;
                        .csv or .xlsx with --schema national
  --rows N              number of dossiers (default 100000)
  --seed S              random seed: same seed, same file (default 1)
  --schema S            cchc (this project's schema, default) or national (the
                        national sync schema, as provinces export it; .xlsx
                        implies it)
  --province NAME       one province (default: every province of the year)
  --year Y              year of receipt (default 2025)
  --bad-per-million N   rows per million with a fault that the rates reject
                        (default 100)
  --batch N             rows per record batch, part of what the output depends
                        on (default 65536)
  --lang L              vi or en: the language of messages

Exit status: 0 written, 1 the file could not be written, 2 usage error.
`

const genUsageVI = `cách dùng: cchc gen dossiers -o TỆP.parquet|.csv|.arrow|.xlsx [--rows N] [--seed S]
                [--schema cchc|national] [--province TÊN] [--year Y]
                [--bad-per-million N] [--batch N] [--lang vi|en]

Tạo dữ liệu hồ sơ TTHC GIẢ LẬP (được ghi rõ như vậy trong siêu dữ liệu của
tệp) để thử "cchc indicators": số liệu giả định, không phải số liệu công bố.
Cùng các tùy chọn và cùng hạt giống thì cho cùng một tệp.

  -o TỆP                tệp cần ghi (bắt buộc): .parquet, .csv hoặc .arrow;
                        .csv hoặc .xlsx với --schema national
  --rows N              số hồ sơ (mặc định 100000)
  --seed S              hạt giống ngẫu nhiên: cùng hạt giống, cùng tệp (mặc định 1)
  --schema S            cchc (lược đồ của cchc, mặc định) hoặc national (lược đồ
                        đồng bộ quốc gia, như các tỉnh xuất ra; đuôi .xlsx thì
                        dùng lược đồ này)
  --province TÊN        một tỉnh (mặc định: mọi tỉnh của năm đó)
  --year Y              năm tiếp nhận (mặc định 2025)
  --bad-per-million N   số dòng trên một triệu dòng có lỗi mà phần tính tỷ lệ
                        loại ra (mặc định 100)
  --batch N             số dòng mỗi lô bản ghi, ảnh hưởng tới nội dung tệp
                        (mặc định 65536)
  --lang L              vi hoặc en: ngôn ngữ của thông báo

Mã thoát: 0 đã ghi tệp, 1 không ghi được tệp, 2 dùng sai lệnh.
`

// IndicatorsUsage is the help of "cchc indicators", in English: the key
// of its Vietnamese form and the text the command prints.
const IndicatorsUsage = `usage: cchc indicators --dossiers FILE [--by province,agency,level,month] [--year Y]
                       [--as-of DATE] [-o observations.csv|.parquet|.arrow|.json]
                       [--rates rates.csv] [--rejected bad.csv] [--workers N] [-q]
                       [--lang vi|en]
       cchc indicators list [--format text|csv] [--bom]

Computes the rates of administrative procedures (dossiers resolved on time,
overdue, received online...) from dossier records, as observations that
"cchc scorecard --actuals" scores. "cchc indicators list" prints the metric
catalogue (see "cchc indicators list --help").

  --dossiers FILE   dossier records (required): .parquet, .csv or .arrow in
                    cchc's schema, or .csv, .xlsx or .json in the national
                    sync schema
  --by G            group by any of province, agency, level, procedure and
                    one of year, quarter, month (default province)
  --year Y          national-schema files: the period, 1 January to 31
                    December of this year (default: every year of receipt)
  --as-of DATE      check open dossiers for being overdue at this time:
                    2025-12-31 (the end of that day) or "2025-12-31 17:00:00"
  -o FILE           write the observations here: .csv, .parquet, .arrow or
                    .json (default: print the rates as a table)
  --rates FILE      also write the rates table with numerators, denominators
                    and reasons: .csv, .parquet, .arrow or .json
  --rejected FILE   write every bad record (one that breaks a rule of the
                    reader) to this CSV file (position, reason, detail);
                    records the rules leave out (not received, withdrawn,
                    outside the period) are counted in the report
  --workers N       goroutines (default: one per CPU)
  -q                do not print the report of bad records
  --lang L          vi or en: the language of messages

Exit status: 0 written, 1 bad input or a file not written, 2 usage error.
`

const indicatorsUsageVI = `cách dùng: cchc indicators --dossiers TỆP [--by province,agency,level,month] [--year Y]
                       [--as-of NGÀY] [-o observations.csv|.parquet|.arrow|.json]
                       [--rates rates.csv] [--rejected bad.csv] [--workers N] [-q]
                       [--lang vi|en]
           cchc indicators list [--format text|csv] [--bom]

Tính các tỷ lệ về thủ tục hành chính (hồ sơ giải quyết đúng hạn, quá hạn,
tiếp nhận trực tuyến...) từ dữ liệu hồ sơ, thành số liệu thực hiện để chấm
bằng "cchc scorecard --actuals". "cchc indicators list" in danh mục chỉ số
(xem "cchc indicators list --help").

  --dossiers TỆP    dữ liệu hồ sơ (bắt buộc): .parquet, .csv hoặc .arrow theo
                    lược đồ của cchc, hoặc .csv, .xlsx hoặc .json theo lược đồ
                    đồng bộ quốc gia
  --by G            nhóm theo một số trong province, agency, level, procedure
                    và một trong year, quarter, month (mặc định province)
  --year Y          tệp theo lược đồ quốc gia: kỳ tính từ ngày 1 tháng 1 đến
                    ngày 31 tháng 12 năm này (mặc định: mọi năm tiếp nhận)
  --as-of NGÀY      xét hồ sơ chưa giải quyết có quá hạn hay không tại thời điểm
                    này: 2025-12-31 (cuối ngày đó) hoặc "2025-12-31 17:00:00"
  -o TỆP            ghi số liệu thực hiện vào đây: .csv, .parquet, .arrow hoặc
                    .json (mặc định: in bảng tỷ lệ)
  --rates TỆP       ghi thêm bảng tỷ lệ kèm tử số, mẫu số và lý do: .csv,
                    .parquet, .arrow hoặc .json
  --rejected TỆP    ghi mọi hồ sơ lỗi (vi phạm một quy tắc của bộ đọc) ra
                    tệp CSV này (vị trí, lý do, chi tiết); hồ sơ bị quy tắc
                    loại ra (không được tiếp nhận, rút hồ sơ, ngoài kỳ) được
                    đếm trong báo cáo
  --workers N       số goroutine (mặc định: mỗi CPU một)
  -q                không in báo cáo về các hồ sơ lỗi
  --lang L          vi hoặc en: ngôn ngữ của thông báo

Mã thoát: 0 đã ghi tệp, 1 dữ liệu đầu vào lỗi hoặc không ghi được tệp, 2 dùng
sai lệnh.
`

// IndicatorsListUsage is the help of "cchc indicators list", in English:
// the key of its Vietnamese form and the text the command prints.
const IndicatorsListUsage = `usage: cchc indicators list [--format text|csv] [--bom] [--lang vi|en]

Prints the metric catalogue (the ids that observations and targets use,
with unit, direction, CCHC area, levels and names) and the national indices
(PAR INDEX, SIPAS, PAPI, PCI, DTI, DDCI) with their publisher, scale, first
year and caveats.

  --format text|csv   text tables (default) or one CSV table, a row per
                      metric (kind "metric") and per index (kind "index")
  --bom               start the CSV with a UTF-8 byte-order mark (for Excel)
  --lang L            vi or en: the language of the text tables' headings
`

const indicatorsListUsageVI = `cách dùng: cchc indicators list [--format text|csv] [--bom] [--lang vi|en]

In danh mục chỉ số (các mã mà số liệu thực hiện và chỉ tiêu dùng, kèm đơn vị
tính, chiều tốt lên, lĩnh vực CCHC, cấp và tên) và các chỉ số quốc gia (PAR
INDEX, SIPAS, PAPI, PCI, DTI, DDCI) kèm cơ quan công bố, thang điểm, năm đầu
tiên và các lưu ý.

  --format text|csv   bảng chữ (mặc định) hoặc một bảng CSV, mỗi chỉ số một
                      dòng (kind "metric") và mỗi chỉ số quốc gia một dòng
                      (kind "index")
  --bom               ghi dấu BOM UTF-8 ở đầu tệp CSV (cho Excel)
  --lang L            vi hoặc en: ngôn ngữ của tiêu đề các bảng chữ
`

// PlotUsage is the help of "cchc plot", in English: the key of its
// Vietnamese form and the text the command prints.
const PlotUsage = `usage: cchc plot trend|bars|heatmap|attainment|workload|stacked --data FILE [flags]

Draws a chart from one of cchc's tables (index values, observations,
scorecards, tasks; CSV, JSON, Parquet or Arrow) or from any CSV with a
year, a value and a series column named by --x, --y and --series.
The chart is written to -o (.svg, .png, or .pdf printed by headless Chromium,
Debian package "chromium"), or as SVG to standard output.

  trend       values over the years, one line per province or agency
  bars        yearly comparison: a group per province (or metric), a bar per year
  heatmap     scorecard: targets by area × entities (or years), coloured by attainment
  attainment  one plan's targets: actual against target, coloured by status
  workload    tasks per lead agency, from a tasks table
  stacked     a ranking with its parts: a bar per entity made of its parts
              (index values; or a 766 index file, its six groups, --period)

flags:
  --data FILE        the table to draw: CSV, JSON, Parquet or Arrow (required)
  -o FILE            output (.svg, .png or .pdf); SVG to standard output when empty
  --index NAME       the index to draw when the table holds several (PCI,
                     PAR INDEX, SIPAS, PAPI...)
  --metric ID        the metric to draw from an observations table
  --entities A,B     provinces or agencies, in drawing order (accents optional)
  --years Y          year range: 2010-2019, 2019, 2010- or -2019
  --x, --y, --series COLUMN
                     the year, value and series columns (default year, value,
                     and province, entity or metric)
  --where COLUMN=VALUE[,VALUE...]
                     keep only these rows (repeatable; e.g. province=Hà Tĩnh
                     with --series index)
  --target V         trend, bars: draw a target line at this value
  --band median-iqr  trend: shade the national median and interquartile range
  --breaks Y,Y       trend: years where the index changed scale (default: from
                     the index catalogue, e.g. PAPI 2018)
  --labels           trend, bars: print each value
  --invert-y         trend: smallest value on top (automatic for --y rank)
  --by entity|year   heatmap: a column per entity (default) or per year
  --hide-values      heatmap: leave the percentages out of the cells
  --plan ID          heatmap, attainment, workload: only this plan
  --entity NAME      attainment: the entity scored
  --year N           heatmap, attainment: the year scored
  --lead COLUMN      workload: the lead-agency column (default lead)
  --max N            the most lines (trend, default 10), groups (bars, 12) or
                     agencies (workload, 20) drawn without --entities
  --period P         stacked, 766 index file: the period as written (default:
                     the latest "YYYY (year to date)")
  --highlight A,B    stacked: entities to highlight
  --title T          chart title
  --note T           note under the chart (source, caveats)
  --xlabel, --ylabel T
                     axis labels ("-" hides one)
  --lang L           vi (default) or en: the chart's own labels and the messages
  --width CM         width in cm (default 20)
  --height CM        height in cm (default 12 for trend and bars, from the rows
                     otherwise)
  --embed-fonts      embed the font in SVG output (a larger file, the same look
                     everywhere)

Exit status: 0 chart written, 1 bad input (nothing written), 2 usage error.
`

const plotUsageVI = `cách dùng: cchc plot trend|bars|heatmap|attainment|workload|stacked --data TỆP [tùy chọn]

Vẽ biểu đồ từ một bảng của cchc (giá trị chỉ số, số liệu thực hiện, bảng điểm,
nhiệm vụ; CSV, JSON, Parquet hoặc Arrow) hoặc từ bất kỳ tệp CSV nào có cột năm,
cột giá trị và cột chuỗi số liệu mà --x, --y và --series chỉ ra.
Biểu đồ được ghi vào -o (.svg, .png, hoặc .pdf in bằng Chromium chạy ẩn, gói
Debian "chromium"), hoặc ra đầu ra chuẩn dưới dạng SVG.

  trend       giá trị qua các năm, mỗi tỉnh hoặc cơ quan một đường
  bars        so sánh theo năm: mỗi tỉnh (hoặc chỉ số) một nhóm, mỗi năm một cột
  heatmap     bảng điểm: chỉ tiêu theo lĩnh vực × đơn vị (hoặc năm), tô màu theo mức đạt
  attainment  các chỉ tiêu của một kế hoạch: thực hiện so với chỉ tiêu, tô màu theo tình trạng
  workload    số nhiệm vụ của từng cơ quan chủ trì, từ một bảng nhiệm vụ
  stacked     xếp hạng kèm các thành phần: mỗi đơn vị một cột ghép từ các thành phần
              (giá trị chỉ số; hoặc tệp chỉ số 766, sáu nhóm của nó, --period)

tùy chọn:
  --data TỆP         bảng cần vẽ: CSV, JSON, Parquet hoặc Arrow (bắt buộc)
  -o TỆP             tệp kết quả (.svg, .png hoặc .pdf); để trống thì ghi SVG ra
                     đầu ra chuẩn
  --index TÊN        chỉ số cần vẽ khi bảng có nhiều chỉ số (PCI, PAR INDEX,
                     SIPAS, PAPI...)
  --metric MÃ        chỉ số cần vẽ từ bảng số liệu thực hiện
  --entities A,B     các tỉnh hoặc cơ quan, theo thứ tự vẽ (có dấu hay không đều được)
  --years Y          khoảng năm: 2010-2019, 2019, 2010- hoặc -2019
  --x, --y, --series CỘT
                     cột năm, cột giá trị và cột chuỗi số liệu (mặc định year,
                     value, và province, entity hoặc metric)
  --where CỘT=GIÁ_TRỊ[,GIÁ_TRỊ...]
                     chỉ giữ các dòng này (dùng được nhiều lần; ví dụ
                     province=Hà Tĩnh với --series index)
  --target V         trend, bars: vẽ đường chỉ tiêu tại giá trị này
  --band median-iqr  trend: tô vùng trung vị và khoảng tứ phân vị cả nước
  --breaks Y,Y       trend: các năm chỉ số đổi thang điểm (mặc định: theo danh
                     mục chỉ số, ví dụ PAPI 2018)
  --labels           trend, bars: ghi giá trị từng điểm
  --invert-y         trend: giá trị nhỏ nhất ở trên (tự động với --y rank)
  --by entity|year   heatmap: mỗi đơn vị một cột (mặc định) hoặc mỗi năm một cột
  --hide-values      heatmap: không ghi tỷ lệ phần trăm trong các ô
  --plan MÃ          heatmap, attainment, workload: chỉ kế hoạch này
  --entity TÊN       attainment: đơn vị được chấm
  --year N           heatmap, attainment: năm được chấm
  --lead CỘT         workload: cột cơ quan chủ trì (mặc định lead)
  --max N            số đường (trend, mặc định 10), nhóm (bars, 12) hoặc cơ quan
                     (workload, 20) tối đa được vẽ khi không có --entities
  --period P         stacked, tệp chỉ số 766: kỳ như ghi trong tệp (mặc định: kỳ
                     "YYYY (year to date)" mới nhất)
  --highlight A,B    stacked: các đơn vị cần làm nổi bật
  --title T          tiêu đề biểu đồ
  --note T           ghi chú dưới biểu đồ (nguồn, lưu ý)
  --xlabel, --ylabel T
                     nhãn trục ("-" để ẩn)
  --lang L           vi (mặc định) hoặc en: nhãn của biểu đồ và ngôn ngữ thông báo
  --width CM         chiều rộng tính bằng cm (mặc định 20)
  --height CM        chiều cao tính bằng cm (mặc định 12 với trend và bars, các
                     loại khác tính theo số dòng)
  --embed-fonts      nhúng phông chữ vào tệp SVG (tệp lớn hơn, hiển thị giống
                     nhau ở mọi nơi)

Mã thoát: 0 đã ghi biểu đồ, 1 dữ liệu đầu vào lỗi (không ghi tệp nào), 2 dùng
sai lệnh.
`

// ProgressUsage is the help of "cchc progress", in English: the key of
// its Vietnamese form and the text the command prints.
const ProgressUsage = `usage: cchc progress --data FILE [--plan FILE | --targets FILE | --target V --target-year N]
                     [--lower-is-better] [--base-year N] [--limit L] [--metric NAME]
                     [--entity NAME] [-o progress.csv] [--bom=false] [--lang vi|en]
                     [--strict-base-year] [--strict-signs] [--replace-zero-latest]
                     [--use-data-after-target-year]

Assesses the progress of each series (one per entity and metric) with the
Statistics Canada / Open SDG progress measure (sdg-build 2.4.0): the
observed growth against the growth a target needs ("opensdg_target_ratio"),
or, without a target, the growth alone ("opensdg_trend_cagr"). Writes one
row per series (per target and entity with a plan) with the class, the
progress value, the score in [-5, 5] and the method.

  --data FILE      observations (entity, year, metric, value, ...) or national
                   index values (index, province, year, value, ...): CSV, JSON,
                   Parquet or Arrow; the kind is told from the columns
  --plan FILE      a plan document (.txt): its targets, matched by metric
  --targets FILE   a targets table instead of a plan
  --target V       one target value for every series, with --target-year
  --target-year N  the year --target is for
  --lower-is-better  with --target or no target: lower values are better
  --base-year N    the base year (default: each series' first year); a year
                   without data moves to the next year with data
  --limit L        the natural limit of trend-only series (100 for PAR INDEX,
                   SIPAS or a share in percent): growth thresholds shrink near it
  --metric NAME    assess only this metric or index
  --entity NAME    assess only this entity (province or agency)
  -o FILE          output file (default progress.csv; .parquet, .json or .arrow
                   write those formats; "-" writes CSV to standard output)
  --bom            start the CSV with a UTF-8 byte-order mark for Excel (default true)
  --lang L         vi or en: the language of messages
  --strict-base-year   a base year without data makes the series unable to assess
  --strict-signs       a sign change anywhere in the series makes it unable to assess
  --replace-zero-latest  a latest value of 0 stands as 0.001 (as the base value does)
  --use-data-after-target-year  use values after a plan target's year

Repeated rows with the same value are used once; a year with two different
values makes the series unable to assess, naming both lines. Rows not used
(only a rank published, a sub-year period, before an index's scale break)
are listed with their line and reason.

Exit status: 0 written, 1 bad input (nothing written), 2 usage error.
`

const progressUsageVI = `cách dùng: cchc progress --data TỆP [--plan TỆP | --targets TỆP | --target V --target-year N]
                     [--lower-is-better] [--base-year N] [--limit L] [--metric TÊN]
                     [--entity TÊN] [-o progress.csv] [--bom=false] [--lang vi|en]
                     [--strict-base-year] [--strict-signs] [--replace-zero-latest]
                     [--use-data-after-target-year]

Đánh giá tiến độ của từng chuỗi số liệu (mỗi đơn vị và chỉ số một chuỗi) theo
thước đo tiến độ của Cơ quan Thống kê Canada / Open SDG (sdg-build 2.4.0): mức
tăng trưởng thực tế so với mức tăng trưởng cần có để đạt chỉ tiêu
("opensdg_target_ratio"), hoặc, khi không có chỉ tiêu, chỉ xét mức tăng trưởng
("opensdg_trend_cagr"). Ghi mỗi chuỗi một dòng (với kế hoạch: mỗi chỉ tiêu và
đơn vị một dòng) gồm hạng tiến độ, giá trị tiến độ, điểm trong khoảng [-5, 5]
và phương pháp.

  --data TỆP       số liệu thực hiện (entity, year, metric, value, ...) hoặc giá
                   trị chỉ số quốc gia (index, province, year, value, ...): CSV,
                   JSON, Parquet hoặc Arrow; loại bảng được nhận theo tên cột
  --plan TỆP       văn bản kế hoạch (.txt): các chỉ tiêu của nó, khớp theo chỉ số
  --targets TỆP    bảng chỉ tiêu thay cho kế hoạch
  --target V       một giá trị chỉ tiêu cho mọi chuỗi, đi cùng --target-year
  --target-year N  năm của --target
  --lower-is-better  với --target hoặc khi không có chỉ tiêu: giá trị càng thấp càng tốt
  --base-year N    năm gốc (mặc định: năm đầu của từng chuỗi); năm không có số
                   liệu thì chuyển sang năm có số liệu kế tiếp
  --limit L        giới hạn tự nhiên của chuỗi chỉ xét xu hướng (100 với PAR
                   INDEX, SIPAS hoặc tỷ lệ phần trăm): ngưỡng tăng trưởng thu hẹp
                   khi gần giới hạn này
  --metric TÊN     chỉ đánh giá chỉ số này
  --entity TÊN     chỉ đánh giá đơn vị này (tỉnh hoặc cơ quan)
  -o TỆP           tệp kết quả (mặc định progress.csv; .parquet, .json hoặc .arrow
                   ghi theo các định dạng đó; "-" ghi CSV ra đầu ra chuẩn)
  --bom            ghi dấu BOM UTF-8 ở đầu tệp CSV cho Excel (mặc định: có)
  --lang L         vi hoặc en: ngôn ngữ của thông báo
  --strict-base-year   năm gốc không có số liệu thì chuỗi không đánh giá được
  --strict-signs       chuỗi đổi dấu ở bất kỳ đâu thì không đánh giá được
  --replace-zero-latest  giá trị mới nhất bằng 0 được tính là 0,001 (như giá trị gốc)
  --use-data-after-target-year  dùng cả số liệu sau năm của chỉ tiêu kế hoạch

Các dòng lặp cùng giá trị chỉ được dùng một lần; một năm có hai giá trị khác
nhau thì chuỗi không đánh giá được, nêu cả hai dòng. Các dòng không dùng đến
(chỉ công bố thứ hạng, kỳ ngắn hơn một năm, trước năm chỉ số đổi thang điểm)
được liệt kê kèm số dòng và lý do.

Mã thoát: 0 đã ghi tệp, 1 dữ liệu đầu vào lỗi (không ghi tệp nào), 2 dùng sai lệnh.
`

// TemplateUsage is the help of "cchc template", in English: the key of
// its Vietnamese form and the text the command prints.
const TemplateUsage = `usage: cchc template [--plan FILE] [--entity NAME] [--lang vi|en] [--csv excel-vi] -o actuals.xlsx|actuals.csv

Writes the actuals an analyst must fill to score a plan (the embedded Hà
Tĩnh 2025 plan by default): one row per target metric, level and year, plus
the baseline-year row of every change target. Fill the value (and the
source) of each row, then score it:

  cchc scorecard [--plan FILE] --actuals actuals.xlsx

A row left blank is scored no_data, not an error. The columns entity,
level, year, metric, value, unit and source are read; target_code,
subject, comparator, target and change are read-only helpers that readers
ignore. An .xlsx template has a second sheet saying how to fill it.

  --plan FILE     a plan document (default: the embedded plan)
  --entity NAME   the entity the values are for (default: the plan's province)
  --lang L        vi or en: labels of the workbook and messages (default:
                  CCHC_LANG, then the locale)
  --csv D         CSV dialect: default or excel-vi
  -o FILE         the template to write (.xlsx or .csv), replaced if it exists

Exit status: 0 written, 1 bad input (nothing written), 2 usage error.
`

const templateUsageVI = `cách dùng: cchc template [--plan TỆP] [--entity TÊN] [--lang vi|en] [--csv excel-vi] -o actuals.xlsx|actuals.csv

Ghi tệp số liệu thực hiện mà cán bộ cần điền để chấm một kế hoạch (mặc định:
kế hoạch năm 2025 của tỉnh Hà Tĩnh có sẵn): mỗi chỉ số, cấp và năm của chỉ
tiêu một dòng, thêm dòng năm gốc của mỗi chỉ tiêu về mức thay đổi. Điền giá
trị (và nguồn) của từng dòng, rồi chấm điểm:

  cchc scorecard [--plan TỆP] --actuals actuals.xlsx

Dòng để trống được chấm là chưa có số liệu, không phải lỗi. Các cột entity,
level, year, metric, value, unit và source được đọc; target_code, subject,
comparator, target và change chỉ để tham khảo, chương trình bỏ qua. Tệp mẫu
.xlsx có thêm trang thứ hai hướng dẫn cách điền.

  --plan TỆP      văn bản kế hoạch (mặc định: kế hoạch có sẵn)
  --entity TÊN    đơn vị có số liệu (mặc định: tỉnh của kế hoạch)
  --lang L        vi hoặc en: nhãn của sổ tính và ngôn ngữ thông báo (mặc định:
                  CCHC_LANG, rồi ngôn ngữ hệ thống)
  --csv D         kiểu CSV: default hoặc excel-vi
  -o TỆP          tệp mẫu cần ghi (.xlsx hoặc .csv), ghi đè nếu đã có

Mã thoát: 0 đã ghi tệp, 1 dữ liệu đầu vào lỗi (không ghi tệp nào), 2 dùng sai lệnh.
`

// VersionUsage is the help of "cchc version", in English: the key of its
// Vietnamese form and the text the command prints.
const VersionUsage = `usage: cchc version [--lang vi|en]

Prints the version of cchc and, for a build from a checkout, the revision
it was built from.
`

const versionUsageVI = `cách dùng: cchc version [--lang vi|en]

In phiên bản của cchc và, với bản dựng từ mã nguồn, mã phiên bản (revision)
được dùng để dựng.
`
