package i18n

// catalogueCmd holds the messages of the command's scorecard and report
// (cmd/cchc): help, usage errors, the terminal summary.
var catalogueCmd = map[string]string{
	"  entity\tlevel\tyear\tperiod\tmetric\tvalue\tunit": "  đơn vị\tcấp\tnăm\tkỳ\tchỉ số\tgiá trị\tđơn vị tính",
	" (plan %s)": " (kế hoạch %s)",
	"%d observation(s) of other entities left out (--entity %s).\n": "%d số liệu của đơn vị khác được để ra ngoài (--entity %s).\n",
	"(no area)":                                        "(chưa phân lĩnh vực)",
	", UTF-8 with BOM":                                 ", UTF-8 có BOM",
	"--dedupe=%q: want last or first":                  "--dedupe=%q: cần last hoặc first",
	"--year %d is not a year":                          "--year %d không phải là một năm",
	"-o %s: the report file must end in .html or .pdf": "-o %s: tệp báo cáo phải có đuôi .html hoặc .pdf",
	"No files given: scoring the embedded Hà Tĩnh 2025 plan (3098/QĐ-UBND) against\n%s — ILLUSTRATIVE values, not published figures.\n\n": "Không có tệp đầu vào: chấm kế hoạch năm 2025 của tỉnh Hà Tĩnh (3098/QĐ-UBND) có sẵn theo\n%s — số liệu MINH HỌA, không phải số liệu công bố.\n\n",
	"Scorecard: %s": "Bảng điểm: %s",
	"Wrote the aggregates (%d plan and %d area rows) to %s.\n":                                  "Đã ghi các số tổng hợp (%d dòng kế hoạch và %d dòng lĩnh vực) vào %s.\n",
	"Wrote the report of %d rows to %s (%s s).":                                                 "Đã ghi báo cáo %d dòng vào %s (%s giây).",
	"Wrote the report to %s (%s s): the plan states no numeric targets, so nothing was scored.": "Đã ghi báo cáo vào %s (%s giây): kế hoạch không nêu chỉ tiêu định lượng nên không có gì để chấm điểm.",
	"\n%d observation(s) match no target (kept out of the scores, not dropped):\n":              "\n%d số liệu không khớp chỉ tiêu nào (không tính điểm, nhưng không bỏ đi):\n",
	"\n%d repeated observation(s) set aside (identical repeats, or the losers of --dedupe).\n":  "\n%d số liệu lặp được để riêng (lặp y hệt, hoặc bị --dedupe loại).\n",
	"\nWrote %d rows to %s (%s).\n":                                                             "\nĐã ghi %d dòng vào %s (%s).\n",
	"give --plan or --targets, not both":                                                        "chỉ dùng --plan hoặc --targets, không dùng cả hai",
	"met":                                                                                       "đạt",
	"near":                                                                                      "gần đạt",
	"off_track":                                                                                 "chưa đạt",
	"no_data":                                                                                   "chưa có số liệu",
	"no --actuals given: every target is scored no_data":                                        "không có --actuals: mọi chỉ tiêu được chấm là chưa có số liệu",
	"no_data rows never count as zero; \"—\" = under 2/3 of targets with data.": "chỉ tiêu chưa có số liệu không bao giờ tính là 0; \"—\" = dưới 2/3 số chỉ tiêu có số liệu.",
	"nothing written": "không ghi tệp nào",
	"rank\tentity\tyear\ttargets\tmet\tnear\toff_track\tno_data\tscore\t":                                  "hạng\tđơn vị\tnăm\tchỉ tiêu\tđạt\tgần đạt\tchưa đạt\tchưa có số liệu\tđiểm\t",
	"score = weighted mean attainment × 100 (areas equally weighted in the plan);":                         "điểm = trung bình có trọng số của mức đạt × 100 (các lĩnh vực có trọng số bằng nhau trong kế hoạch);",
	"unexpected argument %q (files are given with --plan, --targets or --actuals)":                         "thừa đối số %q (các tệp được chỉ ra bằng --plan, --targets hoặc --actuals)",
	"%s states no numeric targets: the report shows its header, tasks and findings, with nothing to score": "%s không nêu chỉ tiêu định lượng nào: báo cáo chỉ gồm thông tin văn bản, các nhiệm vụ và những điểm cần lưu ý, không có gì để chấm điểm",
	"warning: %s":                "cảnh báo: %s",
	"…\t%d more\t\t\t\t\t\t\t\t": "…\tcòn %d\t\t\t\t\t\t\t\t",
	"points = earned / maximum under the %d rule(s) of %s;\n%d of %d rows have a rule, and the %d of them with no data earn nothing and are left out of the maximum.": "điểm số = điểm đạt / điểm tối đa theo %d quy tắc của %s;\n%d trên %d dòng có quy tắc, và %d dòng trong số đó chưa có số liệu thì không được điểm và không tính vào điểm tối đa.",
	// Every command: usage errors and the errors of the flag package.
	"run \"cchc %s --help\" for the flags": "chạy \"cchc %s --help\" để xem các tùy chọn",
	"unexpected argument %q":               "thừa đối số %q",
	"--lang %q: want vi or en":             "--lang %q: cần vi hoặc en",
	"unknown flag %s":                      "không có tùy chọn %s",
	"the flag %s needs a value":            "tùy chọn %s cần một giá trị",
	"invalid value %s for the flag %s: %s": "giá trị %s không hợp lệ cho tùy chọn %s: %s",
	"bad flag syntax: %s":                  "tùy chọn viết sai cú pháp: %s",
	"not a valid value":                    "giá trị không đúng dạng",
	"out of range":                         "vượt quá giới hạn",
	"want COLUMN=VALUE[,VALUE...], got %s": "cần CỘT=GIÁ_TRỊ[,GIÁ_TRỊ...], nhận được %s",
	"%s; nothing written":                  "%s; không ghi tệp nào",
	"%v; nothing written":                  "%v; không ghi tệp nào",
	"%s s":                                 "%s giây",
	"any":                                  "mọi năm",
	"any level":                            "mọi cấp",
	"higher":                               "cao hơn",
	"lower":                                "thấp hơn",
	"none":                                 "không có",
	"wrote %s":                             "đã ghi %s",
	"writing %s: %v":                       "ghi %s: %v",
	"-o FILE is required":                  "cần chỉ ra tệp kết quả: -o TỆP",
	"--csv: %s":                            "--csv: %s",
	"--kind: %s":                           "--kind: %s",

	// scorecard and report.
	"; keep one or use --dedupe=last":                                "; hãy giữ một giá trị hoặc dùng --dedupe=last",
	" (see \"cchc indicators list\")":                                " (xem \"cchc indicators list\")",
	"embedded plan %s":                                               "kế hoạch có sẵn %s",
	"%s: no quantitative targets to score":                           "%s: không có chỉ tiêu định lượng nào để chấm",
	"%s: no targets for year %d (its targets are for %s)":            "%s: không có chỉ tiêu nào cho năm %d (các chỉ tiêu của nó cho năm %s)",
	"no rows to score: no entity observed for the targets (year %s)": "không có dòng nào để chấm: không đơn vị nào có số liệu cho các chỉ tiêu (năm: %s)",
	"%s exists: writing %s instead (name the output with -o, or pass --force, to replace it).\n\n": "%s đã có: ghi vào %s thay thế (đặt tên tệp kết quả bằng -o, hoặc dùng --force để ghi đè).\n\n",
	"%s and 9998 numbered names after it exist: name the output with -o":                           "%s và 9998 tên đánh số tiếp theo đều đã có: hãy đặt tên tệp kết quả bằng -o",
	"%s has no %s column: every row is taken as %s %s (from %s).":                                  "%s không có cột %s: mọi dòng được hiểu là %s %s (theo %s).",
	"%s: %d row(s) with the value left blank are read as no data.":                                 "%s: %d dòng để trống giá trị được hiểu là chưa có số liệu.",
	"the plan":    "kế hoạch",
	"the targets": "bảng chỉ tiêu",
	"Excel workbook: scorecard, summary by area, unmatched observations, findings, sources and method":                    "sổ tính Excel: bảng điểm, tổng hợp theo lĩnh vực, số liệu không khớp, điểm cần lưu ý, nguồn và phương pháp",
	", for Excel with Vietnamese settings: \";\" separators, decimal commas, BOM":                                         ", cho Excel cài đặt tiếng Việt: phân cách \";\", dấu phẩy thập phân, BOM",
	"--format %q: want csv, xlsx, parquet, json or arrow":                                                                 "--format %q: cần csv, xlsx, parquet, json hoặc arrow",
	"-o %s: %v (or give --format)":                                                                                        "-o %s: %v (hoặc chỉ rõ --format)",
	"%s: %d observation(s) of metrics no target uses were read and set aside, not scored: %s\n\n":                         "%s: %d số liệu của các chỉ số không chỉ tiêu nào dùng đã được đọc và để riêng, không chấm: %s\n\n",
	"--entity %q matches no entity in %s%s (its entities: %s)":                                                            "--entity %q không khớp đơn vị nào trong %s%s (các đơn vị có trong tệp: %s)",
	"--year %d matches no observation in %s (its years: %s)":                                                              "--year %d không khớp số liệu nào trong %s (các năm có trong tệp: %s)",
	"--entity %q is not a province the register knows%s; an agency name is accepted as written when observations name it": "--entity %q không phải tên tỉnh có trong danh mục%s; tên cơ quan được chấp nhận đúng như viết nếu số liệu thực hiện có tên đó",
	" (did you mean %s?)": " (có phải là %s?)",
	" or ":                " hay ",
	", … %d more":         ", … còn %d",

	// template.
	"unexpected argument %q (the plan is given with --plan)":     "thừa đối số %q (kế hoạch được chỉ ra bằng --plan)",
	"name the template to write: -o actuals.xlsx (or .csv)":      "hãy đặt tên tệp mẫu cần ghi: -o actuals.xlsx (hoặc .csv)",
	"-o %s: a template is an .xlsx or .csv file":                 "-o %s: tệp mẫu phải là tệp .xlsx hoặc .csv",
	"%s: no quantitative targets: nothing to fill":               "%s: không có chỉ tiêu định lượng nào: không có gì để điền",
	"Wrote %d rows to fill for %s (%s, %s) to %s.":               "Đã ghi %d dòng cần điền cho %s (%s, %s) vào %s.",
	"Fill the value column, then: cchc scorecard%s --actuals %s": "Điền cột giá trị, rồi chạy: cchc scorecard%s --actuals %s",
	"Plan: %s. %d rows to fill.":                                 "Kế hoạch: %s. Có %d dòng cần điền.",

	// parse.
	"no input files": "không có tệp đầu vào",
	"--format xlsx writes one workbook: -o FILE.xlsx":                                            "--format xlsx ghi một sổ tính: -o TỆP.xlsx",
	"--format %s writes four tables and needs a directory: -o DIR":                               "--format %s ghi bốn bảng và cần một thư mục: -o THƯ_MỤC",
	"unknown format %q (use json, csv, xlsx, parquet or arrow)":                                  "không có định dạng %q (dùng json, csv, xlsx, parquet hoặc arrow)",
	"%s: note: no document number or type heading, no targets and no tasks found (see findings)": "%s: lưu ý: không thấy số hiệu hay tên loại văn bản, không thấy chỉ tiêu và nhiệm vụ nào (xem các điểm cần lưu ý)",
	"%s: skipped, not a plan document format (text, DOCX, DOC, PDF, web page)":                   "%s: bỏ qua, không phải định dạng văn bản kế hoạch (văn bản thuần, DOCX, DOC, PDF, trang web)",
	"%s: no plan documents in this directory":                                                    "%s: thư mục không có văn bản kế hoạch nào",

	// validate.
	"no files to validate":               "không có tệp nào để kiểm tra",
	"--max and --show must be 0 or more": "--max và --show phải từ 0 trở lên",
	"%s: no data files (.csv, .tsv, .json, .parquet, .arrow, .ipc, .feather) in the directory": "%s: thư mục không có tệp dữ liệu nào (.csv, .tsv, .json, .parquet, .arrow, .ipc, .feather)",
	"%s: not loaded": "%s: không nạp được",
	"%s: %s, %d rows read, %d loaded, %d rejected":        "%s: %s, đọc %d dòng, nạp %d, loại %d",
	"  ignored columns (not part of %s): %s":              "  các cột bị bỏ qua (không thuộc bảng %s): %s",
	"  not in the province register, kept as written: %s": "  không có trong danh mục tỉnh, giữ nguyên như viết: %s",
	"  ... and %d more rejected rows (--max 0 lists all)": "  ... và %d dòng bị loại nữa (--max 0 để liệt kê tất cả)",
	"  rejected line %d, column %q: %s":                   "  loại dòng %d, cột %q: %s",
	"  rejected line %d: %s":                              "  loại dòng %d: %s",
	"all %d files valid":                                  "cả %d tệp đều hợp lệ",
	"some rows or files were rejected":                    "có dòng hoặc tệp bị loại",
	"766 index (Decision 766/QĐ-TTg)":                     "chỉ số 766 (Quyết định 766/QĐ-TTg)",
	"766 counts":                                          "số liệu đếm của chỉ số 766",

	// indicators.
	"--dossiers FILE is required (or use \"cchc indicators list\")": "cần chỉ ra dữ liệu hồ sơ: --dossiers TỆP (hoặc dùng \"cchc indicators list\")",
	"--workers %d: must lie between 0 (one per CPU) and %d":         "--workers %d: phải từ 0 (mỗi CPU một) đến %d",
	"--by: %v":                      "--by: %v",
	"--as-of %q: %v":                "--as-of %q: %v",
	"wrote %d observations to %s":   "đã ghi %d số liệu thực hiện vào %s",
	"%d read, %s s":                 "đã đọc %d, %s giây",
	"--format %q: want text or csv": "--format %q: cần text hoặc csv",
	"Metrics (%d): ids used by targets and observations": "Các chỉ số (%d): mã dùng trong chỉ tiêu và số liệu thực hiện",
	"id":                    "mã",
	"unit":                  "đơn vị tính",
	"better":                "tốt hơn",
	"levels":                "cấp",
	"name":                  "tên",
	"National indices (%d)": "Các chỉ số quốc gia (%d)",
	"varies":                "không cố định",
	"  publisher: %s":       "  cơ quan công bố: %s",
	"  scale:     %s":       "  thang điểm:      %s",
	"  since:     %s":       "  từ năm:          %s",
	"  caveat:    %s":       "  lưu ý:           %s",

	// gen.
	"unknown kind %q (only \"dossiers\")":                  "không có loại dữ liệu %q (chỉ có \"dossiers\")",
	"--rows %d: must lie between 0 and %d":                 "--rows %d: phải từ 0 đến %d",
	"--batch %d: must lie between 1 and %d":                "--batch %d: phải từ 1 đến %d",
	"--bad-per-million %d: must lie between 0 and 1000000": "--bad-per-million %d: phải từ 0 đến 1000000",
	"--schema %q: want cchc or national":                   "--schema %q: cần cchc hoặc national",
	"wrote %d SYNTHETIC dossiers to %s (%s MB) in %s s":    "đã ghi %d hồ sơ GIẢ LẬP vào %s (%s MB) trong %s giây",

	// plot.
	"unknown chart %q (want trend, bars, heatmap, attainment, workload or stacked)": "không có loại biểu đồ %q (cần trend, bars, heatmap, attainment, workload hoặc stacked)",
	"unknown chart %q":        "không có loại biểu đồ %q",
	"--data FILE is required": "cần chỉ ra bảng dữ liệu: --data TỆP",
	"-o %s: the chart file must end in .svg, .png or .pdf": "-o %s: tệp biểu đồ phải có đuôi .svg, .png hoặc .pdf",
	"--years: %v":                          "--years: %v",
	"--breaks %q: %v":                      "--breaks %q: %v",
	"%q: the first year is after the last": "%q: năm đầu sau năm cuối",
	"--width %g: must be more than 0 and at most %d cm":                                              "--width %g: phải lớn hơn 0 và không quá %d cm",
	"--height %g: must be 0 (default) or up to %d cm":                                                "--height %g: phải bằng 0 (mặc định) hoặc không quá %d cm",
	"%s: no province values for period %q":                                                           "%s: không có giá trị của tỉnh nào cho kỳ %q",
	"%s: %d of %d rows rejected and not drawn:":                                                      "%s: %d trên %d dòng bị loại và không được vẽ:",
	"  ... and %d more (run cchc validate for all)":                                                  "  ... và %d dòng nữa (chạy cchc validate để xem tất cả)",
	"pick one with --metric ID":                                                                      "chọn một chỉ số bằng --metric MÃ",
	"pick one with --index NAME, or draw indices as lines with --series index --where province=NAME": "chọn một chỉ số bằng --index TÊN, hoặc vẽ mỗi chỉ số một đường bằng --series index --where province=TÊN",
	"name them with --entities, or raise --max":                                                      "nêu tên các đơn vị bằng --entities, hoặc tăng --max",
	"pick one with --entities NAME":                                                                  "chọn một đơn vị bằng --entities TÊN",
	"pick one with --plan, --entity and --year":                                                      "chọn một bảng điểm bằng --plan, --entity và --year",
	"pick one with --year, or use --by year":                                                         "chọn một năm bằng --year, hoặc dùng --by year",
	"--by entity or --by year":                                                                       "--by entity hoặc --by year",
	"--band median-iqr":                                                                              "--band median-iqr",

	// progress.
	"--data is required":                         "cần chỉ ra số liệu: --data TỆP",
	"--target %q: not a number":                  "--target %q: không phải là số",
	"--limit %q: not a number":                   "--limit %q: không phải là số",
	"give one of --plan, --targets and --target": "chỉ dùng một trong --plan, --targets và --target",
	"--target needs --target-year":               "--target cần đi cùng --target-year",
	"--target-year needs --target":               "--target-year cần đi cùng --target",
	"%s: a %s table; want observations (entity, year, metric, value) or index values (index, province, year, value)": "%s: là bảng %s; cần số liệu thực hiện (entity, year, metric, value) hoặc giá trị chỉ số (index, province, year, value)",
	"%s: no series to assess (%d read; --metric %q, --entity %q)":                                                    "%s: không có chuỗi số liệu nào để đánh giá (đã đọc %d; --metric %q, --entity %q)",
	"no target of %s matches a series of %s (targets' metrics: %s; series' metrics: %s)":                             "không chỉ tiêu nào của %s khớp với chuỗi số liệu nào của %s (chỉ số của các chỉ tiêu: %s; chỉ số của các chuỗi: %s)",
	"%d assessment(s) of %d series from %s (Statistics Canada / Open SDG progress measure, sdg-build 2.4.0):":        "%d kết quả đánh giá của %d chuỗi số liệu từ %s (thước đo tiến độ của Cơ quan Thống kê Canada / Open SDG, sdg-build 2.4.0):",
	"target_achieved":           "đã đạt chỉ tiêu",
	"substantial":               "tiến bộ rõ rệt",
	"moderate":                  "tiến bộ vừa phải",
	"limited":                   "tiến bộ hạn chế",
	"deterioration":             "đi xuống",
	"unable_to_assess":          "không đánh giá được",
	"%d row(s) of %s not used:": "%d dòng của %s không được dùng:",
	"  ... and %d more":         "  ... và %d dòng nữa",
	"%d series match no target of %s (not in the output): %s": "%d chuỗi số liệu không khớp chỉ tiêu nào của %s (không có trong kết quả): %s",

	ReportUsage:    reportUsageVI,
	ValidateUsage:  validateUsageVI,
	ParseUsage:     parseUsageVI,
	ScorecardUsage: scorecardUsageVI,
}

// ReportUsage is the help of "cchc report", in English: the key of its
// Vietnamese form and the text the command prints.
const ReportUsage = `usage: cchc report [--plan FILE | --targets FILE] [--actuals FILE] [--entity NAME]
                   [--year N] [--points FILE] [--lang vi|en] [-o report.html|report.pdf]

Writes the year-end report of a scorecard: one self-contained HTML page
(charts, styles and fonts inside it; nothing fetched from a network), laid
out for the screen and for A4 print, or that page printed to PDF by headless
Chromium (Debian package "chromium"). It holds the plan's header, the
headline, a table and chart per CCHC area, the heatmap, every target with
its status and source line, the findings about the plan, the observations
that matched no target and the method (rules, sources with SHA-256, version).

With no files it reports the embedded Hà Tĩnh 2025 plan (3098/QĐ-UBND)
against the bundled ILLUSTRATIVE observations, and the page says so.

  --plan, --targets, --actuals, --entity, --year, --points, --dedupe
                   as for "cchc scorecard" (see "cchc scorecard --help")
  --lang L         vi or en (default: CCHC_LANG, then the locale; else en)
  -o FILE          report.html (default) or a .pdf file

Exit status: 0 report written, 1 bad input or no browser for a PDF (nothing
written), 2 usage error.
`

const reportUsageVI = `cách dùng: cchc report [--plan TỆP | --targets TỆP] [--actuals TỆP] [--entity TÊN]
                   [--year N] [--points TỆP] [--lang vi|en] [-o report.html|report.pdf]

Ghi báo cáo cuối năm của bảng điểm: một trang HTML trọn vẹn (biểu đồ, định
dạng và phông chữ nằm ngay trong tệp; không tải gì từ mạng), trình bày cho
màn hình và cho in khổ A4, hoặc trang đó in ra PDF bằng Chromium chạy ẩn
(gói Debian "chromium"). Báo cáo gồm: thông tin văn bản kế hoạch, kết quả
chung, bảng và biểu đồ theo từng lĩnh vực CCHC, bản đồ nhiệt, từng chỉ tiêu
với tình trạng và dòng nguồn trong kế hoạch, những điểm cần lưu ý trong kế
hoạch, số liệu không khớp chỉ tiêu nào và phương pháp (quy tắc, nguồn dữ liệu
kèm SHA-256, phiên bản).

Không có tệp nào thì báo cáo kế hoạch năm 2025 của tỉnh Hà Tĩnh
(3098/QĐ-UBND) có sẵn theo số liệu MINH HỌA đi kèm, và trang báo cáo ghi rõ.

  --plan, --targets, --actuals, --entity, --year, --points, --dedupe
                   như với "cchc scorecard" (xem "cchc scorecard --help")
  --lang L         vi hoặc en (mặc định: CCHC_LANG, rồi ngôn ngữ hệ thống; nếu không: en)
  -o TỆP           report.html (mặc định) hoặc một tệp .pdf

Mã thoát: 0 đã ghi báo cáo, 1 dữ liệu đầu vào lỗi hoặc không có trình duyệt để
in PDF (không ghi tệp nào), 2 dùng sai lệnh.
`

// ScorecardUsage is the help of "cchc scorecard", in English: the key of its
// Vietnamese form and the text the command prints.
const ScorecardUsage = `usage: cchc scorecard [--plan FILE | --targets FILE] [--actuals FILE] [--sheet NAME] [--entity NAME]
                      [--year N] [-o scorecard.csv|.xlsx] [--format csv|xlsx|parquet|json|arrow] [--bom=false]
                      [--csv excel-vi] [--lang vi|en] [--force] [--dedupe=last|first] [--summary FILE] [--points FILE]

Scores a plan's targets against observed values and writes a scorecard with
one row per (target, entity, year), then prints a summary per CCHC area.

With no flags it scores the embedded Hà Tĩnh 2025 plan (Quyết định
3098/QĐ-UBND) against a bundled file of ILLUSTRATIVE observations (made-up
values, not published figures), so that a full scorecard appears at once.

  --plan FILE      a plan document to parse for its targets: text, DOCX, DOC,
                   PDF (scans through OCR) or a saved web page
  --targets FILE   a targets table (CSV, XLSX, JSON, Parquet or Arrow) instead of a plan
  --actuals FILE   observations: entity, level, year, metric, value, unit, source
                   (CSV, XLSX, JSON, Parquet or Arrow; Vietnamese headers such as
                   "Đơn vị", "Năm", "Mã chỉ tiêu", "Kết quả" are accepted; CSV lines
                   starting with # at the top are comments). A filled "cchc template"
                   reads as it is: a row whose value is left blank is no_data. With a
                   plan, a sheet without entity or year columns ("Mã chỉ tiêu",
                   "Kết quả") is read for the plan's province and year
  --sheet NAME     the sheet of an .xlsx --actuals or --targets file (default: the first)
  --entity NAME    score only this entity (province or agency)
  --year N         score only the targets for year N
  -o FILE          output file, replaced if it exists (default scorecard.<format> in
                   the current directory, or scorecard-2.<format>... when that exists;
                   "-" writes to standard output). An .xlsx output is a workbook:
                   scorecard, summary by area, unmatched observations, findings,
                   sources and method
  --force          with no -o: replace ./scorecard.<format> rather than pick a new name
  --format F       csv (default), xlsx, parquet, json or arrow; default from -o's extension
  --bom            start a CSV with a UTF-8 byte-order mark for Excel (default true)
  --csv D          CSV dialect: default (",", decimal points) or excel-vi (";",
                   decimal commas, BOM: what Excel with Vietnamese settings reads)
  --summary FILE   also write the aggregates (a row per entity, year and plan,
                   area empty, then per area) to FILE (.csv, .parquet, .json, .arrow)
  --dedupe P       for repeated observations with different values: "last" or
                   "first" keeps one; by default they are an error naming both rows
  --points FILE    point rules (CSV): columns code and/or metric, max_points,
                   kind (proportional, threshold or all_or_nothing; default
                   proportional) and threshold (X of "≥ X% → full points, below:
                   rate × max / X"; blank: the target's value). A row with a code
                   applies to that target, one with only a metric to the targets
                   of that metric, one with both blank to every other target
  --lang L         vi or en: the language of the summary, messages and workbook
                   labels (default: CCHC_LANG, then the locale); CSV, Parquet,
                   JSON and Arrow keep English ids

Exit status: 0 scorecard written, 1 bad input (nothing written), 2 usage error.
`

const scorecardUsageVI = `cách dùng: cchc scorecard [--plan TỆP | --targets TỆP] [--actuals TỆP] [--sheet TÊN] [--entity TÊN]
                      [--year N] [-o scorecard.csv|.xlsx] [--format csv|xlsx|parquet|json|arrow] [--bom=false]
                      [--csv excel-vi] [--lang vi|en] [--force] [--dedupe=last|first] [--summary TỆP] [--points TỆP]

Chấm các chỉ tiêu của kế hoạch theo số liệu thực hiện và ghi bảng điểm, mỗi
dòng một (chỉ tiêu, đơn vị, năm), rồi in bảng tóm tắt theo lĩnh vực CCHC.

Không có tùy chọn nào thì chấm kế hoạch năm 2025 của tỉnh Hà Tĩnh (Quyết định
3098/QĐ-UBND) có sẵn theo tệp số liệu MINH HỌA đi kèm (số liệu giả định, không
phải số liệu công bố), để thấy ngay một bảng điểm đầy đủ.

  --plan TỆP       văn bản kế hoạch để đọc các chỉ tiêu: văn bản thuần, DOCX, DOC,
                   PDF (trang quét qua nhận dạng chữ) hoặc trang web đã lưu
  --targets TỆP    bảng chỉ tiêu (CSV, XLSX, JSON, Parquet hoặc Arrow) thay cho kế hoạch
  --actuals TỆP    số liệu thực hiện: entity, level, year, metric, value, unit, source
                   (CSV, XLSX, JSON, Parquet hoặc Arrow; nhận tiêu đề cột tiếng Việt như
                   "Đơn vị", "Năm", "Mã chỉ tiêu", "Kết quả"; với CSV, các dòng bắt đầu
                   bằng # ở đầu tệp là chú thích). Tệp mẫu "cchc template" đã điền được
                   đọc nguyên như vậy: dòng để trống giá trị là chưa có số liệu. Khi có
                   kế hoạch, trang tính không có cột đơn vị hoặc năm ("Mã chỉ tiêu",
                   "Kết quả") được đọc theo tỉnh và năm của kế hoạch
  --sheet TÊN      trang tính của tệp .xlsx --actuals hoặc --targets (mặc định: trang đầu)
  --entity TÊN     chỉ chấm đơn vị này (tỉnh hoặc cơ quan)
  --year N         chỉ chấm các chỉ tiêu của năm N
  -o TỆP           tệp kết quả, ghi đè nếu đã có (mặc định scorecard.<định dạng> trong
                   thư mục hiện tại, hoặc scorecard-2.<định dạng>... nếu tệp đó đã có;
                   "-" ghi ra đầu ra chuẩn). Tệp .xlsx là một sổ tính gồm: bảng điểm,
                   tóm tắt theo lĩnh vực, số liệu không khớp, điểm cần lưu ý, nguồn
                   và phương pháp
  --force          khi không có -o: ghi đè ./scorecard.<định dạng> thay vì chọn tên mới
  --format F       csv (mặc định), xlsx, parquet, json hoặc arrow; mặc định theo đuôi của -o
  --bom            ghi dấu BOM UTF-8 ở đầu tệp CSV cho Excel (mặc định: có)
  --csv D          kiểu CSV: default ("," và dấu chấm thập phân) hoặc excel-vi (";",
                   dấu phẩy thập phân, BOM: như Excel cài đặt tiếng Việt đọc)
  --summary TỆP    ghi thêm các số tổng hợp (mỗi đơn vị, năm và kế hoạch một dòng,
                   cột lĩnh vực để trống, rồi theo lĩnh vực) vào TỆP (.csv, .parquet,
                   .json, .arrow)
  --dedupe P       với số liệu lặp có giá trị khác nhau: "last" hoặc "first" giữ
                   một giá trị; mặc định là lỗi, nêu cả hai dòng
  --points TỆP     quy tắc tính điểm (CSV): cột code và/hoặc metric, max_points,
                   kind (proportional, threshold hoặc all_or_nothing; mặc định
                   proportional) và threshold (X trong "≥ X% → đủ điểm, dưới mức
                   đó: tỷ lệ × điểm tối đa / X"; để trống: giá trị chỉ tiêu). Dòng
                   có code áp dụng cho chỉ tiêu đó, dòng chỉ có metric cho các chỉ
                   tiêu của chỉ số đó, dòng để trống cả hai cho mọi chỉ tiêu còn lại
  --lang L         vi hoặc en: ngôn ngữ của bảng tóm tắt, thông báo và nhãn sổ tính
                   (mặc định: CCHC_LANG, rồi ngôn ngữ hệ thống); CSV, Parquet, JSON
                   và Arrow vẫn dùng mã tiếng Anh

Mã thoát: 0 đã ghi bảng điểm, 1 dữ liệu đầu vào lỗi (không ghi tệp nào), 2 dùng sai lệnh.
`

// ValidateUsage is the help of "cchc validate", in English: the key of its
// Vietnamese form and the text the command prints.
const ValidateUsage = `usage: cchc validate [--kind K] [--max N] [--show N] FILE|DIR...

Loads data files (CSV, JSON, Parquet, Arrow IPC; the format is told from
the extension) as cchc tables and reports, per file, the table kind, the
rows read, loaded and rejected, and every rejected row with its line,
column and reason. The kind is told from the column names unless --kind
names it. A directory stands for the data files in it (.csv, .tsv, .json,
.parquet, .pq, .arrow, .ipc, .feather; not its subdirectories).

  --kind K   plans, targets, tasks, findings, observations, index_values
             or scores (default: detect from the columns)
  --max N    list at most N rejected rows per file (default 50; 0 lists all)
  --show N   also print the table loaded, N rows (first and last halves)
  --lang L   vi or en: the language of this help

Exit status: 0 every row of every file loaded, 1 some row was rejected or
some file could not be read, 2 usage error.
`

const validateUsageVI = `cách dùng: cchc validate [--kind K] [--max N] [--show N] TỆP|THƯ_MỤC...

Đọc các tệp dữ liệu (CSV, JSON, Parquet, Arrow IPC; định dạng theo đuôi tệp)
thành bảng của cchc và báo cho từng tệp: loại bảng, số dòng đọc, nạp được và
bị loại, kèm từng dòng bị loại với số dòng, cột và lý do. Loại bảng được nhận
theo tên cột, trừ khi --kind chỉ rõ. Một thư mục là các tệp dữ liệu trong đó
(.csv, .tsv, .json, .parquet, .pq, .arrow, .ipc, .feather; không gồm thư mục con).

  --kind K   plans, targets, tasks, findings, observations, index_values
             hoặc scores (mặc định: nhận theo tên cột)
  --max N    liệt kê tối đa N dòng bị loại mỗi tệp (mặc định 50; 0: tất cả)
  --show N   in thêm bảng đã nạp, N dòng (nửa đầu và nửa cuối)
  --lang L   vi hoặc en: ngôn ngữ của phần hướng dẫn này

Mã thoát: 0 mọi dòng của mọi tệp đều nạp được, 1 có dòng bị loại hoặc có tệp
không đọc được, 2 dùng sai lệnh.
`

// ParseUsage is the help of "cchc parse", in English: the key of its
// Vietnamese form and the text the command prints.
const ParseUsage = `usage: cchc parse FILE|DIR|-... [--format json|csv|xlsx|parquet|arrow] [-o OUT] [--bom=false] [--text]

Parses CCHC plan documents into their metadata, targets (chỉ tiêu), tasks
and findings. A document may be plain text (UTF-8), Word (.docx, and .doc
when LibreOffice is installed), PDF (its text, or OCR with Tesseract for
scanned pages) or a web page saved from a legal-text portal; the format is
recognised from the content, not the file name. A directory argument parses
every document in it (not its subdirectories): Word, PDF and web pages
whatever their names, text files named .txt or .md; other files are listed
as skipped. "-" reads a plan from standard input.

  --format F   json (default): one JSON object for one file, a JSON array
               (one object per file, in the order given, a directory's
               files sorted by name) for several files or a directory, to
               standard output or to the file -o names;
               csv, parquet, arrow: the tables plans, targets, tasks and
               findings, one file each, written into the directory -o names;
               xlsx: one workbook with a sheet per table (-o FILE.xlsx;
               Vietnamese labels when CCHC_LANG or LANG is Vietnamese)
  -o OUT       output file (json, xlsx) or directory (csv, parquet, arrow;
               created when missing); -o FILE.xlsx alone picks xlsx
  --bom        start CSV files with a UTF-8 byte-order mark for Excel (default true)
  --lang L     vi or en: the language of this help
  --text       print the text of each document as the parser reads it (the
               lines that targets' and tasks' source.line count) instead of
               parsing it

For a PDF, targets and tasks carry source.page, the page they stand on.
Reading PDF and DOC files needs poppler-utils, tesseract-ocr with
tesseract-ocr-vie (scans) and libreoffice-writer-nogui (DOC):
scripts/setup.sh installs them.

A file that cannot be read (empty, binary, not UTF-8, damaged, encrypted)
is reported on standard error and left out; the other files are still
parsed. A text that is not a plan still parses: its findings say what was
not found, and a note on standard error says that nothing of a plan was
found.

Exit status: 0 every file parsed, 1 some file could not be parsed or
written, 2 usage error.
`

const parseUsageVI = `cách dùng: cchc parse TỆP|THƯ_MỤC|-... [--format json|csv|xlsx|parquet|arrow] [-o ĐẦU_RA] [--bom=false] [--text]

Đọc văn bản kế hoạch CCHC thành thông tin văn bản, chỉ tiêu, nhiệm vụ và những
điểm cần lưu ý. Văn bản có thể là văn bản thuần (UTF-8), Word (.docx, và .doc
khi có LibreOffice), PDF (lớp chữ, hoặc nhận dạng chữ bằng Tesseract với trang
quét) hoặc trang web lưu từ cổng văn bản pháp luật; định dạng được nhận theo
nội dung, không theo tên tệp. Với một thư mục, đọc mọi văn bản trong đó (không
gồm thư mục con): Word, PDF và trang web với bất kỳ tên nào, văn bản thuần có
đuôi .txt hoặc .md; các tệp khác được liệt kê là bỏ qua. "-" đọc kế hoạch từ
đầu vào chuẩn.

  --format F   json (mặc định): một đối tượng JSON cho một tệp, một mảng JSON
               (mỗi tệp một đối tượng, theo thứ tự đã cho, các tệp của một thư
               mục theo tên) cho nhiều tệp hoặc một thư mục, ghi ra đầu ra chuẩn
               hoặc vào tệp mà -o chỉ ra;
               csv, parquet, arrow: các bảng plans, targets, tasks và findings,
               mỗi bảng một tệp, ghi vào thư mục mà -o chỉ ra;
               xlsx: một sổ tính, mỗi bảng một trang (-o TỆP.xlsx; nhãn tiếng
               Việt khi CCHC_LANG hoặc LANG là tiếng Việt)
  -o ĐẦU_RA    tệp kết quả (json, xlsx) hoặc thư mục (csv, parquet, arrow; tạo
               mới nếu chưa có); chỉ cần -o TỆP.xlsx là chọn xlsx
  --bom        ghi dấu BOM UTF-8 ở đầu tệp CSV cho Excel (mặc định: có)
  --lang L     vi hoặc en: ngôn ngữ của phần hướng dẫn này
  --text       in văn bản của từng tệp như bộ đọc thấy (các dòng mà source.line
               của chỉ tiêu và nhiệm vụ đếm) thay vì phân tích

Với PDF, chỉ tiêu và nhiệm vụ có thêm source.page, trang chứa chúng. Đọc PDF
và DOC cần poppler-utils, tesseract-ocr với tesseract-ocr-vie (trang quét) và
libreoffice-writer-nogui (DOC): scripts/setup.sh cài các gói này.

Tệp không đọc được (rỗng, nhị phân, không phải UTF-8, hỏng, có mật khẩu) được
báo trên đầu ra lỗi chuẩn và bỏ qua; các tệp khác vẫn được đọc. Văn bản không
phải kế hoạch vẫn được đọc: các điểm cần lưu ý nói những gì không tìm thấy, và
một ghi chú trên đầu ra lỗi chuẩn nói rằng không thấy nội dung nào của kế hoạch.

Mã thoát: 0 mọi tệp đều đọc được, 1 có tệp không đọc hoặc không ghi được,
2 dùng sai lệnh.
`
