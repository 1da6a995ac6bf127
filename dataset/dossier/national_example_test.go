package dossier_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cchc-lab/cchc/dataset/dossier"
)

// ExampleReadNational reads an export with Vietnamese labels below a
// title row; the record whose due date is before its received date is
// rejected with its reason.
func ExampleReadNational() {
	dir, _ := os.MkdirTemp("", "national")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "export.csv")
	os.WriteFile(path, []byte("DANH SÁCH HỒ SƠ\n"+
		"Mã hồ sơ,Mức độ,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái\n"+
		"H1,Toàn trình,Trực tuyến,01/07/2025 14:03,03/07/2025,03/07/2025 16:00,Đã trả kết quả\n"+
		"H2,Một phần,Trực tiếp,05/07/2025 08:00,04/07/2025,,Đang xử lý\n"), 0o644)
	err := dossier.ReadNational(path, dossier.NationalOptions{
		OnReject: func(e *dossier.RowError) { fmt.Println("rejected: line", e.Line, e.Reason) },
	}, func(n *dossier.National, line int64) error {
		fmt.Println("line", line, n.ID, "status", n.Status, "MucDo", n.Level, "KenhThucHien", n.Channel,
			"received", dossier.FromWallSeconds(n.ReceivedAt).Format("2006-01-02 15:04"))
		return nil
	})
	fmt.Println(err)
	// Output:
	// line 3 H1 status 10 MucDo 4 KenhThucHien 2 received 2025-07-01 14:03
	// rejected: line 4 due_before_received
	// <nil>
}
