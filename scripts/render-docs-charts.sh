#!/usr/bin/env bash
# Regenerates the charts shown in the README (docs/*.png) with the cchc
# command, from the real index values in testdata/real, the embedded default
# scorecard and seed plan 003. Run from anywhere: scripts/render-docs-charts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/cchc" ./cmd/cchc
cchc="$tmp/cchc"
mkdir -p docs

# PCI 2005–2019 (VCCI) for three provinces against the national band.
"$cchc" plot trend --data testdata/real/pci_2005_2019.csv \
	--entities "Hà Tĩnh,Hưng Yên,Quảng Trị" --band median-iqr \
	--title "PCI 2005–2019: Hà Tĩnh, Hưng Yên, Quảng Trị so với cả nước" \
	--ylabel "PCI (điểm, 0–100)" \
	--note "Nguồn: VCCI, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) các năm 2005–2019 (testdata/real/pci_2005_2019.csv)." \
	-o docs/pci_trend_2005_2019.png

# PCI 2017–2019 for the North Central provinces, grouped bars.
"$cchc" plot bars --data testdata/real/pci_2005_2019.csv --years 2017-2019 \
	--entities "Thanh Hóa,Nghệ An,Hà Tĩnh,Quảng Bình,Quảng Trị,Thừa Thiên Huế" --labels \
	--title "PCI 2017–2019: các tỉnh Bắc Trung Bộ" \
	--ylabel "PCI (điểm, 0–100)" \
	--note "Nguồn: VCCI, PCI 2017–2019 (testdata/real/pci_2005_2019.csv)." \
	-o docs/pci_north_central_2017_2019.png

# PAR INDEX and SIPAS 2020–2024 for Hà Tĩnh, one line per index.
"$cchc" plot trend --data testdata/real/news_values.csv --series index \
	--entities "PAR INDEX,SIPAS" --where "province=Hà Tĩnh" --years 2020-2024 --labels \
	--title "Hà Tĩnh: PAR INDEX và SIPAS 2020–2024" \
	--ylabel "PAR INDEX (điểm/100), SIPAS (%)" \
	--note "Nguồn: hatinh.gov.vn (2020–2021), baohatinh.vn (2022–2024), qua testdata/real/news_values.csv. Mỗi năm có đúng một giá trị cho mỗi chỉ số của Hà Tĩnh; khi các nguồn cho giá trị khác nhau, cchc vẽ giá trị của dòng đầu tiên và đánh dấu các giá trị còn lại bằng điểm rỗng, kèm ghi chú." \
	-o docs/ha_tinh_par_sipas_2020_2024.png

# The default scorecard: the embedded Hà Tĩnh 2025 plan scored against the
# bundled ILLUSTRATIVE observations.
(cd "$tmp" && "$cchc" scorecard -o scorecard.csv >/dev/null)
note="Chỉ tiêu: Quyết định 3098/QĐ-UBND (kế hoạch CCHC năm 2025 của tỉnh Hà Tĩnh). Số liệu thực hiện là số liệu MINH HỌA đi kèm cchc, không phải số liệu công bố."
"$cchc" plot heatmap --data "$tmp/scorecard.csv" \
	--title "Hà Tĩnh 2025: mức đạt các chỉ tiêu CCHC theo lĩnh vực" --note "$note" \
	-o docs/scorecard_heatmap_ha_tinh_2025.png
"$cchc" plot attainment --data "$tmp/scorecard.csv" \
	--title "Hà Tĩnh 2025: thực hiện so với chỉ tiêu, theo trạng thái" --note "$note" \
	-o docs/scorecard_attainment_ha_tinh_2025.png

# Tasks per lead agency in seed plan 003, as parsed by cchc parse.
"$cchc" parse testdata/plans/003_a5b74ff242722c67.txt --format csv -o "$tmp/plan003" >/dev/null
"$cchc" plot workload --data "$tmp/plan003/tasks.csv" \
	--title "Kế hoạch CCHC 2025 (3098/QĐ-UBND): nhiệm vụ theo cơ quan chủ trì" \
	--note "Nguồn: testdata/plans/003, phụ lục nhiệm vụ, đọc bằng cchc parse." \
	-o docs/workload_plan003.png

# The Decision 766 service index: the 34 provinces ranked, with the six
# groups of each total, Hà Tĩnh highlighted (portal figures, year to date).
"$cchc" plot stacked --data testdata/real/index_766.csv --period "2025 (year to date)" \
	--highlight "Hà Tĩnh" \
	--title "Bộ chỉ số 766 năm 2025 (đến 16/10/2025): 34 tỉnh, thành phố theo tổng điểm và sáu nhóm chỉ số" \
	--note "Nguồn: Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), báo cáo chấm điểm tỉnh theo Quyết định 766/QĐ-TTg, chụp ngày 16/10/2025 (testdata/real/index_766.csv). Điểm tối đa của mỗi nhóm trong ngoặc." \
	-o docs/index_766_provinces_2025.png
