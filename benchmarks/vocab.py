"""Words the generator builds its Vietnamese plans from: a province, its districts and units.

The names follow Quảng Ninh (13 district-level units, as in the issue); the communes are drawn
from a list of ordinary place names, so a workspace reads like a real one without being one.
"""

from __future__ import annotations

# (slug, kind, name): the 13 district-level units of the province.
DISTRICTS: tuple[tuple[str, str, str], ...] = (
    ("ha-long", "thành phố", "Hạ Long"),
    ("cam-pha", "thành phố", "Cẩm Phả"),
    ("uong-bi", "thành phố", "Uông Bí"),
    ("mong-cai", "thành phố", "Móng Cái"),
    ("dong-trieu", "thị xã", "Đông Triều"),
    ("quang-yen", "thị xã", "Quảng Yên"),
    ("dam-ha", "huyện", "Đầm Hà"),
    ("hai-ha", "huyện", "Hải Hà"),
    ("binh-lieu", "huyện", "Bình Liêu"),
    ("tien-yen", "huyện", "Tiên Yên"),
    ("ba-che", "huyện", "Ba Chẽ"),
    ("van-don", "huyện", "Vân Đồn"),
    ("co-to", "huyện", "Cô Tô"),
)

# (id, name, short, relation): provincial departments and organisations.
PROVINCE_UNITS: tuple[tuple[str, str, str, str], ...] = (
    ("so-vhtt", "Sở Văn hóa và Thể thao", "Sở VH&TT", "giao"),
    ("so-noi-vu", "Sở Nội vụ", "Sở Nội vụ", "giao"),
    ("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", "Sở LĐTB&XH", "giao"),
    ("so-tai-chinh", "Sở Tài chính", "Sở Tài chính", "giao"),
    ("so-khdt", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "giao"),
    ("so-gddt", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "giao"),
    ("so-y-te", "Sở Y tế", "Sở Y tế", "giao"),
    ("so-tttt", "Sở Thông tin và Truyền thông", "Sở TT&TT", "giao"),
    ("so-du-lich", "Sở Du lịch", "Sở Du lịch", "giao"),
    ("so-xay-dung", "Sở Xây dựng", "Sở Xây dựng", "giao"),
    ("trung-tam-truyen-thong", "Trung tâm Truyền thông tỉnh", "TT Truyền thông", "giao"),
    ("cong-an-tinh", "Công an tỉnh", "Công an tỉnh", "giao"),
    ("ban-tuyen-giao-tinh-uy", "Ban Tuyên giáo Tỉnh ủy", "Tuyên giáo", "đề nghị"),
    ("uy-ban-mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh", "đề nghị"),
    ("tinh-doan", "Tỉnh đoàn Quảng Ninh", "Tỉnh đoàn", "đề nghị"),
    ("hoi-phu-nu-tinh", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Phụ nữ tỉnh", "đề nghị"),
)

# (suffix, name, short): the offices every district has; ids are "<district>-<suffix>".
DISTRICT_OFFICES: tuple[tuple[str, str, str], ...] = (
    ("phong-vhtt", "Phòng Văn hóa và Thông tin", "VH&TT"),
    ("phong-noi-vu", "Phòng Nội vụ", "Nội vụ"),
    ("phong-ldtbxh", "Phòng Lao động, Thương binh và Xã hội", "LĐTB&XH"),
    ("phong-tckh", "Phòng Tài chính - Kế hoạch", "TC-KH"),
    ("phong-gddt", "Phòng Giáo dục và Đào tạo", "GD&ĐT"),
    ("van-phong", "Văn phòng HĐND và UBND", "Văn phòng"),
    ("trung-tam-ttvh", "Trung tâm Truyền thông và Văn hóa", "TT TT&VH"),
)

COMMUNE_NAMES: tuple[str, ...] = (
    "Hồng Hà", "Bạch Đằng", "Trần Hưng Đạo", "Hồng Gai", "Cao Xanh", "Hà Khánh", "Hà Phong",
    "Giếng Đáy", "Hùng Thắng", "Tuần Châu", "Việt Hưng", "Đại Yên", "Hoành Bồ", "Sơn Dương",
    "Quang Trung", "Thanh Sơn", "Nam Khê", "Vàng Danh", "Phương Đông", "Yên Thanh", "Hải Hòa",
    "Ka Long", "Trà Cổ", "Bình Ngọc", "Mạo Khê", "Kim Sơn", "Tràng An", "Hồng Phong", "Đông Mai",
    "Minh Thành", "Phong Cốc", "Tân An", "Quảng Tân", "Quảng Lợi", "Đầm Hà", "Quảng Hà",
    "Đường Hoa", "Hoành Mô", "Đồng Văn", "Hải Lạng", "Đông Hải", "Thanh Lâm", "Đạp Thanh",
    "Đông Xá", "Hạ Long", "Quan Lạn", "Minh Châu", "Thanh Lân", "Đồng Tiến", "Vạn Yên",
)

VERBS: tuple[str, ...] = (
    "Tổ chức", "Xây dựng kế hoạch", "Triển khai", "Tuyên truyền", "Phát động", "Rà soát",
    "Tổng hợp", "Hướng dẫn", "Kiểm tra, đôn đốc", "Chuẩn bị", "Biên soạn", "Thẩm định",
    "Trang trí", "Vận động", "Khen thưởng", "Tổng kết",
)
OBJECTS: tuple[str, ...] = (
    "hội nghị", "lễ mít tinh", "chương trình nghệ thuật", "hội thi", "giải thể thao",
    "triển lãm ảnh", "tọa đàm", "cuộc thi sáng tác", "hoạt động thăm hỏi", "đợt thi đua",
    "pa nô, áp phích", "tài liệu tuyên truyền", "chuyên mục trên cổng thông tin",
    "buổi gặp mặt", "công trình chào mừng", "mô hình tiêu biểu", "đoàn công tác",
)
TOPICS: tuple[str, ...] = (
    "kỷ niệm 60 năm Ngày thành lập tỉnh", "chào mừng Ngày Quốc khánh 2/9",
    "Ngày hội đại đoàn kết toàn dân tộc", "phòng, chống dịch bệnh",
    "xây dựng nông thôn mới", "chuyển đổi số", "cải cách hành chính",
    "bảo vệ môi trường biển đảo", "phát triển du lịch", "an toàn giao thông",
    "xây dựng đời sống văn hóa ở khu dân cư", "chăm lo người có công",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
)
CLAUSES: tuple[str, ...] = (
    "bảo đảm thiết thực, hiệu quả, tiết kiệm, tránh phô trương, hình thức",
    "gắn với thực hiện nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị",
    "huy động sự tham gia của cán bộ, đảng viên và Nhân dân trên địa bàn",
    "lồng ghép với các hoạt động văn hóa, văn nghệ, thể dục thể thao",
    "kịp thời biểu dương các tập thể, cá nhân có thành tích tiêu biểu",
    "phối hợp chặt chẽ với các cơ quan báo chí để tuyên truyền rộng rãi",
    "báo cáo kết quả về cơ quan thường trực để tổng hợp",
    "bố trí kinh phí từ nguồn ngân sách và xã hội hóa theo quy định",
)
DELIVERABLES: tuple[str, ...] = (
    "kế hoạch", "báo cáo", "hội nghị", "buổi lễ", "danh sách", "tin, bài tuyên truyền",
    "chương trình nghệ thuật", "ấn phẩm", "quyết định khen thưởng", "cụm pa nô",
)
MEASURES: tuple[tuple[str, str, int], ...] = (
    ("mô hình", "xây dựng mô hình tiêu biểu", 1),
    ("công trình", "hoàn thành công trình chào mừng", 1),
    ("người", "gặp mặt người có công tiêu biểu", 60),
    ("buổi", "tổ chức buổi tuyên truyền", 12),
    ("tin, bài", "đăng tin, bài trên cổng thông tin", 30),
    ("đội", "thành lập đội tuyên truyền lưu động", 2),
)
RESULTS: tuple[str, ...] = (
    "Đã ban hành kế hoạch và triển khai tới các đơn vị",
    "Đã tổ chức {n} buổi với khoảng {m} lượt người tham gia",
    "Đăng tải {n} tin, bài trên trang thông tin điện tử",
    "Đang hoàn thiện dự thảo, xin ý kiến các đơn vị phối hợp",
    "Đã lắp đặt {n} cụm pa nô tại các tuyến phố chính",
    "Đã tổng hợp danh sách, trình cấp có thẩm quyền phê duyệt",
)
OBSTACLES: tuple[str, ...] = (
    "Kinh phí bố trí chậm so với kế hoạch",
    "Thời tiết mưa bão ảnh hưởng đến tiến độ thi công",
    "Nhân lực làm công tác văn hóa ở cơ sở còn mỏng, kiêm nhiệm",
)
PROPOSALS: tuple[str, ...] = (
    "Đề nghị UBND cấp trên bổ sung kinh phí thực hiện",
    "Đề nghị cơ quan thường trực hướng dẫn mẫu báo cáo thống nhất",
    "Đề nghị lùi thời hạn hoàn thành sang tháng sau",
)
SIGNERS: tuple[str, ...] = (
    "Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Phạm Văn Kính", "Lê Minh Tuấn", "Vũ Thị Lan",
    "Đỗ Quang Huy", "Hoàng Thị Mai", "Bùi Đức Thắng",
)
