// Package rates computes the rates CCHC plans target (online submission,
// on-time completion, overdue open dossiers, online payment, digitisation
// of dossiers and results, satisfaction) from dossier records
// (dataset/dossier), grouped by province, agency, level and period, with
// each rate's numerator and denominator, and turns them into observations
// the scorer reads.
//
// Compute, ComputeRecords and ComputeFile read the records in parallel
// parts and merge the per-worker groups; a record that cannot be counted is
// kept out of every rate and reported in BadReport with its reason
// (Reason*), never dropped silently. The metric ids are the catalogue's
// (indicators.RateMetricIDs). The data flow and layers are in
// docs/design.md.
//
// # The national sync schema and the 766 index
//
// ComputeNationalFile reads records in the schema every provincial one-stop
// system sends to the national portal (dossier.National) and counts them
// the way the service index of Decision 766/QĐ-TTg of 23 June 2022 (Bộ chỉ
// số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh
// nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian
// thực trên môi trường điện tử) is computed on the national portal
// (dichvucong.gov.vn). The decision sets six groups out of 100 points:
// công khai, minh bạch 18; tiến độ giải quyết 20; dịch vụ công trực tuyến
// 12; thanh toán trực tuyến 10; mức độ hài lòng 18; số hóa hồ sơ 22
// (Groups766). For a period (Options.Year: 1 January … 31 December):
//
//   - received: status (TrangThaiHoSo) not 1 (mới đăng ký) or 3 (không
//     được tiếp nhận) and NgayTiepNhan in the period. Status 7 (công dân
//     yêu cầu rút hồ sơ) is left out of every rate, numerator and
//     denominator. [our reading of the portal's method]
//   - online_any_submission_rate = KenhThucHien 2 / received;
//     online_submission_rate = KenhThucHien 2 and MucDo 4 / received;
//     full_process_eligible_online_rate = the same numerator / received
//     dossiers of MucDo 4 (the 766 item on full-process services).
//   - ontime_completion_rate, the 766 tiến độ giải quyết share: finished
//     dossiers (status 8, 9, 10; end = NgayKetThucXuLy, else NgayTra) whose
//     end day is on or before the due day (NgayHenTra), or that have no due
//     date; plus unfinished dossiers whose due day is on or after the
//     period's last day, or that have none; over received. Days, not times,
//     are compared. [the portal's formula as reproduced on captured data by
//     public tools, e.g. github.com/ChippedTopaz/qd766 — not legal text]
//     Our reading where the method is silent: a status-8 dossier without
//     any end date is judged like an unfinished one; per-month and
//     per-agency groups use the period's last day too (the period is the
//     year, the month only breaks it down).
//   - online_payment_rate = DuocThanhToanTrucTuyen 1 or 2 / received with
//     a fee (LePhi, or the sum of DanhSachLePhi[].Gia) above 0.
//   - dossier_digitisation_rate = HoSoCoThanhPhanSoHoa 1 / received.
//   - index766_progress_points = 20 × the on-time share: the one group
//     whose formula is published (the decision gives the 20-point weight;
//     the linear scale is the portal's, checked against Phú Thọ's 2026
//     counts: 528,684 / 597,918 = 88.42% → 17.68 points). The other five
//     groups are listed as not computed (Groups766): their formulas are not
//     published, and they need data the sync schema does not carry.
//
// Records the reader rejects (an unknown status, a due day before the
// received day, a date that does not parse, status 9 or 10 without any end
// date, …; dossier.NationalRejectReasons) are counted under their reason in
// Result.Bad; records outside every rate by the rules (not received,
// withdrawn, outside the period) in Result.NotCounted.
package rates
