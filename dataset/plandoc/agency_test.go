package plandoc

import (
	"fmt"
	"reflect"
	"regexp"
	"testing"
)

func TestNormaliseAgency(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sở TT&TT", "Sở Thông tin và Truyền thông"},
		{"Sở Nội vụ là cơ quan thường trực", "Sở Nội vụ"},
		{"Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh", "Sở Kế hoạch và Đầu tư"},
		{"Các cơ quan là cơ quan chủ trì", "Các cơ quan là cơ quan chủ trì"},
		{"Sở TTTT", "Sở Thông tin và Truyền thông"},
		{"Sở TT-TT", "Sở Thông tin và Truyền thông"},
		{"Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"},
		{"Sở Thông tin - Truyền thông", "Sở Thông tin và Truyền thông"},
		{"sở thông tin và truyền thông", "Sở Thông tin và Truyền thông"},
		{"So Thong tin va Truyen thong", "Sở Thông tin và Truyền thông"},
		{"Sở KH&CN", "Sở Khoa học và Công nghệ"},
		{"Sở Khoa học và Công nghệ.", "Sở Khoa học và Công nghệ"},
		{"Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"},
		{"Sở GTVT", "Sở Giao thông vận tải"},
		{"Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"},
		{"Sở VHTT&DL", "Sở Văn hóa, Thể thao và Du lịch"},
		{"Sở Nội Vụ", "Sở Nội vụ"},
		{"Sở Tài chính tỉnh Hà Tĩnh", "Sở Tài chính tỉnh Hà Tĩnh"},
		{"Ủy ban nhân dân tỉnh", "UBND tỉnh"},
		{"Uỷ ban nhân dân cấp huyện", "UBND cấp huyện"},
		{"UBND cấp huyện", "UBND cấp huyện"},
		{"VP UBND tỉnh", "Văn phòng UBND tỉnh"},
		{"Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"},
		{"UBND UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"},
		{"UBND tỉnh (qua Sở Nội vụ thẩm định)", "UBND tỉnh"},
		{"Sở Tài chính (đối với các đơn vị SNCL thuộc cấp tỉnh)", "Sở Tài chính"},
		{"Sở Nội vụ chủ trì đối với nhân rộng mô hình hay", "Sở Nội vụ"},
		{"Sở Nội vụ cho ý kiến/ trình cấp có thẩm quyền kiện toàn", "Sở Nội vụ"},
		{"Các cơ quan chủ trì CCHC của tỉnh", "Các cơ quan chủ trì CCHC của tỉnh"},
		{"-Các phòng, ban, đơn vị (cung cấp thông tin, hình ảnh)", "Các phòng, ban, đơn vị"},
		{"các phòng, ban, đơn vị", "Các phòng, ban, đơn vị"},
		{"Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"},
		{"Đài Phát thanh - Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh"},
		{"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"},
		{"5.2. Sở Tài chính", "Sở Tài chính"},
		{"  Sở   Tư   pháp ; ", "Sở Tư pháp"},
		{"<b>Sở Tư pháp</b>", "Sở Tư pháp"},
		{"Các Sở, ban ngành cấp tỉnh", "Các sở, ban, ngành cấp tỉnh"},
		{"UBND các huyện, thành phố, thị xã", "UBND các huyện, thị xã, thành phố"},
		// Names a scan has damaged, and names without diacritics.
		{"Vin phong", "Văn phòng"},
		{"Van phong So", "Văn phòng Sở"},
		{"Céac phong chuyén mon, don vi thugc S&", "Các phòng chuyên môn, đơn vị thuộc Sở"},
		{"Chi cuc Tiéu chuan - Po luong - Chat luong", "Chi cục Tiêu chuẩn - Đo lường - Chất lượng"},
		{"Phong Thong tin - Théng ké KHCN&DPMST", "Phòng Thông tin - Thống kê KHCN&DPMST"},
		{"So Tu phap", "Sở Tư pháp"},
		// Correct names near a known one stay as written.
		{"Văn phòng Bộ", "Văn phòng Bộ"},
		{"Thanh tra Bộ", "Thanh tra Bộ"},
		{"Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh"},
		{"", ""},
		{"(ghi chú)", "(ghi chú)"},
	}
	for _, tc := range tests {
		if got := NormaliseAgency(tc.in); got != tc.want {
			t.Errorf("NormaliseAgency(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitAgencies(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Sở Khoa học và Công nghệ", []string{"Sở Khoa học và Công nghệ"}},
		// Bodies of one kind named once before a colon; the list ends at a full stop.
		{"Các Cục: Di sản văn hóa, Bản quyền tác giả", []string{"Cục Di sản văn hóa", "Cục Bản quyền tác giả"}},
		// Places of one kind named once: one body a place.
		{"Chủ tịch UBND các huyện Phù Mỹ, Vân Canh, TX.An Nhơn và TP.Quy Nhơn", []string{"Chủ tịch UBND huyện Phù Mỹ", "Chủ tịch UBND huyện Vân Canh", "Chủ tịch UBND TX.An Nhơn", "Chủ tịch UBND TP.Quy Nhơn"}},
		{"UBND các xã Tân An, Tân Phú", []string{"UBND xã Tân An", "UBND xã Tân Phú"}},
		{"UBND các xã, phường", []string{"UBND các xã, phường"}},
		// A list that passes from the ministries to the places: two leads;
		// under a head's title, one.
		{"Các bộ, cơ quan, địa phương", []string{"Các bộ, cơ quan", "Địa phương"}},
		{"Bộ, ngành, địa phương liên quan", []string{"Bộ, ngành", "Địa phương liên quan"}},
		{"Người đứng đầu các bộ, ngành, địa phương", []string{"Người đứng đầu các bộ, ngành, địa phương"}},
		{"Các sở, ngành, địa phương", []string{"Các sở, ngành, địa phương"}},
		// A role after a dash is no second body.
		{"Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", []string{"Sở Tài chính"}},
		{"Văn phòng UBND tỉnh - Tổ công tác", []string{"Văn phòng UBND tỉnh", "Tổ công tác"}},
		// Heads of bodies after a comma, in lower case.
		{"Bộ trưởng các bộ, thủ trưởng cơ quan ngang bộ", []string{"Bộ trưởng các bộ", "Thủ trưởng cơ quan ngang bộ"}},
		{"Giám đốc các sở, chủ tịch UBND các xã", []string{"Giám đốc các sở", "Chủ tịch UBND các xã"}},
		{"Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh, Trưởng ban Ban Quản lý Khu kinh tế tỉnh, Chủ tịch UBND các huyện, thành phố",
			[]string{"Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh", "Trưởng ban Ban Quản lý Khu kinh tế tỉnh", "Chủ tịch UBND các huyện, thành phố"}},
		// Bodies of a place joined by "và", the place named once after the last.
		{"Đảng ủy và UBND đặc khu Phú Quốc", []string{"Đảng ủy đặc khu Phú Quốc", "UBND đặc khu Phú Quốc"}},
		{"HĐND và UBND tỉnh Gia Lai", []string{"HĐND tỉnh Gia Lai", "UBND tỉnh Gia Lai"}},
		{"Thường trực HĐND và UBND các xã", []string{"Thường trực HĐND các xã", "UBND cấp xã"}},
		{"Sở Nội vụ và UBND tỉnh Gia Lai", []string{"Sở Nội vụ", "UBND tỉnh Gia Lai"}},
		{"Các Vụ: Pháp chế, Tổ chức cán bộ. Văn phòng Bộ", []string{"Vụ Pháp chế", "Vụ Tổ chức cán bộ", "Văn phòng Bộ"}},
		{"Các Cục: chủ trì theo chức năng", []string{"Các Cục: chủ trì theo chức năng"}},
		// Party bodies, written in lower case; "các huyện, thành ủy" shares its "ủy".
		{"các huyện, thành ủy, đảng ủy trực thuộc, ban cán sự đảng, đảng đoàn", []string{"Các huyện, thành ủy", "Đảng ủy trực thuộc", "Ban cán sự đảng", "Đảng đoàn"}},
		{"Huyện ủy, Thành ủy", []string{"Huyện ủy", "Thành ủy"}},
		{"Sở Lao động - Thương binh và Xã hội", []string{"Sở Lao động - Thương binh và Xã hội"}},
		{"Sở Văn hóa, Thể thao và Du lịch", []string{"Sở Văn hóa, Thể thao và Du lịch"}},
		{"Sở, ban, ngành có liên quan", []string{"Sở, ban, ngành có liên quan"}},
		{"UBND các huyện, thị xã, thành phố", []string{"UBND các huyện, thị xã, thành phố"}},
		{"Chi cục Tiêu chuẩn - Đo lường - Chất lượng", []string{"Chi cục Tiêu chuẩn - Đo lường - Chất lượng"}},
		{"Đài Phát thanh và Truyền hình Hưng Yên", []string{"Đài Phát thanh và Truyền hình Hưng Yên"}},
		{"Sở Kế hoạch và Đầu tư, Sở Công Thương, các cơ quan, đơn vị liên quan",
			[]string{"Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Các cơ quan, đơn vị liên quan"}},
		{"Các Sở, ban, ngành; UBND cấp huyện, UBND cấp xã.",
			[]string{"Các sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"}},
		{"Các sở, ban, ngành cấp tỉnh; UBND cấp huyện, cấp xã",
			[]string{"Các sở, ban, ngành cấp tỉnh", "UBND cấp huyện, cấp xã"}},
		{"Văn phòng Sở - Các Phòng thực hiện TTHC", []string{"Văn phòng Sở", "Các Phòng thực hiện TTHC"}},
		{"Sở Nội vụ chủ trì đối với nhân rộng mô hình hay; Sở Khoa học và Công nghệ chủ trì đối với áp dụng các sáng kiến CCHC",
			[]string{"Sở Nội vụ", "Sở Khoa học và Công nghệ"}},
		{"Sở Nội vụ và các đơn vị liên quan", []string{"Sở Nội vụ", "Các đơn vị liên quan"}},
		{"UBND thành phố Hà Tĩnh và UBND thị xã Kỳ Anh", []string{"UBND thành phố Hà Tĩnh", "UBND thị xã Kỳ Anh"}},
		{"Sở Nội vụ, Đoàn Kiểm tra, HĐTĐ CCHC tỉnh", []string{"Sở Nội vụ", "Đoàn Kiểm tra", "HĐTĐ CCHC tỉnh"}},
		{"Sở Khoa học và Công nghệ (chủ trì, phối hợp kiểm tra)", []string{"Sở Khoa học và Công nghệ"}},
		{"Các phòng, các đơn vị thuộc Sở", []string{"Các phòng, các đơn vị thuộc Sở"}},
		{"Các phòng, ban, đơn vị, Thanh tra Sở (lồng ghép trong KH phổ biến giáo dục pháp luật)",
			[]string{"Các phòng, ban, đơn vị", "Thanh tra Sở"}},
		{"5.1. Trung tâm Tư vấn dịch vụ tài chính 5.2. Sở Tài chính (đối với các đơn vị SNCL thuộc cấp tỉnh); Phòng Tài chính - Kế hoạch (đối với đơn vị SNCL cấp huyện).",
			[]string{"Trung tâm Tư vấn dịch vụ tài chính", "Sở Tài chính", "Phòng Tài chính - Kế hoạch"}},
		{"<ul><li>Sở Tư pháp</li><li>Sở TT&amp;TT</li></ul>", []string{"Sở Tư pháp", "Sở Thông tin và Truyền thông"}},
		{"Sở Nội vụ\nSở Tài chính", []string{"Sở Nội vụ", "Sở Tài chính"}},
		{"- Sở Nội vụ; - Sở Tư pháp", []string{"Sở Nội vụ", "Sở Tư pháp"}},
		{"Sở TT&TT, Sở Thông tin và Truyền thông", []string{"Sở Thông tin và Truyền thông"}},
		{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên và các tổ chức chính trị - xã hội tỉnh",
			[]string{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên", "Các tổ chức chính trị - xã hội tỉnh"}},
		{"Văn phòng UBND tỉnh, Trung tâm Hỗ trợ phát triển doanh nghiệp và Xúc tiến đầu tư",
			[]string{"Văn phòng UBND tỉnh", "Trung tâm Hỗ trợ phát triển doanh nghiệp và Xúc tiến đầu tư"}},
		{"Văn phòng UBND tỉnh; các Sở: Tài chính, Tư pháp, Thông tin và Truyền thông, Khoa học và Công nghệ.",
			[]string{"Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Tư pháp", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"}},
		{"Các Sở, ngành: Nội vụ, Tư pháp và Tài chính", []string{"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính"}},
		{"Các Sở: Nội vụ, các đơn vị liên quan", []string{"Các Sở: Nội vụ", "Các đơn vị liên quan"}},
		{"các Phòng, Ban, Đơn vị và các tổ chức đoàn thể của Sở",
			[]string{"Các Phòng, Ban, Đơn vị", "Các tổ chức đoàn thể của Sở"}},
		{"các Phòng, Thanh tra Sở và các đơn vị", []string{"Các Phòng", "Thanh tra Sở", "Các đơn vị"}},
		{"", nil},
		{" ; ; ", nil},
	}
	for _, tc := range tests {
		if got := SplitAgencies(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitAgencies(%q) =\n  %q\nwant\n  %q", tc.in, got, tc.want)
		}
	}
}

func ExampleSplitAgencies() {
	for _, a := range SplitAgencies("Sở TT&TT, Sở Văn hóa, Thể thao và Du lịch và các đơn vị liên quan") {
		fmt.Println(a)
	}
	// Output:
	// Sở Thông tin và Truyền thông
	// Sở Văn hóa, Thể thao và Du lịch
	// Các đơn vị liên quan
}

func ExampleNormaliseAgency() {
	fmt.Println(NormaliseAgency("Sở TTTT"))
	fmt.Println(NormaliseAgency("Văn phòng Ủy ban nhân dân tỉnh"))
	fmt.Println(NormaliseAgency("UBND tỉnh (qua Sở Nội vụ thẩm định)"))
	// Output:
	// Sở Thông tin và Truyền thông
	// Văn phòng UBND tỉnh
	// UBND tỉnh
}

// TestAgHasRole compares agHasRole with the regexp it stands for, on
// folded names.
func TestAgHasRole(t *testing.T) {
	re := regexp.MustCompile(`\s(chu tri|phoi hop|tham muu|cho y kien|tham dinh|thuc hien)`)
	for _, s := range []string{"so noi vu chu tri", "chu tri", "so noi vu  phoi hop", "van phong thuc hien tthc",
		"so tai chinh", "x cho y kien", "x choy kien", "uy ban tham dinh", "a\tchu tri", "so tu phap thuc hienx"} {
		f := tkFold(s)
		if got, want := agHasRole(f), re.MatchString(f); got != want {
			t.Errorf("agHasRole(%q) = %v, want %v", f, got, want)
		}
	}
}
