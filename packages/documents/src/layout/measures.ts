/**
 * The measures of an official document, each with the clause it comes from. Two conventions:
 * - state documents: Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I "Thể thức, kỹ thuật
 *   trình bày văn bản hành chính", Phần I (Mục I quy định chung, Mục II các thành phần thể thức
 *   chính, Mục IV vị trí trình bày — Mẫu 1.1);
 * - Party documents: Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể
 *   thức và kỹ thuật trình bày văn bản của Đảng, Mục II điểm 1 (1.1 tiêu đề … 1.9 nơi nhận) and
 *   Mục IV (phông chữ, khổ giấy, định lề).
 * Where a text gives a range, the smallest value is used (Word users widen it; LibreOffice then
 * keeps a page count close to the offices' own files).
 *
 * Checked against public reproductions (not the gazette itself): HD 36 Mục II điểm 1.1 and its
 * Phụ lục 3 "Mẫu trình bày thể thức văn bản" (the size/style table) as thuvienphapluat.vn's Q&A
 * pages quote them; NĐ 30 Phụ lục I margins, font and paper as giaoan.link and 123doc quote them.
 * The other NĐ 30 sizes follow Phụ lục I, Mục II as commonly cited; verify before relying on them.
 */
export type Convention = 'state' | 'party';

/** Half-points, the unit of `TextRun.size`. */
export const pt = (points: number) => points * 2;
/** Twips (1/1440 inch), rounded: A4 is 11906 × 16838. */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** NĐ 30 Phụ lục I, Phần I, Mục I.1; HD 36 Mục IV: Times New Roman (TCVN 6909:2001 Unicode), black. */
export const FONT = 'Times New Roman';

/** NĐ 30 Phụ lục I, Phần I, Mục I.2; HD 36 Mục IV: A4, 210 mm × 297 mm, portrait (Mục I.3). */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/**
 * NĐ 30 Phụ lục I, Phần I, Mục I.4: lề trên, lề dưới 20–25 mm; lề trái 30–35 mm; lề phải
 * 15–20 mm. HD 36 Mục IV gives the same ranges for Party documents.
 */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

/** The width of the text between the margins, for the two-column header and signature tables. */
export const TEXT_WIDTH = mm(210 - 30 - 15);

/** Font sizes per element, in points. */
export const SIZES = {
  state: {
    /** Mục II.1: Quốc hiệu, chữ in hoa, cỡ 12–13, đứng, đậm. */
    nationalTitle: 12,
    /** Mục II.1: Tiêu ngữ, cỡ 13–14, đứng, đậm, gạch chân bằng độ dài dòng chữ. */
    motto: 13,
    /** Mục II.2: tên cơ quan ban hành, in hoa, cỡ 12–13, đứng, đậm (chủ quản: không đậm). */
    issuer: 12,
    /** Mục II.3: "Số", ký hiệu: cỡ 13, đứng. */
    number: 13,
    /** Mục II.4: địa danh, ngày tháng năm: cỡ 13–14, nghiêng. */
    placeDate: 14,
    /** Mục II.5a: tên loại văn bản in hoa, cỡ 13–14, đứng, đậm; trích yếu in thường, cỡ 13–14, đậm. */
    kind: 14,
    summary: 14,
    /** Mục II.5b: trích yếu of a công văn ("V/v …"), cỡ 12–13, đứng, under the number. */
    letterSummary: 12.5,
    /** Mục II.6: nội dung, cỡ 13–14. */
    body: 14,
    /** Mục II.7: quyền hạn, chức vụ người ký in hoa cỡ 13–14 đậm; họ tên in thường cỡ 13–14 đậm. */
    signature: 14,
    /** Mục II.9: "Nơi nhận" cỡ 12, nghiêng, đậm; phần liệt kê cỡ 11, đứng. */
    recipientsLabel: 12,
    recipients: 11,
    /** Mục I.5: số trang cỡ 13–14, giữa, đầu trang, không hiện ở trang đầu. */
    pageNumber: 13,
  },
  party: {
    /** HD 36 Mục II.1.1 and Phụ lục 3 row 1: tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM", in hoa, cỡ 15, đứng, đậm, a line below. */
    nationalTitle: 15,
    motto: 15,
    /** HD 36 Phụ lục 3 row 2: cấp trên trực tiếp in hoa cỡ 14 đứng; cơ quan ban hành in hoa cỡ 14 đứng đậm; then "*" (Mục II.1.2). */
    issuer: 14,
    /** HD 36 Phụ lục 3 row 3: "Số 127-QĐ/TW", in thường, cỡ 14, đứng (no colon; number and symbol joined by "-"). */
    number: 14,
    /** HD 36 Phụ lục 3 row 4: địa danh, ngày tháng năm in thường, cỡ 14, nghiêng. */
    placeDate: 14,
    /** HD 36 Phụ lục 3 row 5: tên loại in hoa cỡ 15–16 đứng đậm; trích yếu in thường cỡ 14–15 đứng đậm; a công văn's trích yếu cỡ 12 nghiêng. */
    kind: 16,
    summary: 14,
    letterSummary: 12,
    /** HD 36 Phụ lục 3 row 6: nội dung in thường cỡ 14–15, đứng. */
    body: 14,
    /** HD 36 Mục II.1.7: thể thức đề ký, chức vụ in hoa cỡ 14 đậm; họ tên cỡ 14 đậm. */
    signature: 14,
    /** HD 36 Mục II.1.9: "Nơi nhận:" cỡ 14, gạch chân; các nơi nhận cỡ 12, đứng. */
    recipientsLabel: 14,
    recipients: 12,
    pageNumber: 14,
  },
} as const satisfies Record<Convention, Record<string, number>>;

/**
 * NĐ 30 Phụ lục I, Phần I, Mục II.6: căn đều hai lề; lùi đầu dòng 1–1,27 cm; khoảng cách giữa
 * các đoạn tối thiểu 6 pt; khoảng cách dòng từ dòng đơn đến 1,5 dòng. HD 36 Mục II.1.6 the same.
 */
export const BODY = { firstLineIndent: mm(10), paragraphAfter: 6 * 20, line: 264 } as const;
