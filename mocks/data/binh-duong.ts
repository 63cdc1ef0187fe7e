/**
 * Real facts about Bình Dương province used by the dataset generator, as data.
 * Sources are in /work/shared/research-notes.md and summarised in NOTES.md
 * beside this file. Everything that is NOT a sourced fact is marked here
 * ("generated", "assumed", "back-translated") — the generator fills it in.
 *
 * Administrative state: 1 May 2024 – 30 June 2025 (GSO catalogue snapshot of
 * 01/03/2025): 5 cities + 4 rural districts; 47 phường, 5 thị trấn, 39 xã.
 */

export type DistrictKind = 'city' | 'town' | 'rural-district'
export type CommuneKind = 'ward' | 'commune' | 'township'

export interface CommuneFact {
  /** GSO commune code. */
  code: string
  /** Name without the administrative prefix, spelled as in the GSO catalogue. */
  name: string
  kind: CommuneKind
  /** Real population where a source gives one (with the year it refers to). */
  population?: { value: number; year: number }
}

export interface DistrictFact {
  /** GSO district code. */
  code: string
  /** Name without the administrative prefix. */
  name: string
  kind: DistrictKind
  /** Cell in the schematic tile map of the province (row 0 = north). */
  tile: { row: number; col: number }
  /** Khu phố / ấp count where a source gives one, else null (generated). */
  neighbourhoods: { value: number; year: number } | null
  /** Real population where a source gives one, else null (generated). */
  population: { value: number; year: number } | null
  communes: CommuneFact[]
}

export const PROVINCE = {
  code: '74',
  name: 'Tỉnh Bình Dương',
  /** Incl. temporary residents, April 2025 (thanhnien.vn, see NOTES.md). */
  population: 2_722_527,
  /** "587/587 khu phố, ấp offices upgraded" (Project 02 final review, 24 June 2025). */
  neighbourhoods: 587,
} as const

const ward = (code: string, name: string, population?: CommuneFact['population']): CommuneFact =>
  population ? { code, name, kind: 'ward', population } : { code, name, kind: 'ward' }
const commune = (code: string, name: string): CommuneFact => ({ code, name, kind: 'commune' })
const township = (
  code: string,
  name: string,
  population?: CommuneFact['population'],
): CommuneFact =>
  population ? { code, name, kind: 'township', population } : { code, name, kind: 'township' }

/**
 * The 9 district-level units in GSO code order. Tiles: a 3 × 3 schematic map —
 * Dầu Tiếng NW, Bàu Bàng N, Phú Giáo NE; Bến Cát W, Thủ Dầu Một centre,
 * Bắc Tân Uyên E; Thuận An SW, Dĩ An S, Tân Uyên SE (schematic, not to scale).
 */
export const DISTRICTS: DistrictFact[] = [
  {
    code: '718',
    name: 'Thủ Dầu Một',
    kind: 'city',
    tile: { row: 1, col: 1 },
    neighbourhoods: { value: 118, year: 2020 },
    population: null,
    communes: [
      ward('25741', 'Hiệp Thành'),
      ward('25744', 'Phú Lợi'),
      ward('25747', 'Phú Cường'),
      ward('25750', 'Phú Hòa'),
      ward('25753', 'Phú Thọ'),
      ward('25756', 'Chánh Nghĩa'),
      ward('25759', 'Định Hoà'),
      ward('25760', 'Hoà Phú'),
      ward('25762', 'Phú Mỹ'),
      ward('25763', 'Phú Tân'),
      ward('25765', 'Tân An'),
      ward('25768', 'Hiệp An'),
      ward('25771', 'Tương Bình Hiệp'),
      ward('25774', 'Chánh Mỹ'),
    ],
  },
  {
    code: '719',
    name: 'Bàu Bàng',
    kind: 'rural-district',
    tile: { row: 0, col: 1 },
    neighbourhoods: { value: 43, year: 2020 },
    population: null,
    communes: [
      commune('25816', 'Trừ Văn Thố'),
      commune('25819', 'Cây Trường II'),
      township('25822', 'Lai Uyên'),
      commune('25825', 'Tân Hưng'),
      commune('25828', 'Long Nguyên'),
      commune('25831', 'Hưng Hòa'),
      commune('25834', 'Lai Hưng'),
    ],
  },
  {
    code: '720',
    name: 'Dầu Tiếng',
    kind: 'rural-district',
    tile: { row: 0, col: 0 },
    neighbourhoods: null,
    population: null,
    communes: [
      township('25777', 'Dầu Tiếng'),
      commune('25780', 'Minh Hoà'),
      commune('25783', 'Minh Thạnh'),
      commune('25786', 'Minh Tân'),
      commune('25789', 'Định An'),
      commune('25792', 'Long Hoà'),
      commune('25795', 'Định Thành'),
      commune('25798', 'Định Hiệp'),
      commune('25801', 'An Lập'),
      commune('25804', 'Long Tân'),
      commune('25807', 'Thanh An'),
      commune('25810', 'Thanh Tuyền'),
    ],
  },
  {
    code: '721',
    name: 'Bến Cát',
    kind: 'city',
    tile: { row: 1, col: 0 },
    neighbourhoods: { value: 44, year: 2022 },
    population: { value: 364_578, year: 2024 },
    communes: [
      ward('25813', 'Mỹ Phước'),
      ward('25837', 'Chánh Phú Hòa'),
      ward('25840', 'An Điền', { value: 25_363, year: 2024 }),
      ward('25843', 'An Tây', { value: 41_917, year: 2024 }),
      ward('25846', 'Thới Hòa'),
      ward('25849', 'Hòa Lợi'),
      ward('25852', 'Tân Định'),
      commune('25855', 'Phú An'),
    ],
  },
  {
    code: '722',
    name: 'Phú Giáo',
    kind: 'rural-district',
    tile: { row: 0, col: 2 },
    neighbourhoods: null,
    population: null,
    communes: [
      township('25858', 'Phước Vĩnh'),
      commune('25861', 'An Linh'),
      commune('25864', 'Phước Sang'),
      commune('25865', 'An Thái'),
      commune('25867', 'An Long'),
      commune('25870', 'An Bình'),
      commune('25873', 'Tân Hiệp'),
      commune('25876', 'Tam Lập'),
      commune('25879', 'Tân Long'),
      commune('25882', 'Vĩnh Hoà'),
      commune('25885', 'Phước Hoà'),
    ],
  },
  {
    code: '723',
    name: 'Tân Uyên',
    kind: 'city',
    tile: { row: 2, col: 2 },
    neighbourhoods: { value: 70, year: 2022 },
    population: { value: 466_053, year: 2023 },
    communes: [
      ward('25888', 'Uyên Hưng'),
      ward('25891', 'Tân Phước Khánh'),
      ward('25912', 'Vĩnh Tân'),
      ward('25915', 'Hội Nghĩa'),
      ward('25920', 'Tân Hiệp'),
      ward('25921', 'Khánh Bình'),
      ward('25924', 'Phú Chánh'),
      commune('25930', 'Bạch Đằng'),
      ward('25933', 'Tân Vĩnh Hiệp'),
      ward('25936', 'Thạnh Phước'),
      commune('25937', 'Thạnh Hội'),
      ward('25939', 'Thái Hòa'),
    ],
  },
  {
    code: '724',
    name: 'Dĩ An',
    kind: 'city',
    tile: { row: 2, col: 1 },
    neighbourhoods: null,
    population: null,
    communes: [
      ward('25942', 'Dĩ An'),
      ward('25945', 'Tân Bình'),
      ward('25948', 'Tân Đông Hiệp'),
      ward('25951', 'Bình An'),
      ward('25954', 'Bình Thắng'),
      ward('25957', 'Đông Hòa'),
      ward('25960', 'An Bình'),
    ],
  },
  {
    code: '725',
    name: 'Thuận An',
    kind: 'city',
    tile: { row: 2, col: 0 },
    neighbourhoods: { value: 56, year: 2024 },
    population: null,
    communes: [
      ward('25963', 'An Thạnh'),
      ward('25966', 'Lái Thiêu'),
      ward('25969', 'Bình Chuẩn'),
      ward('25972', 'Thuận Giao'),
      ward('25975', 'An Phú'),
      ward('25978', 'Hưng Định'),
      commune('25981', 'An Sơn'),
      ward('25984', 'Bình Nhâm'),
      ward('25987', 'Bình Hòa'),
      ward('25990', 'Vĩnh Phú'),
    ],
  },
  {
    code: '726',
    name: 'Bắc Tân Uyên',
    kind: 'rural-district',
    tile: { row: 1, col: 2 },
    neighbourhoods: null,
    population: null,
    communes: [
      commune('25894', 'Tân Định'),
      commune('25897', 'Bình Mỹ'),
      township('25900', 'Tân Bình', { value: 9_879, year: 2020 }),
      commune('25903', 'Tân Lập'),
      township('25906', 'Tân Thành'),
      commune('25907', 'Đất Cuốc'),
      commune('25908', 'Hiếu Liêm'),
      commune('25909', 'Lạc An'),
      commune('25918', 'Tân Mỹ'),
      commune('25927', 'Thường Tân'),
    ],
  },
]

/** Vietnamese administrative prefixes: capitalised for area names, lower-case inside unit names. */
export const DISTRICT_PREFIX: Record<DistrictKind, string> = {
  city: 'Thành phố',
  town: 'Thị xã',
  'rural-district': 'Huyện',
}
export const COMMUNE_PREFIX: Record<CommuneKind, string> = {
  ward: 'Phường',
  commune: 'Xã',
  township: 'Thị trấn',
}
/** Party committee of a district-level unit by kind. */
export const DISTRICT_PARTY_COMMITTEE: Record<DistrictKind, string> = {
  city: 'Thành ủy',
  town: 'Thị ủy',
  'rural-district': 'Huyện ủy',
}
/** Youth Union of a district-level unit by kind. */
export const DISTRICT_YOUTH_UNION: Record<DistrictKind, string> = {
  city: 'Thành Đoàn',
  town: 'Thị Đoàn',
  'rural-district': 'Huyện Đoàn',
}

// ---- Named models -----------------------------------------------------------

export type Field = 'economic' | 'cultural-social' | 'defense-security' | 'political-system'

/**
 * A model named in the sources. `name`, `areaId` and (where given by the
 * source) the owner are sourced; `unitType`, `startedOn`, `status` and
 * `recognition` are ASSUMED unless `sourced` says otherwise — the sources
 * give no dates or recognition levels for most of them (see NOTES.md).
 */
export interface NamedModelFact {
  key: string
  name: string
  /** Area the source places the model in (district code when the ward is not known). */
  areaId: string
  /** Owner: `<areaId>-<unit type>` of the generator's unit ids, or a full unit id. */
  unitId: string
  field: Field
  movementId: string
  startedOn: string
  status: 'registered' | 'active' | 'recognized' | 'discontinued'
  recognition?: { level: 'commune' | 'district' | 'province' | 'central'; year: number }
  programme: boolean
  beneficiaries?: number
  fundsMobilizedVnd?: number
  description: string
  /** What the source says; the rest is assumed. */
  sourced: string
  /** The Vietnamese name is a back-translation of an English-language source. */
  backTranslated?: boolean
}

export const NAMED_MODELS: NamedModelFact[] = [
  {
    key: 'ngay-thu-bay',
    name: 'Ngày Thứ Bảy văn minh',
    areaId: '74',
    unitId: 'u-74-mass-mobilization',
    field: 'cultural-social',
    movementId: 'ngay-thu-bay-van-minh',
    startedOn: '2021-03-06',
    status: 'active',
    programme: true,
    description:
      'Ra quân vào sáng thứ Bảy hằng tuần: dọn vệ sinh đường phố, khu dân cư, kênh rạch, chỉnh trang vỉa hè; gắn với Đề án 02.',
    sourced: 'name, province-wide (btv.org.vn 96556; nld.com.vn)',
  },
  {
    key: 'ca-phe-sang',
    name: 'Cà phê sáng – trò chuyện cùng dân',
    areaId: '718',
    unitId: 'u-718-party',
    field: 'political-system',
    movementId: 'dan-van-kheo',
    startedOn: '2022-11-12',
    status: 'recognized',
    recognition: { level: 'province', year: 2023 },
    programme: false,
    beneficiaries: 4200,
    description:
      'Lãnh đạo thành phố và phường gặp gỡ người dân buổi sáng tại quán cà phê, lắng nghe và giải quyết kiến nghị ngay tại chỗ; sau đó được nhân rộng ra các phường và địa phương khác.',
    sourced: 'started late 2022 with Thủ Dầu Một city leaders, replicated to wards (dantri.com.vn)',
  },
  {
    key: 'camera-an-ninh',
    name: 'Tuyến đường camera an ninh',
    areaId: '718',
    unitId: 'u-718-fatherland-front',
    field: 'defense-security',
    movementId: 'dan-van-kheo',
    startedOn: '2021-06-15',
    status: 'recognized',
    recognition: { level: 'district', year: 2022 },
    programme: true,
    beneficiaries: 12500,
    fundsMobilizedVnd: 1_850_000_000,
    description:
      'Vận động hộ dân, cơ sở kinh doanh lắp camera giám sát an ninh trật tự và vệ sinh môi trường đô thị dọc các tuyến đường.',
    sourced: 'Thủ Dầu Một Fatherland Front, 2020–24 (baobinhduong newfe a348081)',
  },
  {
    key: 'nha-tro-nhan-van',
    name: 'Nhà trọ nhân văn, yêu thương',
    areaId: '718',
    unitId: 'u-718-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2021-04-20',
    status: 'recognized',
    recognition: { level: 'province', year: 2023 },
    programme: true,
    beneficiaries: 3600,
    fundsMobilizedVnd: 420_000_000,
    description:
      'Vận động chủ nhà trọ giảm, miễn tiền thuê cho người lao động khó khăn, giữ gìn an ninh trật tự và vệ sinh trong khu trọ.',
    sourced:
      'Thủ Dầu Một Fatherland Front ("Compassionate lodging facilities", a348081); Vietnamese name from the team source [unverified]',
  },
  {
    key: 'xe-om-van-minh',
    name: 'Đội xe ôm văn minh đô thị',
    areaId: '718',
    unitId: 'u-718-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2021-09-10',
    status: 'active',
    programme: true,
    beneficiaries: 150,
    description:
      'Tập hợp người chạy xe ôm thành đội tự quản, ứng xử văn minh, hỗ trợ người đi đường và giữ gìn trật tự đô thị.',
    sourced: 'Thủ Dầu Một Fatherland Front ("Motorbike Taxi Group for Urban Civility", a348081)',
    backTranslated: true,
  },
  {
    key: 'hop-thu-dien-tu',
    name: 'Hộp thư góp ý điện tử',
    areaId: '718',
    unitId: 'u-718-fatherland-front',
    field: 'political-system',
    movementId: 'dan-van-kheo',
    startedOn: '2022-03-01',
    status: 'active',
    programme: false,
    description:
      'Tiếp nhận ý kiến, kiến nghị của người dân qua hộp thư điện tử và mã QR, chuyển cơ quan có thẩm quyền giải quyết.',
    sourced: 'Thủ Dầu Một Fatherland Front ("digital suggestion boxes", a348081)',
    backTranslated: true,
  },
  {
    key: 'phan-loai-rac',
    name: 'Tổ tuyên truyền phân loại rác tại nguồn',
    areaId: '718',
    unitId: 'u-718-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2022-05-05',
    status: 'active',
    programme: true,
    beneficiaries: 8000,
    description:
      'Tổ tuyên truyền đến từng hộ gia đình hướng dẫn phân loại rác thải sinh hoạt tại nguồn.',
    sourced:
      'Thủ Dầu Một Fatherland Front ("Public Education on Waste Sorting at Source" team, a348081)',
    backTranslated: true,
  },
  {
    key: 'cong-vien-dai-doan-ket',
    name: 'Công viên Đại đoàn kết',
    areaId: '718',
    unitId: 'u-718-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2023-03-26',
    status: 'recognized',
    recognition: { level: 'district', year: 2024 },
    programme: true,
    fundsMobilizedVnd: 950_000_000,
    description:
      'Vận động nhân dân, doanh nghiệp đóng góp cải tạo khoảng đất trống thành công viên phục vụ cộng đồng.',
    sourced: 'Thủ Dầu Một Fatherland Front ("Great Solidarity Park", a348081)',
    backTranslated: true,
  },
  {
    key: 'thu-gom-rac-ban-dem',
    name: 'Thu gom rác ban đêm',
    areaId: '718',
    unitId: 'u-718-government',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2021-08-01',
    status: 'active',
    programme: true,
    description:
      'Chuyển giờ thu gom rác sinh hoạt sang ban đêm, giảm ùn ứ rác và mùi hôi trên đường phố vào ban ngày.',
    sourced:
      'name from the team source article [unverified]; ward and owner unknown (placed at city level)',
  },
  {
    key: 'heo-dat',
    name: 'Heo đất an sinh xã hội',
    areaId: '718',
    unitId: 'u-718-womens-union',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2020-09-01',
    status: 'recognized',
    recognition: { level: 'district', year: 2021 },
    programme: false,
    beneficiaries: 320,
    fundsMobilizedVnd: 260_000_000,
    description:
      'Hội viên nuôi heo đất tiết kiệm, cuối năm góp quỹ hỗ trợ hộ nghèo, hộ khó khăn và học sinh vượt khó.',
    sourced:
      'name from the team source article [unverified]; ward and owner unknown (placed at city level)',
  },
  {
    key: 'clb-ly-luan-tre',
    name: 'CLB Lý luận trẻ',
    areaId: '718',
    unitId: 'u-718-youth-union',
    field: 'political-system',
    movementId: 'dan-van-kheo',
    startedOn: '2021-03-26',
    status: 'active',
    programme: false,
    beneficiaries: 240,
    description:
      'Câu lạc bộ sinh hoạt chuyên đề lý luận chính trị cho đoàn viên, thanh niên; đấu tranh phản bác quan điểm sai trái trên mạng xã hội.',
    sourced: 'name from the team source article [unverified]; owner unknown (Youth Union assumed)',
  },
  {
    key: 'gan-doan-vien',
    name: 'Gần đoàn viên – sát cơ sở',
    areaId: '718',
    unitId: 'u-718-youth-union',
    field: 'political-system',
    movementId: 'dan-van-kheo',
    startedOn: '2022-08-15',
    status: 'active',
    programme: false,
    description:
      'Cán bộ Đoàn định kỳ xuống khu phố, nhà trọ gặp gỡ đoàn viên, nắm tâm tư, nguyện vọng và hỗ trợ kịp thời.',
    sourced: 'name from the team source article [unverified]; owner unknown (Youth Union assumed)',
  },
  {
    key: '5-khong-3-sach',
    name: '5 không 3 sạch',
    areaId: '718',
    unitId: 'u-718-womens-union',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2018-03-08',
    status: 'recognized',
    recognition: { level: 'district', year: 2019 },
    programme: true,
    beneficiaries: 5400,
    description:
      'Xây dựng gia đình "5 không 3 sạch": không đói nghèo, không vi phạm pháp luật và tệ nạn xã hội, không bạo lực gia đình…; sạch nhà, sạch bếp, sạch ngõ.',
    sourced:
      "name from the team source article [unverified]; a national Women's Union campaign [general knowledge]",
  },
  {
    key: 'cum-dan-cu-ve-sinh',
    name: 'Cụm dân cư biết giữ gìn vệ sinh chung',
    areaId: '25744',
    unitId: 'u-25744-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2023-05-19',
    status: 'recognized',
    recognition: { level: 'district', year: 2024 },
    programme: true,
    beneficiaries: 1300,
    description:
      'Thành lập 13 cụm dân cư tự quản giữ gìn vệ sinh chung, thực hiện nếp sống văn hóa, văn minh đô thị.',
    sourced: 'Phú Lợi ward, 13 clusters (thanhphothudaumot.org.vn; a337361)',
  },
  {
    key: 'tieng-keng',
    name: 'Tiếng kẻng đưa rác ra xe',
    areaId: '25756',
    unitId: 'u-25756-government',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2023-02-01',
    status: 'active',
    programme: true,
    description:
      'Gõ kẻng báo giờ thu gom để người dân đưa rác trực tiếp ra xe, không để rác trên vỉa hè.',
    sourced: 'Chánh Nghĩa ward ("The bell rings to take the garbage to the truck", a337361)',
    backTranslated: true,
  },
  {
    key: 'hem-3-trong-1',
    name: 'Hẻm 3 trong 1',
    areaId: '25750',
    unitId: 'u-25750-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2022-10-10',
    status: 'recognized',
    recognition: { level: 'district', year: 2023 },
    programme: true,
    description:
      'Con hẻm thân thiện – có camera an ninh – không rác thải; người dân tự quản và cùng đóng góp kinh phí.',
    sourced: 'Phú Hòa ward ("3-in-1 alley": friendly – security camera – zero waste, a337361)',
    backTranslated: true,
  },
  {
    key: 'doi-rac-lay-qua',
    name: 'Đổi rác lấy quà',
    areaId: '25762',
    unitId: 'u-25762-womens-union',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2022-06-05',
    status: 'recognized',
    recognition: { level: 'district', year: 2023 },
    programme: true,
    beneficiaries: 900,
    description:
      'Người dân mang rác tái chế, rác nhựa đến đổi lấy cây xanh, nhu yếu phẩm; tuyên truyền giảm rác thải nhựa.',
    sourced: 'Phú Mỹ ward ("Trash for gifts", a337361)',
    backTranslated: true,
  },
  {
    key: 'cum-10-ho',
    name: 'Cụm 10 hộ liền kề giữ gìn vệ sinh vỉa hè',
    areaId: '25741',
    unitId: 'u-25741-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2023-04-01',
    status: 'active',
    programme: true,
    beneficiaries: 70,
    description: '7 cụm, mỗi cụm 10 hộ liền kề, cùng quét dọn vỉa hè vào một giờ cố định mỗi ngày.',
    sourced: 'Hiệp Thành ward, 7 clusters of 10 adjacent households (a331895); name descriptive',
    backTranslated: true,
  },
  {
    key: 'uyen-hung-tuyen-tuyen-truyen',
    name: 'Tuyến đường trọng điểm tuyên truyền',
    areaId: '25888',
    unitId: 'u-25888-party',
    field: 'political-system',
    movementId: 'dan-van-kheo',
    startedOn: '2022-04-15',
    status: 'recognized',
    recognition: { level: 'district', year: 2023 },
    programme: true,
    description:
      'Tuyến đường thí điểm Đề án 02: pa-nô, khẩu hiệu, loa truyền thanh tuyên truyền nếp sống văn hóa, văn minh.',
    sourced: 'Uyên Hưng ward, Project 02 pilot ("key propaganda street", newfe a344554)',
    backTranslated: true,
  },
  {
    key: 'uyen-hung-tuyen-thong-minh',
    name: 'Tuyến đường kiểu mẫu thông minh',
    areaId: '25888',
    unitId: 'u-25888-government',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2022-04-15',
    status: 'active',
    programme: true,
    description:
      'Tuyến đường thí điểm Đề án 02 có camera, chiếu sáng và bảng thông tin điện tử, vỉa hè thông thoáng.',
    sourced: 'Uyên Hưng ward, Project 02 pilot ("smart model street", a344554)',
    backTranslated: true,
  },
  {
    key: 'uyen-hung-tuyen-tu-quan',
    name: 'Tuyến đường nhân dân tự quản',
    areaId: '25888',
    unitId: 'u-25888-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2022-04-15',
    status: 'active',
    programme: true,
    description:
      'Người dân hai bên đường tự quản vệ sinh, trật tự vỉa hè và cây xanh trên tuyến thí điểm Đề án 02.',
    sourced: 'Uyên Hưng ward, Project 02 pilot ("self-managed people street", a344554)',
    backTranslated: true,
  },
  {
    key: 'thuan-an-khong-rac',
    name: 'Khu phố không rác',
    areaId: '725',
    unitId: 'u-725-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2024-03-10',
    status: 'active',
    programme: true,
    description:
      'Khu phố không còn điểm rác tự phát; hộ dân phân loại rác và đăng ký thu gom đúng giờ.',
    sourced:
      'Thuận An, 2024 ("Garbage-free neighborhoods", vietnam.vn); wards unknown (placed at city level)',
    backTranslated: true,
  },
  {
    key: 'thuan-an-anh-sang',
    name: 'Ánh sáng an ninh',
    areaId: '725',
    unitId: 'u-725-fatherland-front',
    field: 'defense-security',
    movementId: 'dan-van-kheo',
    startedOn: '2024-02-20',
    status: 'active',
    programme: true,
    fundsMobilizedVnd: 380_000_000,
    description:
      'Vận động hộ dân lắp đèn chiếu sáng hẻm, đường nội bộ, góp phần giữ gìn an ninh trật tự ban đêm.',
    sourced: 'Thuận An, 2024 ("Security light", vietnam.vn)',
    backTranslated: true,
  },
  {
    key: 'thuan-an-nguon-tin',
    name: 'Nguồn tin trong dân',
    areaId: '725',
    unitId: 'u-725-fatherland-front',
    field: 'defense-security',
    movementId: 'dan-van-kheo',
    startedOn: '2024-01-15',
    status: 'active',
    programme: false,
    description:
      'Người dân cung cấp thông tin về an ninh trật tự, vệ sinh môi trường cho Ban công tác Mặt trận và công an khu vực.',
    sourced: 'Thuận An, 2024 ("Source of information in the people", vietnam.vn)',
    backTranslated: true,
  },
  {
    key: 'thuan-an-kenh-rach',
    name: 'Kênh rạch sạch – xanh – thông thoáng – an toàn',
    areaId: '725',
    unitId: 'u-725-fatherland-front',
    field: 'cultural-social',
    movementId: 'dan-van-kheo',
    startedOn: '2024-04-06',
    status: 'active',
    programme: true,
    description:
      'Vận động người dân ven kênh rạch không xả rác, cùng nạo vét, khơi thông dòng chảy.',
    sourced: 'Thuận An, 2024 ("Clean – green – airy – safe canals", vietnam.vn)',
    backTranslated: true,
  },
  {
    key: 'nha-dai-doan-ket',
    name: 'Nhà Đại đoàn kết – Nhà tình quân dân',
    areaId: '724',
    unitId: 'u-74-armed-forces',
    field: 'defense-security',
    movementId: 'dan-van-kheo',
    startedOn: '2024-03-18',
    status: 'active',
    programme: false,
    beneficiaries: 1560,
    fundsMobilizedVnd: 1_000_000_000,
    description:
      'Đợt cao điểm dân vận của lực lượng vũ trang phối hợp với địa phương: xây nhà Đại đoàn kết, nhà tình quân dân; hơn 1.560 lượt người tham gia, khoảng 1 tỷ đồng (đợt 1, Dĩ An).',
    sourced:
      'military–civilian drive, 2024: phase 1 in Dĩ An (1,560+ participants, ≈ 1 billion VND), then Bến Cát and Dầu Tiếng (nld; a323057)',
  },
]

/**
 * Replication chains of named models: [source key, new key, area, owner unit id, startedOn].
 * Replicas keep the source's name. Dates and targets other than those stated
 * in the sources (Cà phê sáng was replicated to Thủ Dầu Một's wards; the
 * military drive moved on to Bến Cát and Dầu Tiếng) are ASSUMED.
 */
export const NAMED_REPLICAS: [string, string, string, string, string][] = [
  // Cà phê sáng: Thủ Dầu Một → wards → Bến Cát → Mỹ Phước → Phú An (depth 5)
  ['ca-phe-sang', 'ca-phe-sang/25747', '25747', 'u-25747-party', '2023-01-09'],
  ['ca-phe-sang/25747', 'ca-phe-sang/25741', '25741', 'u-25741-party', '2023-03-13'],
  ['ca-phe-sang/25741', 'ca-phe-sang/721', '721', 'u-721-party', '2023-07-17'],
  ['ca-phe-sang/721', 'ca-phe-sang/25813', '25813', 'u-25813-party', '2023-10-02'],
  ['ca-phe-sang/25813', 'ca-phe-sang/25855', '25855', 'u-25855-party', '2024-04-08'],
  ['ca-phe-sang', 'ca-phe-sang/25744', '25744', 'u-25744-party', '2023-02-06'],
  ['ca-phe-sang', 'ca-phe-sang/25756', '25756', 'u-25756-party', '2023-02-20'],
  ['ca-phe-sang', 'ca-phe-sang/725', '725', 'u-725-party', '2023-06-05'],
  ['ca-phe-sang/725', 'ca-phe-sang/25966', '25966', 'u-25966-party', '2023-09-11'],
  ['ca-phe-sang', 'ca-phe-sang/723', '723', 'u-723-party', '2023-08-07'],
  ['ca-phe-sang/723', 'ca-phe-sang/25888', '25888', 'u-25888-party', '2023-12-04'],
  // 5 không 3 sạch: Thủ Dầu Một → Tân An → Lai Uyên → Hưng Hòa → Lai Hưng (depth 4)
  ['5-khong-3-sach', '5-khong-3-sach/25765', '25765', 'u-25765-womens-union', '2021-05-10'],
  ['5-khong-3-sach/25765', '5-khong-3-sach/25822', '25822', 'u-25822-womens-union', '2021-10-18'],
  ['5-khong-3-sach/25822', '5-khong-3-sach/25831', '25831', 'u-25831-womens-union', '2022-06-13'],
  ['5-khong-3-sach/25831', '5-khong-3-sach/25834', '25834', 'u-25834-womens-union', '2023-03-06'],
  // Heo đất an sinh xã hội: Thủ Dầu Một → Phước Vĩnh → An Linh → Tân Long (depth 3)
  ['heo-dat', 'heo-dat/25858', '25858', 'u-25858-womens-union', '2021-08-16'],
  ['heo-dat/25858', 'heo-dat/25861', '25861', 'u-25861-womens-union', '2022-04-11'],
  ['heo-dat/25861', 'heo-dat/25879', '25879', 'u-25879-womens-union', '2023-02-13'],
  // Đổi rác lấy quà: Phú Mỹ → Dĩ An → Tân Đông Hiệp → Đông Hòa (depth 3)
  ['doi-rac-lay-qua', 'doi-rac-lay-qua/25942', '25942', 'u-25942-womens-union', '2023-03-20'],
  ['doi-rac-lay-qua/25942', 'doi-rac-lay-qua/25948', '25948', 'u-25948-womens-union', '2023-09-18'],
  ['doi-rac-lay-qua/25948', 'doi-rac-lay-qua/25957', '25957', 'u-25957-womens-union', '2024-05-13'],
  // Nhà trọ nhân văn, yêu thương: Thủ Dầu Một → Bình Chuẩn → Thuận Giao; → Thới Hòa
  ['nha-tro-nhan-van', 'nha-tro-nhan-van/25969', '25969', 'u-25969-fatherland-front', '2022-02-14'],
  [
    'nha-tro-nhan-van/25969',
    'nha-tro-nhan-van/25972',
    '25972',
    'u-25972-fatherland-front',
    '2023-01-16',
  ],
  ['nha-tro-nhan-van', 'nha-tro-nhan-van/25846', '25846', 'u-25846-fatherland-front', '2023-05-22'],
  // Military drive: Dĩ An → Bến Cát → Dầu Tiếng (sourced order, dates assumed)
  ['nha-dai-doan-ket', 'nha-dai-doan-ket/721', '721', 'u-74-armed-forces', '2024-07-15'],
  ['nha-dai-doan-ket/721', 'nha-dai-doan-ket/720', '720', 'u-74-armed-forces', '2024-10-14'],
]
